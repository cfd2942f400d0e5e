package com.platform.onboarding.process.onboarding.review;

import com.platform.onboarding.process.InvalidTaskInput;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import com.platform.onboarding.review.ReviewOutcome;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What every review must carry: a decision from the list, and a reason the merchant can read unless it approves. */
final class ReviewDecisions {

    /** The decision taken, converted from the task input here, at the edge; refused when off the list. */
    static ReviewOutcome require(DelegateExecution execution) {
        Object value = execution.getVariable(Variables.DECISION);
        var decision = ReviewOutcome.of(value).orElseThrow(() -> new InvalidTaskInput(Variables.DECISION,
                "must be one of " + Arrays.toString(ReviewOutcome.values()) + ", not " + value));
        Object reason = execution.getVariable(Variables.DECISION_REASON);
        if (decision.needsReason() && (!(reason instanceof String text) || text.isBlank())) {
            throw new InvalidTaskInput(Variables.DECISION_REASON, "is required unless you approve: the merchant reads it");
        }
        return decision;
    }

    /** Who completed the review just now, as FourEyes named them (a transient variable: never sent, never stored). */
    static String reviewer(DelegateExecution execution) {
        if (!(execution.getVariable(Variables.LAST_REVIEWER) instanceof String reviewer)) {
            throw new IllegalStateException("No reviewer named for the review of " + execution.getProcessBusinessKey());
        }
        return reviewer;
    }

    private ReviewDecisions() {}
}
