package com.platform.onboarding.deposit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category deposit (类目保证金): what an application owes, as the decision determined it, and the ledger of what
 * the payment system paid. Both live in our tables, and everything that decides reads them here: a process variable
 * can be written by whoever reaches the engine, these rows only by our code.
 */
@Service
public class Deposits {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Deposits(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The deposit the category-deposit decision determined; determined again on a later round, the last one holds. */
    @Transactional
    public void require(String applicationId, BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("A required deposit is 0 or more CNY, not " + amount);
        }
        var now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update deposit_requirement set amount = ?, determined_at = ? where application_id = ?")
                .params(amount, now, applicationId).update();
        if (updated == 0) {
            jdbc.sql("insert into deposit_requirement (application_id, amount, determined_at) values (?, ?, ?)")
                    .params(applicationId, amount, now).update();
        }
    }

    /** Empty until the decision has run (the qualifications are not yet in order). */
    public Optional<BigDecimal> required(String applicationId) {
        return jdbc.sql("select amount from deposit_requirement where application_id = ?").param(applicationId)
                .query(BigDecimal.class).optional();
    }

    /** What counts towards the deposit: every payment, less the parts that go back to the payer. */
    public BigDecimal paidSoFar(String applicationId) {
        return jdbc.sql("select coalesce(sum(amount - refund), 0) from deposit_payment where application_id = ?")
                .param(applicationId).query(BigDecimal.class).single();
    }

    /** What is still to pay; nothing before the deposit was determined. */
    public BigDecimal outstanding(String applicationId) {
        var left = required(applicationId).orElse(BigDecimal.ZERO).subtract(paidSoFar(applicationId));
        return left.signum() > 0 ? left : BigDecimal.ZERO.setScale(2);
    }

    public boolean due(String applicationId) {
        return required(applicationId).map(amount -> amount.signum() > 0).orElse(false);
    }

    public boolean complete(String applicationId) {
        return required(applicationId).map(amount -> paidSoFar(applicationId).compareTo(amount) >= 0).orElse(false);
    }

    /** The payment the payment system made under this reference, for whichever application. */
    public Optional<Payment> payment(String paymentReference) {
        return jdbc.sql("select * from deposit_payment where payment_reference = ?").param(paymentReference)
                .query(Deposits::map).optional();
    }

    /** The application's ledger, in the order the payments came. */
    public List<Payment> ledger(String applicationId) {
        return jdbc.sql("select * from deposit_payment where application_id = ? order by received_at")
                .param(applicationId).query(Deposits::map).list();
    }

    /**
     * Adds a payment to the ledger, and publishes it (the audit trail records it in the same transaction). Callers hold the application's record locked and have looked for the reference
     * first, so the primary key only meets a reference reused for another application at the very same moment; then
     * the insert fails and the caller's transaction with it (on PostgreSQL a failed statement spoils the whole
     * transaction, so it is not caught here).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Payment payment) {
        jdbc.sql("""
                insert into deposit_payment (application_id, payment_reference, amount, refund, outstanding, received_at)
                values (?, ?, ?, ?, ?, ?)
                """).params(payment.applicationId(), payment.paymentReference(), payment.amount(), payment.refund(),
                payment.outstanding(), Timestamp.from(clock.instant())).update();
        events.publishEvent(payment);
    }

    private static Payment map(ResultSet rs, int row) throws SQLException {
        return new Payment(rs.getString("application_id"), rs.getString("payment_reference"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("refund"), rs.getBigDecimal("outstanding"));
    }
}
