package com.platform.onboarding.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who is delivering a message right now, and whether it went out: each change committed at once, on its own. */
@Component
class DeliveryClaims {

    private final JdbcClient jdbc;

    DeliveryClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(String notificationId, String claimant, Duration time) {
        // A lease between nodes runs on the machines' time, not the engine clock that tests move back and forth.
        var now = Instant.now();
        return jdbc.sql("""
                update notification set claimed_by = ?, claimed_until = ?
                where id = ? and delivered_at is null and (claimed_until is null or claimed_until < ?)
                """).params(claimant, Timestamp.from(now.plus(time)), notificationId, Timestamp.from(now)).update() == 1;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String notificationId, String claimant) {
        jdbc.sql("update notification set claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
                .params(notificationId, claimant).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void delivered(String notificationId, String claimant, String channel) {
        jdbc.sql("update notification set delivered_at = ?, delivered_by = ?, claimed_until = null where id = ? and claimed_by = ?")
                .params(Timestamp.from(Instant.now()), channel, notificationId, claimant).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean delivered(String notificationId) {
        return jdbc.sql("select count(*) from notification where id = ? and delivered_at is not null")
                .param(notificationId).query(Integer.class).single() > 0;
    }
}
