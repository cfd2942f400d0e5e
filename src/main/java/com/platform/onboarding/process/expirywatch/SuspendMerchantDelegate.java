package com.platform.onboarding.process.expirywatch;

import com.platform.onboarding.merchant.QualificationOutcomes;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class SuspendMerchantDelegate implements JavaDelegate {

    private final QualificationOutcomes outcomes;

    SuspendMerchantDelegate(QualificationOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.suspend(execution.getProcessBusinessKey(), (String) execution.getVariable(Variables.QUALIFICATION_TYPE));
    }
}
