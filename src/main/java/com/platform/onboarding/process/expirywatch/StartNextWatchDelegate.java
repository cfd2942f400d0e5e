package com.platform.onboarding.process.expirywatch;

import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The renewed validity period gets a watch of its own, with every timer counted from the new last valid day. */
@Component
class StartNextWatchDelegate implements JavaDelegate {

    private final QualificationWatches watches;

    StartNextWatchDelegate(QualificationWatches watches) {
        this.watches = watches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        watches.watch(execution.getProcessBusinessKey(), (String) execution.getVariable(Variables.QUALIFICATION_TYPE));
    }
}
