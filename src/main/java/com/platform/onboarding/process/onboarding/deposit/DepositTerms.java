package com.platform.onboarding.process.onboarding.deposit;

import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import com.platform.onboarding.process.onboarding.MerchantOnboarding;
import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/**
 * What a merchant owes as deposit, for the status and its {@code due} list: the amount recorded in our own table
 * when the category-deposit decision made it (no completion reaches it there), and the ledger's payments.
 */
@Component
public class DepositTerms {

    public record Deposit(BigDecimal required, BigDecimal paid, BigDecimal outstanding, String currency, String reference) {}

    private final HistoryService historyService;
    private final Deposits deposits;

    DepositTerms(HistoryService historyService, Deposits deposits) {
        this.historyService = historyService;
        this.deposits = deposits;
    }

    /** Null until the decision has set it (before the review approves). */
    public BigDecimal required(String applicationId) {
        return deposits.required(applicationId).orElse(null);
    }

    /** When an unpaid deposit lapses the application; null before the deposit is asked for. */
    public Date dueAt(String applicationId) {
        return latest(applicationId, Variables.DEPOSIT_DUE_AT) instanceof Date d ? d : null;
    }

    /** The reference a merchant quotes when paying is the application id: the payment system correlates by it. */
    public Deposit of(String applicationId) {
        var required = required(applicationId);
        var paid = deposits.paidSoFar(applicationId);
        var outstanding = required == null ? null : required.subtract(paid).max(BigDecimal.ZERO);
        return new Deposit(required, paid, outstanding, "CNY", applicationId);
    }

    private Object latest(String applicationId, String name) {
        var instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey(MerchantOnboarding.PROCESS_KEY).orderByProcessInstanceStartTime().desc()
                .listPage(0, 1);
        if (instance.isEmpty()) {
            return null;
        }
        var variable = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.get(0).getId())
                .variableName(name).listPage(0, 1);
        return variable.isEmpty() ? null : variable.get(0).getValue();
    }
}
