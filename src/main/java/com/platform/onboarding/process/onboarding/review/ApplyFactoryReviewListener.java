package com.platform.onboarding.process.onboarding.review;

import com.platform.onboarding.audit.AuditKind;
import com.platform.onboarding.factory.FactoryTier;
import com.platform.onboarding.process.AuditRecords;
import com.platform.onboarding.process.InvalidTaskInput;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Elements;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import com.platform.onboarding.review.ReviewLedger;
import com.platform.onboarding.review.ReviewOutcome;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The reviewer's word on a factory: the decision, and the tier, which is the decision table's unless the reviewer
 * overrides it with a reason. Listens to the completion, so a missing reason refuses it (400) and saves nothing.
 * The decision, its reviewer and the tier are recorded (ReviewLedger); activation reads the tier there.
 */
@Component
class ApplyFactoryReviewListener implements TaskListener {

    private final ReviewLedger ledger;
    private final AuditRecords audit;

    ApplyFactoryReviewListener(ReviewLedger ledger, AuditRecords audit) {
        this.ledger = ledger;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        var execution = task.getExecution();
        var decision = ReviewDecisions.require(execution);
        var tier = tier(execution);
        execution.setVariable(Variables.TIER, tier.name());
        ledger.record(execution.getProcessBusinessKey(), Elements.REVIEW_FACTORY, ReviewDecisions.reviewer(execution),
                decision.name(), (String) execution.getVariable(Variables.DECISION_REASON),
                decision == ReviewOutcome.APPROVE ? tier.name() : null);
        if (decision == ReviewOutcome.APPROVE) {
            var details = new java.util.LinkedHashMap<String, Object>();
            details.put("suggested", execution.getVariable(Variables.SUGGESTED_TIER));
            details.put("suggestedBecause", execution.getVariable(Variables.SUGGESTED_TIER_REASON));
            details.put("tier", tier.name());
            details.put("overrideReason", execution.getVariable(Variables.TIER_OVERRIDE_REASON));
            audit.record(execution, AuditKind.TIER_DECIDED, ReviewDecisions.reviewer(execution), details);
        }
    }

    private static FactoryTier tier(DelegateExecution execution) {
        Object override = execution.getVariable(Variables.TIER_OVERRIDE);
        if (blank(override)) {
            // Written by the decision table, which runs in our model after the merchant's upload: not a task input.
            return FactoryTier.valueOf((String) execution.getVariable(Variables.SUGGESTED_TIER));
        }
        var tier = FactoryTier.of(override).orElseThrow(() -> new InvalidTaskInput(Variables.TIER_OVERRIDE,
                "must be one of " + Arrays.toString(FactoryTier.values()) + ", not " + override));
        if (blank(execution.getVariable(Variables.TIER_OVERRIDE_REASON))) {
            throw new InvalidTaskInput(Variables.TIER_OVERRIDE_REASON, "is required when you override the tier");
        }
        return tier;
    }

    private static boolean blank(Object value) {
        return !(value instanceof String text) || text.isBlank();
    }
}
