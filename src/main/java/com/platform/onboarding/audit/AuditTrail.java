package com.platform.onboarding.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail. It has an insert and reads, and deliberately nothing else: no event is ever updated or
 * deleted by the product. Appending joins the caller's transaction, so an event that rolls back leaves no entry
 * and an entry never outlives its event.
 */
@Service
public class AuditTrail {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records one event; {@code actor} is who did it (empty for the platform's own automatic steps). */
    @Transactional
    public void append(String applicationId, AuditKind kind, String actor, Map<String, ?> details) {
        String text;
        try {
            text = json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("""
                insert into audit_event (application_id, occurred_at, kind, actor, details) values (?, ?, ?, ?, ?)""")
                .params(applicationId, Timestamp.from(clock.instant()), kind.name(), actor, text).update();
    }

    /** The application's events in the order they happened. */
    public List<AuditEvent> of(String applicationId) {
        return jdbc.sql("select * from audit_event where application_id = ? order by id").param(applicationId)
                .query((rs, row) -> new AuditEvent(rs.getTimestamp("occurred_at").toInstant(),
                        AuditKind.valueOf(rs.getString("kind")), rs.getString("actor"), parse(rs.getString("details"))))
                .list();
    }

    private Map<String, Object> parse(String text) {
        try {
            return json.readValue(text, DETAILS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hash a document is recorded and verified by, as lowercase hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
