package com.platform.onboarding.process.onboarding.deposit;

import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.process.InvalidTaskInput;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * DepositPaid names a payment; the ledger says what it was. The payments API records the payment before it
 * correlates, so a reference the ledger does not hold for this application is no payment at all: the correlation
 * fails and nothing is credited. No amount is ever read from the message.
 */
@Component
class RecordDepositPaymentDelegate implements JavaDelegate {

    private final Deposits deposits;

    RecordDepositPaymentDelegate(Deposits deposits) {
        this.deposits = deposits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reference = execution.getVariable(Variables.PAYMENT_REFERENCE);
        String applicationId = execution.getProcessBusinessKey();
        boolean inLedger = reference instanceof String ref
                && deposits.payment(ref).filter(p -> p.applicationId().equals(applicationId)).isPresent();
        if (!inLedger) {
            throw new InvalidTaskInput(Variables.PAYMENT_REFERENCE, "names no payment recorded for this application ("
                    + reference + "): payments come in through POST /api/payments; nothing was credited"
                    + " (付款流水号不在账中，未记入任何款项)");
        }
    }
}
