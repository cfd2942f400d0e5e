package com.platform.onboarding.process;

import com.platform.onboarding.process.MerchantOnboarding.Variables;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What every review must carry: a decision from the list, and a reason the merchant can read unless it approves. */
final class ReviewDecisions {

    static final Set<String> DECISIONS = Set.of("APPROVE", "REQUEST_CHANGES", "REJECT");

    static void require(DelegateExecution execution) {
        Object decision = execution.getVariable(Variables.DECISION);
        if (!(decision instanceof String d && DECISIONS.contains(d))) {
            throw new InvalidTaskInput(Variables.DECISION, "must be one of " + DECISIONS + ", not " + decision);
        }
        Object reason = execution.getVariable(Variables.DECISION_REASON);
        if (!"APPROVE".equals(decision) && (!(reason instanceof String text) || text.isBlank())) {
            throw new InvalidTaskInput(Variables.DECISION_REASON, "is required unless you approve: the merchant reads it");
        }
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
