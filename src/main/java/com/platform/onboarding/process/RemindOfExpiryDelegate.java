package com.platform.onboarding.process;

import com.platform.onboarding.merchant.QualificationOutcomes;
import com.platform.onboarding.process.QualificationExpiryWatch.Variables;
import com.platform.onboarding.qualification.ExpiryReminders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

@Component
class RemindOfExpiryDelegate implements JavaDelegate {

    private final QualificationOutcomes outcomes;
    private final ExpiryReminders reminders;

    RemindOfExpiryDelegate(QualificationOutcomes outcomes, ExpiryReminders reminders) {
        this.outcomes = outcomes;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var now = ClockUtil.getCurrentTime();
        outcomes.remind(execution.getProcessBusinessKey(), (String) execution.getVariable(Variables.QUALIFICATION_TYPE),
                reminders.businessDay(now.toInstant()));
        // The next reminder is the first one after this: a timer that fired late never sends two at once.
        execution.setVariable(Variables.LAST_REMINDER_AT, now);
    }
}
