package com.platform.onboarding.process.onboarding.deposit;

import com.platform.onboarding.deposit.Deposits;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * What the model's deposit gateways ask, answered from our tables (the deposit the decision determined, the ledger)
 * and never from a variable: {@code ${depositChecks.due(execution.processBusinessKey)}}. Public because the
 * expression language only calls public classes.
 */
@Component("depositChecks")
public class DepositChecks {

    private final Deposits deposits;

    DepositChecks(Deposits deposits) {
        this.deposits = deposits;
    }

    /** The deposit the decision determined, for the four-eyes gateway; null before it ran. */
    public BigDecimal required(String applicationId) {
        return deposits.required(applicationId).orElse(null);
    }

    public boolean due(String applicationId) {
        return deposits.due(applicationId);
    }

    public boolean complete(String applicationId) {
        return deposits.complete(applicationId);
    }

    /** Anything paid towards the deposit, which a withdrawal or a lapse sends back. */
    public boolean anyPaid(String applicationId) {
        return deposits.paidSoFar(applicationId).signum() > 0;
    }
}
