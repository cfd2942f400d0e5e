package com.platform.onboarding.merchant;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.merchant.MerchantApplication.SuspensionReason;
import com.platform.onboarding.notification.NotificationEvent;
import com.platform.onboarding.notification.Notifications;
import com.platform.onboarding.qualification.ExpiryReminders;
import com.platform.onboarding.qualification.HeldQualification;
import com.platform.onboarding.qualification.HeldQualifications;
import com.platform.onboarding.qualification.QualificationIssue;
import com.platform.onboarding.qualification.Renewal;
import com.platform.onboarding.qualification.RenewalOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What the expiry of a held qualification does to an active store, and who hears of it. The store is SUSPENDED
 * while any of its qualifications is suspended by its expiry, and ACTIVE again once none is.
 */
@Service
public class QualificationOutcomes {

    private final MerchantApplicationRepository repository;
    private final HeldQualifications held;
    private final ExpiryReminders reminders;
    private final Notifications notifications;
    private final String opsMailbox;

    QualificationOutcomes(MerchantApplicationRepository repository, HeldQualifications held, ExpiryReminders reminders,
            Notifications notifications, OnboardingProperties properties) {
        this.repository = repository;
        this.held = held;
        this.reminders = reminders;
        this.notifications = notifications;
        this.opsMailbox = properties.opsMailbox();
    }

    public void remind(String applicationId, String type, LocalDate today) {
        var q = held.get(applicationId, type);
        tellMerchant(q, NotificationEvent.QUALIFICATION_EXPIRING, q.validUntil(), reminders.daysLeft(q.validUntil(), today));
    }

    public void suspend(String applicationId, String type) {
        repository.lock(applicationId);
        var q = held.get(applicationId, type);
        held.markSuspended(applicationId, type, true);
        repository.change(applicationId, a -> a.suspendFor(SuspensionReason.QUALIFICATION_EXPIRED));
        var a = tellMerchant(q, NotificationEvent.MERCHANT_SUSPENDED, q.validUntil());
        notifications.record(applicationId, opsMailbox, NotificationEvent.MERCHANT_SUSPENDED, a.merchantName(),
                applicationId, q.nameZh(), q.nameEn(), q.validUntil());
    }

    /** Judged on the merchant's category as recorded; the merchant hears of an accepted renewal here. */
    public RenewalOutcome renew(String applicationId, String type, Renewal renewal, LocalDate today, Instant at) {
        String category = repository.findCategory(applicationId)
                .orElseThrow(() -> new IllegalStateException("No merchant application " + applicationId));
        var outcome = held.renew(applicationId, type, renewal, category, today, at);
        if (outcome.accepted()) {
            tellMerchant(held.get(applicationId, type), NotificationEvent.QUALIFICATION_RENEWED, outcome.validUntil());
        }
        return outcome;
    }

    public void refuse(String applicationId, String type, List<QualificationIssue> issues) {
        tellMerchant(held.get(applicationId, type), NotificationEvent.RENEWAL_REFUSED,
                issues.stream().map(i -> "- " + i.messageZh()).collect(Collectors.joining("\n")),
                issues.stream().map(i -> "- " + i.messageEn()).collect(Collectors.joining("\n")));
    }

    /** Lifts the suspension this qualification caused; the store stays suspended while another one is expired. */
    public void lift(String applicationId, String type) {
        // Two renewals at once would each still see the other's suspension and leave the store suspended for good.
        repository.lock(applicationId);
        held.markSuspended(applicationId, type, false);
        boolean anotherExpired = held.anySuspended(applicationId);
        repository.change(applicationId,
                a -> a.status() == ApplicationStatus.SUSPENDED && !anotherExpired ? a.reinstate() : a);
    }

    /** Facts: the merchant's name, the application, the qualification's names, then {@code extra}. */
    private MerchantApplication tellMerchant(HeldQualification q, NotificationEvent event, Object... extra) {
        var a = repository.find(q.applicationId()).orElseThrow();
        var facts = new Object[4 + extra.length];
        facts[0] = a.merchantName();
        facts[1] = a.applicationId();
        facts[2] = q.nameZh();
        facts[3] = q.nameEn();
        System.arraycopy(extra, 0, facts, 4, extra.length);
        notifications.record(a.applicationId(), a.contactEmail(), event, facts);
        return a;
    }
}
