package com.platform.onboarding.audit;

import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.deposit.Payment;
import com.platform.onboarding.merchant.MerchantApplication;
import com.platform.onboarding.notification.Notification;
import com.platform.onboarding.notification.Notifications;
import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.rules.RulesInForce;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The compliance record of one application, put together from the trail and the ledgers: who let the merchant in, on
 * what evidence, under which rule.
 */
@Service
class AuditPack {

    private final AuditTrail trail;
    private final EngineRecords engine;
    private final Deposits deposits;
    private final Notifications notifications;
    private final RulesInForce rules;
    private final ZoneId businessZone;

    AuditPack(AuditTrail trail, EngineRecords engine, Deposits deposits, Notifications notifications,
            RulesInForce rules, OnboardingProperties properties) {
        this.trail = trail;
        this.engine = engine;
        this.deposits = deposits;
        this.notifications = notifications;
        this.rules = rules;
        this.businessZone = properties.businessZone();
    }

    record Pack(Merchant merchant, List<AuditEvent> timeline, List<Document> documents, Rules rules,
            List<Payment> depositLedger, List<Sent> notifications, Instant generatedAt) {}

    record Merchant(String applicationId, String merchantName, String username, String entityType, String category,
            List<String> markets, boolean factoryProgram, String status, String statusReason, String tier,
            Instant submittedAt) {}

    /** {@code matches}: whether the bytes on file today hash to what was recorded at upload (null: none on file). */
    record Document(String name, String filename, String mimeType, Object size, String sha256, String uploadedBy,
            Instant uploadedAt, Boolean matches) {}

    /**
     * The rules applied: each DMN decision with the version evaluated, and for each check the setting values it
     * recorded when it ran, with every dated rule's value in force on its day and the date that value took effect.
     */
    record Rules(List<DecisionApplied> decisions, List<Map<String, Object>> settings) {}

    /** A DMN decision as evaluated: its key, the version deployed then, and when (from the trail, not engine history). */
    record DecisionApplied(String decisionKey, int version, Instant evaluatedAt) {}

    record Sent(String event, String recipient, String subject, Instant createdAt, Instant deliveredAt) {}

    Pack of(MerchantApplication application, Instant now) {
        String id = application.applicationId();
        var timeline = trail.of(id);
        // The latest upload of each document: the one on file (earlier ones stay in the timeline with their hashes).
        var latest = new LinkedHashMap<Object, AuditEvent>();
        timeline.stream().filter(e -> e.kind() == AuditKind.DOCUMENT_UPLOADED)
                .forEach(e -> latest.put(e.details().get("document"), e));
        var documents = latest.values().stream().map(e -> document(id, e)).toList();
        var settings = timeline.stream().filter(e -> e.kind() == AuditKind.CHECKED).map(e -> {
            var used = new LinkedHashMap<String, Object>();
            used.put("check", e.details().get("check"));
            used.put("at", e.at());
            used.put("values", e.details().get("ruleValues"));
            used.put("inForce", rules.on(dayOf(e)));
            return (Map<String, Object>) used;
        }).toList();
        var sent = notifications.of(id).stream().map(AuditPack::sent).toList();
        return new Pack(merchant(application), timeline, documents,
                new Rules(decisions(timeline), settings), deposits.ledger(id), sent, now);
    }

    private static List<DecisionApplied> decisions(List<AuditEvent> timeline) {
        return timeline.stream().filter(e -> e.kind() == AuditKind.DECISION_EVALUATED)
                .map(e -> new DecisionApplied((String) e.details().get("decisionKey"),
                        ((Number) e.details().get("version")).intValue(), e.at()))
                .toList();
    }

    /** The business day the check judged on: the one it recorded, else the day it ran. */
    private LocalDate dayOf(AuditEvent check) {
        return check.details().get("ruleValues") instanceof Map<?, ?> values
                && values.get("reviewDay") instanceof String day ? LocalDate.parse(day)
                : LocalDate.ofInstant(check.at(), businessZone);
    }

    private Document document(String applicationId, AuditEvent upload) {
        var d = upload.details();
        String name = (String) d.get("document");
        String recorded = (String) d.get("sha256");
        Boolean matches = engine.documentBytes(applicationId, name).map(b -> AuditTrail.sha256(b).equals(recorded))
                .orElse(null);
        return new Document(name, (String) d.get("filename"), (String) d.get("mimeType"), d.get("size"), recorded,
                upload.actor(), upload.at(), matches);
    }

    private static Merchant merchant(MerchantApplication a) {
        return new Merchant(a.applicationId(), a.merchantName(), a.username(), a.entityType().name(), a.category(),
                a.overseasMarkets().stream().map(Enum::name).toList(), a.factoryProgram(), a.status().name(),
                a.statusReason(), a.tier(), a.submittedAt());
    }

    private static Sent sent(Notification n) {
        return new Sent(n.event(), n.recipient(), n.subject(), n.createdAt(), n.deliveredAt());
    }
}
