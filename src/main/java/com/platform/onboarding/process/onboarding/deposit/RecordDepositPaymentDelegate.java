package com.platform.onboarding.process.onboarding.deposit;

import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.process.InvalidTaskInput;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * DepositPaid names a payment; the ledger says what it was. The payments API records the payment before it
 * correlates, so a reference the ledger does not hold for this application is no payment at all: recording it fails
 * (its job, in the end an incident for ops) and nothing is credited. No amount is ever read from the message. Runs in
 * a job of its own (asyncBefore), after the payment system was answered.
 */
@Component
class RecordDepositPaymentDelegate implements JavaDelegate {

    private final Deposits deposits;
    private final MerchantDirectory directory;

    RecordDepositPaymentDelegate(Deposits deposits, MerchantDirectory directory) {
        this.deposits = deposits;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reference = execution.getVariable(Variables.PAYMENT_REFERENCE);
        String applicationId = execution.getProcessBusinessKey();
        // Payments of this application wait while its job runs (DepositCollection takes the same lock): one that came
        // before is in the ledger the gateway after this reads; one after finds the process waiting again.
        directory.findLocked(applicationId);
        boolean inLedger = reference instanceof String ref
                && deposits.payment(ref).filter(p -> p.applicationId().equals(applicationId)).isPresent();
        if (!inLedger) {
            throw new InvalidTaskInput(Variables.PAYMENT_REFERENCE, "names no payment recorded for this application ("
                    + reference + "): payments come in through POST /api/payments; nothing was credited"
                    + " (付款流水号不在账中，未记入任何款项)");
        }
    }
}
