package com.platform.onboarding.process.onboarding.api;

import com.platform.onboarding.merchant.ApplicationStatus;
import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.process.onboarding.MerchantOnboarding;
import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A merchant may withdraw at any time before activation; ops may withdraw on the merchant's behalf. */
@RestController
class WithdrawalController {

    private final MerchantDirectory directory;
    private final RuntimeService runtimeService;

    WithdrawalController(MerchantDirectory directory, RuntimeService runtimeService) {
        this.directory = directory;
        this.runtimeService = runtimeService;
    }

    @PostMapping("/api/merchants/{applicationId}/withdrawal")
    ResponseEntity<?> withdraw(Caller caller, @PathVariable String applicationId) {
        var application = directory.visibleTo(caller, applicationId, Groups.OPS, Groups.ADMINS);
        if (application.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        boolean inProgress = application.get().status() == ApplicationStatus.APPLYING
                && runtimeService.createProcessInstanceQuery().processDefinitionKey(MerchantOnboarding.PROCESS_KEY)
                        .processInstanceBusinessKey(applicationId).count() > 0;
        if (!inProgress) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The application is "
                    + application.get().status() + ", no longer in progress: nothing to withdraw. / 该申请已结束，无法撤回。");
            problem.setTitle("Not in progress / 申请已结束");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        runtimeService.createMessageCorrelation(MerchantOnboarding.Messages.MERCHANT_WITHDRAWAL)
                .processInstanceBusinessKey(applicationId).correlate();
        return ResponseEntity.accepted().build();
    }
}
