package com.platform.onboarding.process.onboarding.deposit;

import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.deposit.Payment;
import com.platform.onboarding.deposit.PaymentRefused;
import com.platform.onboarding.deposit.PaymentRequest;
import com.platform.onboarding.merchant.ApplicationStatus;
import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.process.onboarding.deposit.DepositCollection.Recorded;
import com.platform.onboarding.process.onboarding.deposit.DepositCollection.Refused;
import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The payment system's only door: it reports a payment here and never reaches the engine. A payment is answered once
 * it is in the ledger (everything that can refuse it is judged before); the store opens after the answer, and the
 * payment system reads when at {@code GET /api/payments/{paymentReference}}.
 */
@RestController
class PaymentsController {

    private static final URI INVALID_PAYMENT = URI.create("/problems/invalid-payment");

    /** What the payment system hears back, the same every time it sends the same payment. */
    record Answer(String applicationId, String paymentReference, BigDecimal amount, boolean counted,
            BigDecimal outstanding, BigDecimal refund) {

        static Answer of(Payment payment) {
            return new Answer(payment.applicationId(), payment.paymentReference(), payment.amount(), true,
                    payment.outstanding(), payment.refund());
        }
    }

    /**
     * A payment as it stands later: {@code applicationStatus} turns {@code ACTIVE} once the store is open, which happens
     * in a job after the payment that completes the deposit was answered.
     */
    record Reading(String applicationId, String paymentReference, BigDecimal amount, BigDecimal outstanding,
            BigDecimal refund, ApplicationStatus applicationStatus) {}

    private final DepositCollection collection;
    private final Deposits deposits;
    private final MerchantDirectory directory;

    PaymentsController(DepositCollection collection, Deposits deposits, MerchantDirectory directory) {
        this.collection = collection;
        this.deposits = deposits;
        this.directory = directory;
    }

    @PostMapping("/api/payments")
    ResponseEntity<?> pay(Caller caller, @RequestBody(required = false) byte[] body) {
        caller.require(Groups.PAYMENTS);
        var outcome = collection.pay(PaymentRequest.parse(body));
        if (outcome instanceof Recorded recorded) {
            // In the ledger and the process told: what follows (activation) runs after this answer, in a job.
            return ResponseEntity.status(recorded.first() ? HttpStatus.CREATED : HttpStatus.OK)
                    .location(URI.create("/api/payments/" + UriUtils.encodePathSegment(
                            recorded.payment().paymentReference(), StandardCharsets.UTF_8)))
                    .body(Answer.of(recorded.payment()));
        }
        if (outcome instanceof Refused refused) {
            var problem = problem(HttpStatus.CONFLICT, "Nothing to pay / 无需付款", refused.refusal().en,
                    refused.refusal().zh);
            problem.setProperty("reason", refused.refusal().name());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND,
                "Unknown application / 申请不存在", "No application has this id: check applicationId.",
                "没有此编号的申请：请核对申请编号（applicationId）。"));
    }

    @GetMapping("/api/payments/{paymentReference}")
    ResponseEntity<?> read(Caller caller, @PathVariable String paymentReference) {
        caller.require(Groups.PAYMENTS);
        var payment = deposits.payment(paymentReference);
        var application = payment.flatMap(p -> directory.find(p.applicationId()));
        if (application.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND,
                    "Unknown payment / 付款不存在", "No payment has this reference: check paymentReference.",
                    "没有此流水号的付款：请核对付款流水号（paymentReference）。"));
        }
        var p = payment.get();
        return ResponseEntity.ok(new Reading(p.applicationId(), p.paymentReference(), p.amount(), p.outstanding(),
                p.refund(), application.get().status()));
    }

    @ExceptionHandler
    ProblemDetail refused(PaymentRefused refused) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Payment refused / 付款未受理",
                "Fix these fields and send again: " + String.join(", ",
                        refused.errors().stream().map(e -> e.label()).distinct().toList()) + ". Nothing was recorded.",
                "请修改以下字段后重新提交：" + String.join("、",
                        refused.errors().stream().map(e -> e.labelZh()).distinct().toList()) + "。未记录任何款项。");
        problem.setType(INVALID_PAYMENT);
        problem.setProperty("errors", refused.errors());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String detailZh) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("detailZh", detailZh);
        return problem;
    }
}
