package com.platform.onboarding.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every review decision, appended by our code in the transaction of the completion that made it (a refused completion
 * leaves no row). Nothing a caller sends with a task reaches this table, so four eyes and the tier hold.
 */
@Service
public class ReviewLedger {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReviewLedger(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Appends the decision and publishes it, in the completion's transaction (the audit trail records it too). */
    public void record(String applicationId, String taskKey, String reviewer, String decision, String reason, String tier) {
        var decidedAt = clock.instant();
        jdbc.sql("""
                insert into review_decision (application_id, task_key, reviewer, decision, reason, tier, decided_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(applicationId, taskKey, reviewer, decision, reason, tier, Timestamp.from(decidedAt))
                .update();
        events.publishEvent(new ReviewDecision(applicationId, taskKey, reviewer, decision, reason, tier, decidedAt));
    }

    /** The latest decision on this review of the application: a review repeated after changes counts from its last round. */
    public Optional<ReviewDecision> latest(String applicationId, String taskKey) {
        return jdbc.sql("""
                select application_id, task_key, reviewer, decision, reason, tier, decided_at from review_decision
                where application_id = ? and task_key = ? order by id desc fetch first 1 rows only""")
                .params(applicationId, taskKey).query(ReviewLedger::map).optional();
    }

    public List<ReviewDecision> of(String applicationId) {
        return jdbc.sql("""
                select application_id, task_key, reviewer, decision, reason, tier, decided_at from review_decision
                where application_id = ? order by id""")
                .param(applicationId).query(ReviewLedger::map).list();
    }

    private static ReviewDecision map(ResultSet rs, int row) throws SQLException {
        return new ReviewDecision(rs.getString("application_id"), rs.getString("task_key"), rs.getString("reviewer"),
                rs.getString("decision"), rs.getString("reason"), rs.getString("tier"),
                rs.getTimestamp("decided_at").toInstant());
    }
}
