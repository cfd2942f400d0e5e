package com.platform.onboarding.process;

import com.platform.onboarding.process.MerchantOnboarding.Elements;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs inside the completion of a qualification review, so that what it refuses is a 400 and nothing is saved: a
 * decision off the list, a missing reason, and (four eyes) a second review by the reviewer of the first.
 */
@Component
class ApplyQualificationReviewDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        ReviewDecisions.require(execution);
        Object reviewer = execution.getVariable(Variables.LAST_REVIEWER);
        if (Elements.APPLY_REVIEW.equals(execution.getCurrentActivityId())) {
            execution.setVariable(Variables.FIRST_REVIEWER, reviewer);
        } else if (reviewer != null && reviewer.equals(execution.getVariable(Variables.FIRST_REVIEWER))) {
            throw new InvalidTaskInput(Variables.DECISION,
                    "must come from a second reviewer: " + reviewer + " gave the first review (四眼原则：需另一位审核员)");
        }
    }
}
