package com.platform.onboarding.process.expirywatch;

import com.platform.onboarding.merchant.QualificationOutcomes;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class LiftSuspensionDelegate implements JavaDelegate {

    private final QualificationOutcomes outcomes;

    LiftSuspensionDelegate(QualificationOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.lift(execution.getProcessBusinessKey(), (String) execution.getVariable(Variables.QUALIFICATION_TYPE));
    }
}
