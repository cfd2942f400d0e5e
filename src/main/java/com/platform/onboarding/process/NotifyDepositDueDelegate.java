package com.platform.onboarding.process;

import com.platform.onboarding.deadline.DeadlinePolicy;
import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.merchant.MerchantNotices;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the deposit's deadline, which the lapse timer of collect-deposit reads, and tells the merchant both. */
@Component
class NotifyDepositDueDelegate implements JavaDelegate {

    private final DeadlinePolicy deadlines;
    private final MerchantNotices notices;
    private final Deposits deposits;
    private final Clock clock;

    NotifyDepositDueDelegate(DeadlinePolicy deadlines, MerchantNotices notices, Deposits deposits, Clock clock) {
        this.deadlines = deadlines;
        this.notices = notices;
        this.deposits = deposits;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var due = deadlines.merchantDue(clock.instant());
        execution.setVariable(Variables.DEPOSIT_DUE_AT, Date.from(due));
        String applicationId = execution.getProcessBusinessKey();
        notices.depositDue(applicationId, deposits.required(applicationId).orElseThrow().stripTrailingZeros(), due);
    }
}
