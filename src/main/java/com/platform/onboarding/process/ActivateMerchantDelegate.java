package com.platform.onboarding.process;

import com.platform.onboarding.merchant.ApplicationOutcomes;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class ActivateMerchantDelegate implements JavaDelegate {

    private final ApplicationOutcomes outcomes;

    ActivateMerchantDelegate(ApplicationOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.activate(execution.getProcessBusinessKey(),
                Boolean.TRUE.equals(execution.getVariable(Variables.AGREEMENT_ACCEPTED)),
                (String) execution.getVariable(Variables.TIER));
    }
}
