package com.platform.onboarding.merchant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The applications' table. Public for registration (merchant.registration) to insert a new one; every later change
 * goes through {@link #change}, inside this package.
 */
@Repository
public class MerchantApplicationRepository {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MerchantApplicationRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void insert(MerchantApplication a) {
        jdbc.sql("""
                insert into merchant_application (application_id, username, merchant_name, contact_email, entity_type,
                    category, overseas_markets, factory_program, status, submitted_at)
                values (:id, :username, :name, :email, :entityType, :category, :markets, :factory, :status, :submittedAt)
                """)
                .param("id", a.applicationId())
                .param("username", a.username())
                .param("name", a.merchantName())
                .param("email", a.contactEmail())
                .param("entityType", a.entityType().name())
                .param("category", a.category())
                .param("markets", a.overseasMarkets().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("factory", a.factoryProgram())
                .param("status", a.status().name())
                .param("submittedAt", Timestamp.from(a.submittedAt()))
                .update();
    }

    /**
     * The one way a status changes: the record locked, loaded, transitioned (which refuses a status it cannot come
     * from) and saved, in the caller's transaction, which also carries {@link ApplicationChanged} (the audit trail).
     * Returns the application as it is after.
     */
    MerchantApplication change(String applicationId, UnaryOperator<MerchantApplication> transition) {
        var before = jdbc.sql("select * from merchant_application where application_id = ? for update")
                .param(applicationId).query(MerchantApplicationRepository::map).optional()
                .orElseThrow(() -> new IllegalStateException("No merchant application " + applicationId));
        var after = transition.apply(before);
        if (!after.equals(before)) {
            save(after);
            events.publishEvent(new ApplicationChanged(before, after));
        }
        return after;
    }

    private void save(MerchantApplication a) {
        jdbc.sql("""
                update merchant_application set status = ?, status_reason = ?, overseas_markets = ?, tier = ?, tags = ?
                where application_id = ?""")
                .params(a.status().name(), a.statusReason(),
                        a.overseasMarkets().stream().map(Enum::name).collect(Collectors.joining(",")), a.tier(),
                        a.tags().isEmpty() ? null : String.join(",", a.tags()), a.applicationId())
                .update();
    }

    /** Holds the record until the caller's transaction ends, so that decisions read from it are not raced. */
    void lock(String applicationId) {
        jdbc.sql("select application_id from merchant_application where application_id = ? for update")
                .param(applicationId).query(String.class).optional();
    }

    Optional<MerchantApplication> find(String applicationId) {
        return jdbc.sql("select * from merchant_application where application_id = ?").param(applicationId)
                .query(MerchantApplicationRepository::map).optional();
    }

    List<MerchantApplication> findByUsername(String username) {
        return jdbc.sql("select * from merchant_application where username = ? order by submitted_at desc")
                .param(username).query(MerchantApplicationRepository::map).list();
    }

    private static MerchantApplication map(ResultSet rs, int row) throws SQLException {
        var markets = EnumSet.noneOf(Market.class);
        Arrays.stream(rs.getString("overseas_markets").split(",")).filter(m -> !m.isEmpty()).map(Market::valueOf)
                .forEach(markets::add);
        return new MerchantApplication(rs.getString("application_id"), rs.getString("username"),
                rs.getString("merchant_name"), rs.getString("contact_email"), EntityType.valueOf(rs.getString("entity_type")),
                rs.getString("category"), markets, rs.getBoolean("factory_program"),
                ApplicationStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getString("tier"), rs.getString("tags") == null ? List.of() : List.of(rs.getString("tags").split(",")),
                rs.getTimestamp("submitted_at").toInstant());
    }

    long countWithStatus(ApplicationStatus status) {
        return jdbc.sql("select count(*) from merchant_application where status = ?").param(status.name())
                .query(Long.class).single();
    }

    Optional<String> findCategory(String applicationId) {
        return jdbc.sql("select category from merchant_application where application_id = ?")
                .param(applicationId).query(String.class).optional();
    }

    Optional<String> findUsername(String applicationId) {
        return jdbc.sql("select username from merchant_application where application_id = ?")
                .param(applicationId).query(String.class).optional();
    }
}
