package com.platform.onboarding.process.onboarding.review;

import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A review starts blank: a decision, reason or tier override left from an earlier round must not carry over. */
@Component("freshReview")
class FreshReview implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().removeVariables(List.of(Variables.DECISION, Variables.DECISION_REASON,
                Variables.TIER_OVERRIDE, Variables.TIER_OVERRIDE_REASON));
    }
}
