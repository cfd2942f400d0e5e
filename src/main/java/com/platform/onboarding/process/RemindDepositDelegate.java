package com.platform.onboarding.process;

import com.platform.onboarding.merchant.MerchantNotices;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** What is still to pay, after the payments recorded so far. */
@Component
class RemindDepositDelegate implements JavaDelegate {

    private final MerchantNotices notices;

    RemindDepositDelegate(MerchantNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var amount = new BigDecimal(execution.getVariable(Variables.DEPOSIT_AMOUNT).toString());
        Object paid = execution.getVariable(Variables.DEPOSIT_PAID_TOTAL);
        var left = paid == null ? amount : amount.subtract(BigDecimal.valueOf(((Number) paid).doubleValue())).stripTrailingZeros();
        notices.depositReminder(execution.getProcessBusinessKey(), left,
                ((Date) execution.getVariable(Variables.DEPOSIT_DUE_AT)).toInstant());
    }
}
