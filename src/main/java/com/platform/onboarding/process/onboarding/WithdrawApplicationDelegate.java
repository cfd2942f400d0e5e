package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.merchant.ApplicationOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class WithdrawApplicationDelegate implements JavaDelegate {

    private final ApplicationOutcomes outcomes;

    WithdrawApplicationDelegate(ApplicationOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.withdraw(execution.getProcessBusinessKey());
    }
}
