package com.platform.onboarding.merchant;

import com.platform.onboarding.merchant.MerchantApplication.TransitionRefused;
import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The going-overseas plan may be left at any time (RULES.md §1); before activation, withdrawing does it. */
@RestController
class OverseasPlanController {

    private final MerchantDirectory directory;
    private final ApplicationOutcomes outcomes;

    OverseasPlanController(MerchantDirectory directory, ApplicationOutcomes outcomes) {
        this.directory = directory;
        this.outcomes = outcomes;
    }

    @PostMapping("/api/merchants/{applicationId}/overseas-plan/exit")
    ResponseEntity<?> exit(Caller caller, @PathVariable String applicationId) {
        var application = directory.visibleTo(caller, applicationId, Groups.OPS, Groups.ADMINS);
        if (application.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        try {
            outcomes.leaveOverseasPlan(applicationId);
        } catch (TransitionRefused notActive) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Only an active store leaves the plan this way; before activation, decline the agreement or withdraw."
                            + " / 店铺开通后方可退出出海计划；开通前请拒绝协议或撤回申请。");
            problem.setTitle("Not active / 店铺未开通");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.noContent().build();
    }
}
