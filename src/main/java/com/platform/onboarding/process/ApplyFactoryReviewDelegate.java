package com.platform.onboarding.process;

import com.platform.onboarding.process.MerchantOnboarding.Variables;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reviewer's word on a factory: the decision, and the tier, which is the decision table's unless the reviewer
 * overrides it with a reason. Runs inside the completion, so a missing reason refuses it (400) and saves nothing.
 */
@Component
class ApplyFactoryReviewDelegate implements JavaDelegate {

    static final Set<String> TIERS = Set.of("S", "A", "B_CRAFT", "B_NEW_MATERIAL");

    @Override
    public void execute(DelegateExecution execution) {
        ReviewDecisions.require(execution);
        Object override = execution.getVariable(Variables.TIER_OVERRIDE);
        if (blank(override)) {
            @SuppressWarnings("unchecked")
            var decided = (Map<String, Object>) execution.getVariable(Variables.FACTORY_TIER);
            execution.setVariable(Variables.TIER, decided.get("tier"));
            return;
        }
        if (!TIERS.contains(override)) {
            throw new InvalidTaskInput(Variables.TIER_OVERRIDE, "must be one of " + TIERS + ", not " + override);
        }
        if (blank(execution.getVariable(Variables.TIER_OVERRIDE_REASON))) {
            throw new InvalidTaskInput(Variables.TIER_OVERRIDE_REASON, "is required when you override the tier");
        }
        execution.setVariable(Variables.TIER, override);
    }

    private static boolean blank(Object value) {
        return !(value instanceof String text) || text.isBlank();
    }
}
