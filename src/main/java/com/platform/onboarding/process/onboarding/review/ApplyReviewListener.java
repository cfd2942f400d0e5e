package com.platform.onboarding.process.onboarding.review;

import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import com.platform.onboarding.review.ReviewLedger;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the completion of a qualification review, first or second, so that what it refuses is a 400 and nothing
 * is saved: a decision off the list, a missing reason. Records the decision and its reviewer (named by FourEyes, the
 * listener before it, which also keeps the first reviewer off the second review) under the review's own task key.
 */
@Component
class ApplyReviewListener implements TaskListener {

    private final ReviewLedger ledger;

    ApplyReviewListener(ReviewLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void notify(DelegateTask task) {
        var execution = task.getExecution();
        var decision = ReviewDecisions.require(execution);
        ledger.record(execution.getProcessBusinessKey(), task.getTaskDefinitionKey(), ReviewDecisions.reviewer(execution),
                decision.name(), (String) execution.getVariable(Variables.DECISION_REASON), null);
    }
}
