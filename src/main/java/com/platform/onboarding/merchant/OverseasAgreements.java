package com.platform.onboarding.merchant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a merchant agreed to in the overseas agreement, recorded when it was checked, in the completion's transaction.
 * Whatever comes later (activation, the status page) reads it here: a process variable could be written again.
 */
@Service
public class OverseasAgreements {

    public record Agreement(boolean accepted, Integer committedShippingDays, Instant checkedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    OverseasAgreements(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String applicationId, boolean accepted, Integer committedShippingDays) {
        jdbc.sql("insert into overseas_agreement (application_id, accepted, committed_shipping_days, checked_at) values (?, ?, ?, ?)")
                .params(applicationId, accepted, committedShippingDays, Timestamp.from(clock.instant())).update();
    }

    /** The agreement as last checked; none when the merchant was never asked (no overseas plan). */
    public Optional<Agreement> of(String applicationId) {
        return jdbc.sql("""
                select accepted, committed_shipping_days, checked_at from overseas_agreement
                where application_id = ? order by id desc fetch first 1 rows only""")
                .param(applicationId)
                .query((rs, row) -> new Agreement(rs.getBoolean("accepted"),
                        (Integer) rs.getObject("committed_shipping_days", Integer.class),
                        rs.getTimestamp("checked_at").toInstant()))
                .optional();
    }

    public boolean accepted(String applicationId) {
        return of(applicationId).map(Agreement::accepted).orElse(false);
    }
}
