package com.platform.onboarding.process.onboarding.deposit;

import com.platform.onboarding.audit.AuditKind;
import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.process.AuditRecords;
import java.util.Map;
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
    private final AuditRecords audit;

    RefundAmountListener(Deposits deposits, AuditRecords audit) {
        this.deposits = deposits;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        String amount = deposits.paidSoFar(task.getExecution().getProcessBusinessKey()).setScale(2).toPlainString();
        task.setVariableLocal(REFUND_AMOUNT, amount);
        audit.record(task.getExecution(), AuditKind.REFUND, null, Map.of("amount", amount, "refund", "REFUND_TASK_OPENED"));
    }
}
