package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.merchant.ApplicationOutcomes;
import com.platform.onboarding.merchant.LapseReason;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class LapseApplicationDelegate implements JavaDelegate {

    private final ApplicationOutcomes outcomes;

    LapseApplicationDelegate(ApplicationOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.lapse(execution.getProcessBusinessKey(),
                LapseReason.valueOf((String) execution.getVariableLocal(Variables.LAPSE_REASON)));
    }
}
