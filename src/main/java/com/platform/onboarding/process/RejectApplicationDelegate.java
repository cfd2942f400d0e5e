package com.platform.onboarding.process;

import com.platform.onboarding.merchant.ApplicationOutcomes;
import com.platform.onboarding.merchant.RejectionReason;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class RejectApplicationDelegate implements JavaDelegate {

    private final ApplicationOutcomes outcomes;

    RejectApplicationDelegate(ApplicationOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.reject(execution.getProcessBusinessKey(),
                RejectionReason.valueOf((String) execution.getVariable(Variables.REJECTION_REASON)));
    }
}
