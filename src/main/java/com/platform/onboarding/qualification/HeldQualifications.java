package com.platform.onboarding.qualification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The record of what an active merchant holds: what the expiry watch, the status API and ops read. A renewal is
 * judged by the same rules as at onboarding, on the caller's business day, and recorded only when accepted.
 */
@Service
public class HeldQualifications {

    private final JdbcClient jdbc;
    private final QualificationRules rules;

    HeldQualifications(JdbcClient jdbc, QualificationRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    public void hold(HeldQualification q) {
        jdbc.sql("""
                insert into held_qualification (application_id, qualification_type, holder_name, licence_number,
                    categories, valid_from, valid_until, suspended)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(q.applicationId(), q.type(), q.holderName(), q.number(), String.join(",", q.categories()),
                date(q.validFrom()), date(q.validUntil()), q.suspended()).update();
    }

    public Optional<HeldQualification> find(String applicationId, String type) {
        return jdbc.sql("select * from held_qualification where application_id = ? and qualification_type = ?")
                .params(applicationId, type).query(HeldQualifications::map).optional();
    }

    public HeldQualification get(String applicationId, String type) {
        return find(applicationId, type).orElseThrow(() -> new IllegalStateException(
                "Application " + applicationId + " holds no " + type));
    }

    public List<HeldQualification> of(String applicationId) {
        return jdbc.sql("select * from held_qualification where application_id = ? order by qualification_type")
                .param(applicationId).query(HeldQualifications::map).list();
    }

    /** Last valid day within {@code days} of today, those already expired included; soonest first. */
    public List<HeldQualification> expiring(int days, LocalDate today) {
        return jdbc.sql("select * from held_qualification where valid_until <= ? order by valid_until, application_id")
                .param(date(today.plusDays(days))).query(HeldQualifications::map).list();
    }

    public void markSuspended(String applicationId, String type, boolean suspended) {
        jdbc.sql("update held_qualification set suspended = ? where application_id = ? and qualification_type = ?")
                .params(suspended, applicationId, type).update();
    }

    public boolean anySuspended(String applicationId) {
        return jdbc.sql("select count(*) from held_qualification where application_id = ? and suspended")
                .param(applicationId).query(Long.class).single() > 0;
    }

    /**
     * Judges the renewal as the held qualification with what was sent laid over it, for the merchant's category on
     * {@code today}; records it when accepted. The suspension flag is left to whoever lifts it.
     */
    public RenewalOutcome renew(String applicationId, String type, Renewal renewal, String category, LocalDate today,
            Instant at) {
        var held = get(applicationId, type);
        var submitted = new Qualification(type,
                present(renewal.holderName()) ? renewal.holderName() : held.holderName(),
                present(renewal.number()) ? renewal.number() : held.number(),
                renewal.categories() == null || renewal.categories().isEmpty() ? held.categories() : renewal.categories(),
                renewal.validFrom() != null ? renewal.validFrom() : held.validFrom(),
                renewal.validUntil(), renewal.hasDocument());
        var issues = rules.check(List.of(type), Map.of(type, submitted), category, today);
        if (!issues.isEmpty()) {
            return new RenewalOutcome(issues, held.validUntil());
        }
        jdbc.sql("""
                update held_qualification set holder_name = ?, licence_number = ?, categories = ?, valid_from = ?,
                    valid_until = ?, renewed_at = ?
                where application_id = ? and qualification_type = ?
                """).params(submitted.holderName(), submitted.number(), String.join(",", submitted.categories()),
                date(submitted.validFrom()), date(submitted.validUntil()), Timestamp.from(at), applicationId, type)
                .update();
        return new RenewalOutcome(List.of(), submitted.validUntil());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static HeldQualification map(ResultSet rs, int row) throws SQLException {
        String categories = rs.getString("categories");
        return new HeldQualification(rs.getString("application_id"), rs.getString("qualification_type"),
                rs.getString("holder_name"), rs.getString("licence_number"),
                categories == null || categories.isEmpty() ? List.of() : Arrays.asList(categories.split(",")),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getBoolean("suspended"));
    }
}
