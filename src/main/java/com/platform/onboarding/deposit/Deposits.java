package com.platform.onboarding.deposit;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category deposit (类目保证金) a merchant pays in parts. The payment system may send a payment again (retries,
 * at-least-once delivery): a reference counts once, so the total never grows twice for one payment.
 */
@Service
public class Deposits {

    private final JdbcClient jdbc;

    Deposits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the payment unless its reference was seen before, and answers the total paid so far. */
    @Transactional(propagation = Propagation.MANDATORY)
    public BigDecimal record(String applicationId, String paymentReference, BigDecimal amount) {
        if (paymentReference == null || paymentReference.isBlank()) {
            throw new IllegalArgumentException("A payment needs its paymentReference");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A payment needs a positive paidAmount, not " + amount);
        }
        // Not insert-and-catch: on PostgreSQL a failed statement spoils the engine's whole transaction. Two copies of
        // one payment at the very same moment still meet the primary key; one fails and is sent again by its sender.
        jdbc.sql("""
                insert into deposit_payment (application_id, payment_reference, amount, received_at)
                select ?, ?, ?, ? where not exists
                  (select 1 from deposit_payment where application_id = ? and payment_reference = ?)
                """).params(applicationId, paymentReference, amount, Timestamp.from(Instant.now()), applicationId,
                paymentReference).update();
        return paidSoFar(applicationId);
    }

    public BigDecimal paidSoFar(String applicationId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from deposit_payment where application_id = ?")
                .param(applicationId).query(BigDecimal.class).single();
    }
}
