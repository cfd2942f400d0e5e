package com.platform.onboarding.process.onboarding.deposit;

import com.platform.onboarding.deposit.Deposits;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What ops send back when a withdrawal or a lapse ends an application with a deposit paid: the ledger's total
 * counted, put on the refund task when it is created (a String, exact to the fen), so that the form shows an amount
 * nobody but our code wrote. The part of a payment above what was due has its own refund task already.
 */
@Component("refundAmount")
class RefundAmountListener implements TaskListener {

    static final String REFUND_AMOUNT = "refundAmount";

    private final Deposits deposits;

    RefundAmountListener(Deposits deposits) {
        this.deposits = deposits;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(REFUND_AMOUNT,
                deposits.paidSoFar(task.getExecution().getProcessBusinessKey()).setScale(2).toPlainString());
    }
}
