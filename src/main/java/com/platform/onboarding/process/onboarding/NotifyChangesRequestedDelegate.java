package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.merchant.MerchantNotices;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class NotifyChangesRequestedDelegate implements JavaDelegate {

    private final MerchantNotices notices;

    NotifyChangesRequestedDelegate(MerchantNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.changesRequested(execution.getProcessBusinessKey(), (String) execution.getVariable(Variables.DECISION_REASON));
    }
}
