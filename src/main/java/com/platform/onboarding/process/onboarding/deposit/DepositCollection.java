package com.platform.onboarding.process.onboarding.deposit;

import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.deposit.Payment;
import com.platform.onboarding.deposit.PaymentRequest;
import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Elements;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Messages;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import com.platform.onboarding.process.onboarding.MerchantOnboarding;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A payment from the payment system: into our ledger first, then the process is told, in one transaction that holds
 * the application's record locked. So payments of one application are taken one at a time (what is still owed, and
 * so the excess to refund, is never computed from a stale total); a copy of a payment sent again, even at the very
 * same moment, waits for the lock and then finds its reference in the ledger; and a payment is never recorded
 * without the process hearing of it, nor the other way round. The caller is answered when this transaction commits:
 * recording the payment in the process, and the activation it may complete, run after, in a job that takes the same
 * lock; a payment that comes while that job is pending is in the ledger it reads.
 */
@Service
public class DepositCollection {

    /** Enough for the rare clash with a timer of the same application, or a reference reused at the same moment. */
    private static final int ATTEMPTS = 4;

    public sealed interface Outcome permits Recorded, Refused, UnknownApplication {}

    /** In the ledger: {@code first} when this request recorded it, not when it repeats an earlier one. */
    public record Recorded(Payment payment, boolean first) implements Outcome {}

    public record Refused(Refusal refusal) implements Outcome {}

    public record UnknownApplication() implements Outcome {}

    /** Why nothing was recorded. */
    enum Refusal {
        REFERENCE_USED("This payment reference was already used for another payment (another amount or another"
                + " application): one reference names one payment.",
                "该付款流水号已用于另一笔付款（金额或申请不同）：一个流水号只对应一笔付款。"),
        NOT_AT_DEPOSIT_STAGE("The application owes no deposit now: it is not at the deposit stage (its"
                + " qualifications are still being handled or reviewed). Nothing was recorded.",
                "该申请尚未到缴纳保证金的阶段（资质仍在处理或审核中），目前无需付款；未记录任何款项。"),
        PAID_IN_FULL("The deposit of this application is already paid in full. Nothing was recorded.",
                "该申请的保证金已全额缴清；未记录任何款项。"),
        STORE_OPEN("The store of this application is open: its deposit is settled and it owes nothing. Nothing was"
                + " recorded.", "该申请的店铺已开通，保证金已结清，无需付款；未记录任何款项。");

        final String en;
        final String zh;

        Refusal(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }
    }

    private final Deposits deposits;
    private final MerchantDirectory directory;
    private final RuntimeService runtimeService;
    private final RefundTasks refunds;
    private final TransactionTemplate transactions;

    DepositCollection(Deposits deposits, MerchantDirectory directory, RuntimeService runtimeService,
            RefundTasks refunds, PlatformTransactionManager transactionManager) {
        this.deposits = deposits;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.refunds = refunds;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public Outcome pay(PaymentRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> payOnce(request));
            } catch (DuplicateKeyException | ConcurrencyFailureException | OptimisticLockingException clash) {
                // All of the attempt was rolled back; the next one reads again what the other transaction did.
                if (attempt == ATTEMPTS) {
                    throw clash;
                }
            }
        }
    }

    private Outcome payOnce(PaymentRequest request) {
        var application = directory.findLocked(request.applicationId());
        if (application.isEmpty()) {
            return new UnknownApplication();
        }
        var earlier = deposits.payment(request.paymentReference());
        if (earlier.isPresent()) {
            return earlier.get().sameAs(request) ? new Recorded(earlier.get(), false) : new Refused(Refusal.REFERENCE_USED);
        }
        String applicationId = request.applicationId();
        switch (application.get().status()) {
            case ACTIVE, SUSPENDED -> {
                return new Refused(Refusal.STORE_OPEN);
            }
            case WITHDRAWN, REJECTED, EXPIRED -> {
                // The money arrived anyway: it is the payer's, and ops send it back.
                var payment = Payment.refunded(request);
                deposits.record(payment);
                refunds.open(payment, RefundTasks.Reason.of(application.get().status()));
                return new Recorded(payment, true);
            }
            default -> {
                var stage = depositStage(applicationId);
                if (stage == DepositStage.NONE) {
                    return new Refused(Refusal.NOT_AT_DEPOSIT_STAGE);
                }
                var owed = deposits.outstanding(applicationId);
                if (owed.signum() <= 0) {
                    return new Refused(Refusal.PAID_IN_FULL);
                }
                var payment = Payment.against(request, owed);
                deposits.record(payment);
                if (payment.refund().signum() > 0) {
                    refunds.open(payment, RefundTasks.Reason.ABOVE_DEPOSIT);
                }
                if (stage == DepositStage.RECORDING) {
                    // The earlier payment's job has not run yet; it reads the ledger's total, this payment included,
                    // as it holds the record locked (RecordDepositPaymentDelegate): it is counted there.
                    return new Recorded(payment, true);
                }
                // Only the reference: the delegate reads the amount from the ledger, never from the message. Recording
                // it is a job of its own (asyncBefore): the payment system is answered when this commits.
                runtimeService.createMessageCorrelation(Messages.DEPOSIT_PAID)
                        .processInstanceBusinessKey(applicationId)
                        .setVariable(Variables.PAYMENT_REFERENCE, payment.paymentReference())
                        .correlateWithResult();
                return new Recorded(payment, true);
            }
        }
    }

    /** Where the deposit stands: waiting for a payment, recording one (its job not yet run), or not due at all. */
    private enum DepositStage { WAITING, RECORDING, NONE }

    private DepositStage depositStage(String applicationId) {
        if (at(applicationId, Elements.DEPOSIT_PAID)) {
            return DepositStage.WAITING;
        }
        return at(applicationId, Elements.RECORD_DEPOSIT_PAYMENT) ? DepositStage.RECORDING : DepositStage.NONE;
    }

    private boolean at(String applicationId, String activity) {
        return runtimeService.createExecutionQuery().processDefinitionKey(MerchantOnboarding.PROCESS_KEY)
                .processInstanceBusinessKey(applicationId).activityId(activity).count() > 0;
    }
}
