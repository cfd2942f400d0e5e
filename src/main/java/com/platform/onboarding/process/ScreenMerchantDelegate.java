package com.platform.onboarding.process;

import com.platform.onboarding.process.MerchantOnboarding.Variables;
import com.platform.onboarding.screening.Screening;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Screening at entry: by name, the one identity a registration carries. */
@Component
class ScreenMerchantDelegate implements JavaDelegate {

    private final Screening screening;

    ScreenMerchantDelegate(Screening screening) {
        this.screening = screening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var hit = screening.screen((String) execution.getVariable(Variables.MERCHANT_NAME), null);
        execution.setVariable(Variables.ON_RISK_LIST, hit.isPresent());
        hit.ifPresent(h -> execution.setVariable(Variables.REJECTION_REASON, h.reason().name()));
    }
}
