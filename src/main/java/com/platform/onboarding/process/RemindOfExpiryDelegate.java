package com.platform.onboarding.process;

import com.platform.onboarding.merchant.QualificationOutcomes;
import com.platform.onboarding.process.QualificationExpiryWatch.Variables;
import com.platform.onboarding.qualification.ExpiryReminders;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class RemindOfExpiryDelegate implements JavaDelegate {

    private final QualificationOutcomes outcomes;
    private final ExpiryReminders reminders;
    private final Clock clock;

    RemindOfExpiryDelegate(QualificationOutcomes outcomes, ExpiryReminders reminders, Clock clock) {
        this.outcomes = outcomes;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var now = Date.from(clock.instant());
        outcomes.remind(execution.getProcessBusinessKey(), (String) execution.getVariable(Variables.QUALIFICATION_TYPE),
                reminders.businessDay(now.toInstant()));
        // The next reminder is the first one after this: a timer that fired late never sends two at once.
        execution.setVariable(Variables.LAST_REMINDER_AT, now);
    }
}
