package com.platform.onboarding.process.onboarding.deposit;

import com.platform.onboarding.deposit.DepositUndetermined;
import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Ends determine-deposit: the decision's result, read in the same transaction that produced it, becomes the record
 * of what the application owes. From here on only the record counts; {@code depositAmount} stays as a variable for
 * people to read, and writing it changes nothing.
 */
@Component("recordRequiredDeposit")
class RecordRequiredDepositListener implements ExecutionListener {

    private final Deposits deposits;

    RecordRequiredDepositListener(Deposits deposits) {
        this.deposits = deposits;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object amount = execution.getVariable(Variables.DEPOSIT_AMOUNT);
        if (!(amount instanceof Number number)) {
            throw new DepositUndetermined(execution.getProcessBusinessKey());
        }
        deposits.require(execution.getProcessBusinessKey(), new BigDecimal(number.toString()));
    }
}
