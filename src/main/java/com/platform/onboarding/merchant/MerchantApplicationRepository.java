package com.platform.onboarding.merchant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The applications' table. Public for registration (merchant.registration) to insert a new one; every later change
 * goes through {@link #change}, inside this package.
 * <p>
 * Within one transaction the record is read from the table once: one step of an onboarding asks for it many times
 * (the task's subject, the check's category, the e-mail's address, ...), up to 25 reads per onboarding. The
 * transaction keeps what it read, locked or wrote last; every change is made here and updates it, and a lock always
 * reads the table (it must see what others committed). Outside a transaction each call reads the table.
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
        remember(a);
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
        remember(before);
        var after = transition.apply(before);
        if (!after.equals(before)) {
            save(after);
            remember(after);
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
    Optional<MerchantApplication> lock(String applicationId) {
        var locked = jdbc.sql("select * from merchant_application where application_id = ? for update")
                .param(applicationId).query(MerchantApplicationRepository::map).optional();
        locked.ifPresent(this::remember);
        return locked;
    }

    Optional<MerchantApplication> find(String applicationId) {
        var read = readInThisTransaction();
        if (read != null && read.containsKey(applicationId)) {
            return Optional.of(read.get(applicationId));
        }
        var found = jdbc.sql("select * from merchant_application where application_id = ?").param(applicationId)
                .query(MerchantApplicationRepository::map).optional();
        found.ifPresent(this::remember);
        return found;
    }

    private void remember(MerchantApplication application) {
        var read = readInThisTransaction();
        if (read != null) {
            read.put(application.applicationId(), application);
        }
    }

    /** The records this transaction read, or null outside a transaction. */
    private Map<String, MerchantApplication> readInThisTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        // Kept as a synchronization of the transaction, so that one started inside it (REQUIRES_NEW) has its own.
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof ReadInTransaction read && read.repository == this) {
                return read.records;
            }
        }
        var read = new ReadInTransaction(this);
        TransactionSynchronizationManager.registerSynchronization(read);
        return read.records;
    }

    /** Equal only to itself: the transaction holds it in a set while its records change. */
    private static final class ReadInTransaction implements TransactionSynchronization {
        final MerchantApplicationRepository repository;
        final Map<String, MerchantApplication> records = new HashMap<>();

        ReadInTransaction(MerchantApplicationRepository repository) {
            this.repository = repository;
        }
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
        return find(applicationId).map(MerchantApplication::category);
    }

    Optional<String> findUsername(String applicationId) {
        return find(applicationId).map(MerchantApplication::username);
    }
}
