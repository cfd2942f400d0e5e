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

/** The going-overseas plan may be left at any time (RULES.md §1): before activation as after it. */
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
        } catch (TransitionRefused ended) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "The application is no longer in progress and has no store: there is no plan to leave.");
            problem.setTitle("Not in progress / 申请已结束");
            problem.setProperty("detailZh", "该申请已结束且未开店，无需退出出海计划。");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.noContent().build();
    }
}
