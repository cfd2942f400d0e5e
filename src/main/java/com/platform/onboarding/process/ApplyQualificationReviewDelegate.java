package com.platform.onboarding.process;

import com.platform.onboarding.process.MerchantOnboarding.Elements;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import com.platform.onboarding.review.ReviewLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs inside the completion of a qualification review, so that what it refuses is a 400 and nothing is saved: a
 * decision off the list, a missing reason. Records the decision and its reviewer (named by FourEyes, which also keeps
 * the first reviewer off the second review).
 */
@Component
class ApplyQualificationReviewDelegate implements JavaDelegate {

    private final ReviewLedger ledger;

    ApplyQualificationReviewDelegate(ReviewLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var decision = ReviewDecisions.require(execution);
        String review = Elements.APPLY_REVIEW.equals(execution.getCurrentActivityId())
                ? Elements.REVIEW_QUALIFICATIONS : Elements.SECOND_REVIEW_QUALIFICATIONS;
        ledger.record(execution.getProcessBusinessKey(), review, ReviewDecisions.reviewer(execution),
                decision.name(), (String) execution.getVariable(Variables.DECISION_REASON), null);
    }
}
