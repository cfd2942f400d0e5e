package com.platform.onboarding.process.onboarding.deposit;

import com.platform.onboarding.deposit.Payment;
import com.platform.onboarding.deposit.PaymentRefused;
import com.platform.onboarding.deposit.PaymentRequest;
import com.platform.onboarding.process.onboarding.deposit.DepositCollection.Recorded;
import com.platform.onboarding.process.onboarding.deposit.DepositCollection.Refused;
import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import java.math.BigDecimal;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The payment system's only door: it reports a payment here and never reaches the engine. */
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

    private final DepositCollection collection;

    PaymentsController(DepositCollection collection) {
        this.collection = collection;
    }

    @PostMapping("/api/payments")
    ResponseEntity<?> pay(Caller caller, @RequestBody(required = false) byte[] body) {
        caller.require(Groups.PAYMENTS);
        var outcome = collection.pay(PaymentRequest.parse(body));
        if (outcome instanceof Recorded recorded) {
            return ResponseEntity.status(recorded.first() ? HttpStatus.CREATED : HttpStatus.OK)
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
