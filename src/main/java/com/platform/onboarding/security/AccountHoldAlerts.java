package com.platform.onboarding.security;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.notification.NotificationEvent;
import com.platform.onboarding.notification.Notifications;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Ops hear by e-mail, once per hold, when the {@link LoginThrottle} holds an account. The message goes through the
 * product's notifications (recorded, delivered by a retried job, claimed so that it goes out once, to the log when no
 * mail server is configured) rather than straight to the mail server, which would lose it when the server is down.
 * An attacker who guesses at many accounts must not flood ops' mailbox in turn: at most so many alerts per hour go
 * out; the next one says how many holds went without an e-mail of their own (each is still logged and counted).
 */
@Component
class AccountHoldAlerts implements LoginThrottle.Holds {

    private static final Logger log = LoggerFactory.getLogger(AccountHoldAlerts.class);

    private final Notifications notifications;
    private final String opsMailbox;
    private final DateTimeFormatter untilFormat;
    private final Bucket mails;
    private final AtomicInteger withheld = new AtomicInteger();

    @Autowired
    AccountHoldAlerts(Notifications notifications, OnboardingProperties properties,
            @Value("${onboarding.login-throttle.alerts-per-hour:10}") int alertsPerHour) {
        this(notifications, properties, alertsPerHour, Duration.ofHours(1));
    }

    AccountHoldAlerts(Notifications notifications, OnboardingProperties properties, int alerts, Duration per) {
        this.notifications = notifications;
        this.opsMailbox = properties.opsMailbox();
        ZoneId zone = properties.businessZone();
        this.untilFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(" + zone.getId() + ")'").withZone(zone);
        this.mails = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(alerts).refillGreedy(alerts, per).build())
                .build();
    }

    @Override
    public void held(String userId, Instant until) {
        if (!mails.tryConsume(1)) {
            int count = withheld.incrementAndGet();
            log.warn("Alert e-mail for the held account '{}' withheld: the hourly limit is reached ({} withheld)",
                    printable(userId), count);
            return;
        }
        int before = withheld.getAndSet(0);
        String sinceZh = before == 0 ? "" : "\n此前另有 " + before + " 个账户被暂停，因告警数量上限未单独发送邮件，详见日志。";
        String sinceEn = before == 0 ? "" : "\n" + before + " more accounts were held before this one without an e-mail of"
                + " their own (alerts per hour are limited); the log names them.";
        try {
            notifications.alertStaff(opsMailbox, NotificationEvent.ACCOUNT_HELD, printable(userId),
                    untilFormat.format(until), sinceZh, sinceEn);
        } catch (RuntimeException failed) {
            // The hold stands whatever happens to its alert; the log line and the meter still tell ops.
            log.error("Could not record the alert for the held account '{}'", printable(userId), failed);
        }
    }

    /** A user name is whatever a stranger typed: only plain characters reach the log and the e-mail. */
    static String printable(String userId) {
        return userId == null ? "" : userId.replaceAll("[^A-Za-z0-9._@-]", "?");
    }
}
