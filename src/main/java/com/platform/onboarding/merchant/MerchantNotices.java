package com.platform.onboarding.merchant;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.notification.NotificationEvent;
import com.platform.onboarding.notification.Notifications;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What a merchant (or ops, about a merchant) must hear while an application is under way. Every message names the
 * merchant and the application first; deadlines are stated in the business zone, which the text names.
 */
@Service
public class MerchantNotices {

    /** One issue as the merchant reads it, in both languages. */
    public record Issue(String messageZh, String messageEn) {}

    private final MerchantApplicationRepository repository;
    private final Notifications notifications;
    private final String opsMailbox;
    private final DateTimeFormatter deadlineFormat;

    MerchantNotices(MerchantApplicationRepository repository, Notifications notifications, OnboardingProperties properties) {
        this.repository = repository;
        this.notifications = notifications;
        this.opsMailbox = properties.opsMailbox();
        ZoneId zone = properties.businessZone();
        this.deadlineFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(" + zone.getId() + ")'").withZone(zone);
    }

    public void issuesFound(String applicationId, List<Issue> issues) {
        tell(applicationId, NotificationEvent.QUALIFICATION_ISSUES_FOUND,
                issues.stream().map(i -> "• " + i.messageZh()).collect(Collectors.joining("\n")),
                issues.stream().map(i -> "• " + i.messageEn()).collect(Collectors.joining("\n")));
    }

    public void changesRequested(String applicationId, String reviewerReason) {
        tell(applicationId, NotificationEvent.CHANGES_REQUESTED, reviewerReason);
    }

    public void depositDue(String applicationId, BigDecimal amount, Instant deadline) {
        tell(applicationId, NotificationEvent.DEPOSIT_DUE, amount.toPlainString(), deadlineFormat.format(deadline));
    }

    public void depositReminder(String applicationId, BigDecimal amountLeft, Instant deadline) {
        tell(applicationId, NotificationEvent.DEPOSIT_REMINDER, amountLeft.toPlainString(), deadlineFormat.format(deadline));
    }

    public void taskReminder(String applicationId, String taskZh, String taskEn, Instant deadline) {
        tell(applicationId, NotificationEvent.TASK_REMINDER, taskZh, taskEn, deadlineFormat.format(deadline));
    }

    /** To ops, not to the merchant: the merchant waits on us here. */
    public void reviewOverdue(String applicationId, String taskName, Instant due) {
        var a = application(applicationId);
        notifications.record(applicationId, opsMailbox, NotificationEvent.REVIEW_OVERDUE, a.merchantName(),
                a.applicationId(), taskName, taskName, deadlineFormat.format(due));
    }

    /** The link that confirms the merchant's address, sent again on request. */
    public void addressConfirmation(String applicationId) {
        tell(applicationId, NotificationEvent.ADDRESS_CONFIRMATION);
    }

    void lapsed(String applicationId, LapseReason reason) {
        tell(applicationId, NotificationEvent.APPLICATION_LAPSED, reason.zh, reason.en);
    }

    void tell(String applicationId, NotificationEvent event, Object... extra) {
        var a = application(applicationId);
        var facts = new Object[2 + extra.length];
        facts[0] = a.merchantName();
        facts[1] = a.applicationId();
        System.arraycopy(extra, 0, facts, 2, extra.length);
        notifications.record(applicationId, a.contactEmail(), event, facts);
    }

    private MerchantApplication application(String applicationId) {
        return repository.find(applicationId)
                .orElseThrow(() -> new IllegalStateException("No merchant application " + applicationId));
    }
}
