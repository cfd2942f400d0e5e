package com.platform.onboarding.notification;

import jakarta.mail.internet.MimeMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
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

    Notifications(JdbcClient jdbc, ApplicationEventPublisher events, ObjectProvider<JavaMailSender> mail) {
        this.jdbc = jdbc;
        this.events = events;
        this.mail = mail;
    }

    @Transactional
    public String record(String applicationId, String recipient, NotificationEvent event, Object... facts) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into notification (id, application_id, event, recipient, subject, body, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, applicationId, event.name(), recipient, event.subject(), event.body(facts),
                Timestamp.from(Instant.now())).update();
        events.publishEvent(new NotificationRecorded(id, applicationId));
        return id;
    }

    /**
     * Delivers once. The row is claimed before sending, in the caller's transaction: a second run of the same job
     * waits on that row and then finds it delivered; a failed send rolls the claim back for the next retry.
     */
    @Transactional
    public void deliver(String notificationId) {
        var sender = mail.getIfAvailable();
        String channel = sender == null ? "LOG" : "SMTP";
        int claimed = jdbc.sql("update notification set delivered_at = ?, delivered_by = ? where id = ? and delivered_at is null")
                .params(Timestamp.from(Instant.now()), channel, notificationId).update();
        if (claimed == 0) {
            return;
        }
        var n = find(notificationId);
        if (sender == null) {
            log.info("No mail server configured; notification {} to {}: {}\n{}", n.id(), n.recipient(), n.subject(), n.body());
            return;
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, "UTF-8");
            helper.setTo(n.recipient());
            helper.setFrom("no-reply@merchant-onboarding.invalid");
            helper.setSubject(n.subject());
            helper.setText(n.body());
            // Receivers can drop a copy if a crash between sending and committing ever makes us send again.
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
        return new Notification(rs.getString("id"), rs.getString("application_id"), rs.getString("event"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), delivered == null ? null : delivered.toInstant(),
                rs.getString("delivered_by"));
    }
}
