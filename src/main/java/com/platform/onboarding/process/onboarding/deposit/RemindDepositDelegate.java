package com.platform.onboarding.process.onboarding.deposit;

import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.merchant.MerchantNotices;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** What is still to pay, after the payments recorded so far. */
@Component
class RemindDepositDelegate implements JavaDelegate {

    private final MerchantNotices notices;
    private final Deposits deposits;

    RemindDepositDelegate(MerchantNotices notices, Deposits deposits) {
        this.notices = notices;
        this.deposits = deposits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = execution.getProcessBusinessKey();
        notices.depositReminder(applicationId, deposits.outstanding(applicationId).stripTrailingZeros(),
                ((Date) execution.getVariable(Variables.DEPOSIT_DUE_AT)).toInstant());
    }
}
