package com.platform.onboarding.notification;

import jakarta.mail.internet.MimeMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every message a person must hear about is first recorded (so nothing is lost and the merchant can read it back),
 * then delivered by a retried job: by SMTP when a mail server is configured, else to the log.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<JavaMailSender> mail;
    private final DeliveryClaims claims;
    private final Duration claimTime;
    private final AddressConfirmations confirmations;
    private final Clock clock;

    Notifications(JdbcClient jdbc, ApplicationEventPublisher events, ObjectProvider<JavaMailSender> mail,
            DeliveryClaims claims, @Value("${onboarding.mail-claim-time:5m}") Duration claimTime,
            AddressConfirmations confirmations, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.mail = mail;
        this.claims = claims;
        this.claimTime = claimTime;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    @Transactional
    public String record(String applicationId, String recipient, NotificationEvent event, Object... facts) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into notification (id, application_id, event, recipient, subject, body, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, applicationId, event.name(), recipient, event.subject(), event.body(facts),
                Timestamp.from(clock.instant())).update();
        events.publishEvent(new NotificationRecorded(id, applicationId));
        return id;
    }

    /**
     * A message to staff about no application (an account held by the login throttle): recorded and delivered like any
     * other, so that it is retried, seen in Cockpit when the mail server is down, and sent once; in a transaction of
     * its own, so that it stands whatever becomes of the request that caused it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String alertStaff(String recipient, NotificationEvent event, Object... facts) {
        return record(null, recipient, event, facts);
    }

    /**
     * Delivers once, whoever runs the job and however long the mail server takes. The claim and the mark of delivery
     * are committed on their own, outside the job's transaction: a job that outlives its lock is taken by another node,
     * and the first node's job transaction then fails, so a claim inside it would vanish after the mail went out.
     * While a claim stands, another delivery of the same message refuses ({@link DeliveryInProgress}: the job is
     * retried later, and by then finds it delivered); a claim whose holder died expires after the claim time.
     * A message to an address not yet confirmed is held, and its job ends: confirming the address starts it again.
     */
    public void deliver(String notificationId) {
        if (confirmations.hold(find(notificationId))) {
            log.info("Notification {} held until its address is confirmed", notificationId);
            return;
        }
        var sender = mail.getIfAvailable();
        String channel = sender == null ? "LOG" : "SMTP";
        String claimant = UUID.randomUUID().toString();
        if (!claims.claim(notificationId, claimant, claimTime)) {
            if (claims.delivered(notificationId)) {
                return;
            }
            throw new DeliveryInProgress(notificationId);
        }
        try {
            send(sender, find(notificationId));
        } catch (RuntimeException failed) {
            claims.release(notificationId, claimant);
            throw failed;
        }
        claims.delivered(notificationId, claimant, channel);
    }

    private void send(JavaMailSender sender, Notification n) {
        String body = n.body().contains(NotificationEvent.LINK_PLACEHOLDER)
                ? n.body().replace(NotificationEvent.LINK_PLACEHOLDER, confirmations.link(n.applicationId()))
                : n.body();
        if (sender == null) {
            log.info("No mail server configured; notification {} to {}: {}\n{}", n.id(), n.recipient(), n.subject(), body);
            return;
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, "UTF-8");
            helper.setTo(n.recipient());
            helper.setFrom("no-reply@merchant-onboarding.invalid");
            helper.setSubject(n.subject());
            helper.setText(body);
            // Receivers can drop a copy if a crash between sending and marking it sent ever makes us send again.
            message.setHeader("X-Notification-Id", n.id());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("Cannot build notification " + n.id(), e);
        }
        sender.send(message);
    }

    public List<Notification> of(String applicationId) {
        return jdbc.sql("select * from notification where application_id = ? order by created_at")
                .param(applicationId).query(Notifications::map).list();
    }

    private Notification find(String id) {
        return jdbc.sql("select * from notification where id = ?").param(id).query(Notifications::map).single();
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        var delivered = rs.getTimestamp("delivered_at");
        var held = rs.getTimestamp("held_at");
        return new Notification(rs.getString("id"), rs.getString("application_id"), rs.getString("event"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), delivered == null ? null : delivered.toInstant(),
                rs.getString("delivered_by"), held == null ? null : held.toInstant());
    }
}
