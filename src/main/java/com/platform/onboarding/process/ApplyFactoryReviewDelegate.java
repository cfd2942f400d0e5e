package com.platform.onboarding.process;

import com.platform.onboarding.process.MerchantOnboarding.Elements;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import com.platform.onboarding.review.ReviewLedger;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reviewer's word on a factory: the decision, and the tier, which is the decision table's unless the reviewer
 * overrides it with a reason. Runs inside the completion, so a missing reason refuses it (400) and saves nothing.
 * The decision, its reviewer and the tier are recorded (ReviewLedger); activation reads the tier there.
 */
@Component
class ApplyFactoryReviewDelegate implements JavaDelegate {

    static final Set<String> TIERS = Set.of("S", "A", "B_CRAFT", "B_NEW_MATERIAL");

    private final ReviewLedger ledger;

    ApplyFactoryReviewDelegate(ReviewLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewDecisions.require(execution);
        String tier = tier(execution);
        execution.setVariable(Variables.TIER, tier);
        String decision = (String) execution.getVariable(Variables.DECISION);
        ledger.record(execution.getProcessBusinessKey(), Elements.REVIEW_FACTORY, ReviewDecisions.reviewer(execution),
                decision, (String) execution.getVariable(Variables.DECISION_REASON), "APPROVE".equals(decision) ? tier : null);
    }

    private static String tier(DelegateExecution execution) {
        Object override = execution.getVariable(Variables.TIER_OVERRIDE);
        if (blank(override)) {
            // Written by the decision table, which runs in our model after the merchant's upload: not a task input.
            return (String) execution.getVariable(Variables.SUGGESTED_TIER);
        }
        if (!TIERS.contains(override)) {
            throw new InvalidTaskInput(Variables.TIER_OVERRIDE, "must be one of " + TIERS + ", not " + override);
        }
        if (blank(execution.getVariable(Variables.TIER_OVERRIDE_REASON))) {
            throw new InvalidTaskInput(Variables.TIER_OVERRIDE_REASON, "is required when you override the tier");
        }
        return (String) override;
    }

    private static boolean blank(Object value) {
        return !(value instanceof String text) || text.isBlank();
    }
}
