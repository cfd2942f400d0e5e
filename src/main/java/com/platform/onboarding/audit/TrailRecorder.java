package com.platform.onboarding.audit;

import com.platform.onboarding.deposit.Payment;
import com.platform.onboarding.merchant.ApplicationChanged;
import com.platform.onboarding.merchant.ApplicationStatus;
import com.platform.onboarding.merchant.ApplicationSubmitted;
import com.platform.onboarding.review.ReviewDecision;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The events the domain already publishes where they happen (the application's transitions, the review and deposit
 * ledgers), written to the trail. Listeners run synchronously, so each entry shares its event's transaction.
 */
@Component
class TrailRecorder {

    private final AuditTrail trail;

    TrailRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        var a = submitted.application();
        var details = new LinkedHashMap<String, Object>();
        details.put("merchantName", a.merchantName());
        details.put("entityType", a.entityType().name());
        details.put("category", a.category());
        details.put("markets", a.overseasMarkets().stream().map(Enum::name).toList());
        details.put("factoryProgram", a.factoryProgram());
        trail.append(a.applicationId(), AuditKind.REGISTERED, a.username(), details);
    }

    @EventListener
    void on(ApplicationChanged changed) {
        var before = changed.before();
        var after = changed.after();
        var details = new LinkedHashMap<String, Object>();
        details.put("from", before.status().name());
        details.put("to", after.status().name());
        if (after.statusReason() != null) {
            details.put("reason", after.statusReason());
        }
        if (after.tier() != null) {
            details.put("tier", after.tier());
        }
        if (before.status() != after.status()) {
            trail.append(after.applicationId(), kindOf(before.status(), after.status()), null, details);
        }
        if (!before.overseasMarkets().isEmpty() && after.overseasMarkets().isEmpty()
                && after.status() == before.status()) {
            details.put("markets", before.overseasMarkets().stream().map(Enum::name).toList());
            trail.append(after.applicationId(), AuditKind.LEFT_OVERSEAS_PLAN, after.username(), details);
        }
    }

    @EventListener
    void on(ReviewDecision decision) {
        var details = new LinkedHashMap<String, Object>();
        details.put("review", decision.taskKey());
        details.put("decision", decision.decision());
        if (decision.reason() != null) {
            details.put("reason", decision.reason());
        }
        if (decision.tier() != null) {
            details.put("tier", decision.tier());
        }
        trail.append(decision.applicationId(), AuditKind.REVIEW_DECISION, decision.reviewer(), details);
    }

    @EventListener
    void on(Payment payment) {
        trail.append(payment.applicationId(), AuditKind.PAYMENT, null, Map.of("paymentReference",
                payment.paymentReference(), "amount", payment.amount().toPlainString(), "refund",
                payment.refund().toPlainString(), "outstanding",
                payment.outstanding() == null ? "" : payment.outstanding().toPlainString()));
    }

    private static AuditKind kindOf(ApplicationStatus from, ApplicationStatus to) {
        return switch (to) {
            case ACTIVE -> from == ApplicationStatus.SUSPENDED ? AuditKind.REINSTATED : AuditKind.ACTIVATED;
            case REJECTED -> AuditKind.REJECTED;
            case EXPIRED -> AuditKind.LAPSED;
            case WITHDRAWN -> AuditKind.WITHDRAWN;
            case SUSPENDED -> AuditKind.SUSPENDED;
            case APPLYING -> throw new IllegalStateException("No transition leads back to " + to);
        };
    }
}
