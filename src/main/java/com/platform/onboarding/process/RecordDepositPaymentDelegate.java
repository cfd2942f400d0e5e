package com.platform.onboarding.process;

import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Adds one DepositPaid message to the application's deposit; a repeated payment reference adds nothing. */
@Component
class RecordDepositPaymentDelegate implements JavaDelegate {

    private final Deposits deposits;

    RecordDepositPaymentDelegate(Deposits deposits) {
        this.deposits = deposits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object paid = execution.getVariable(Variables.PAID_AMOUNT);
        if (!(paid instanceof Number amount)) {
            throw new InvalidTaskInput(Variables.PAID_AMOUNT, "must be a number of CNY, not " + paid);
        }
        var total = deposits.record(execution.getProcessBusinessKey(),
                (String) execution.getVariable(Variables.PAYMENT_REFERENCE), new BigDecimal(amount.toString()));
        long due = ((Number) execution.getVariable(Variables.DEPOSIT_AMOUNT)).longValue();
        execution.setVariable(Variables.DEPOSIT_PAID_TOTAL, total.doubleValue());
        execution.setVariable(Variables.DEPOSIT_COMPLETE, total.compareTo(BigDecimal.valueOf(due)) >= 0);
    }
}
