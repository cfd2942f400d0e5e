package com.platform.onboarding.process;

import com.platform.onboarding.qualification.ExpiryReminders;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The timers of the expiry watch, as {@code ${expiryWatchSchedule.…(validUntil, …)}}, on the engine's clock so that
 * tests and replays can move it. Public because the expression language only calls public classes.
 */
@Component("expiryWatchSchedule")
public class ExpiryWatchSchedule {

    private final ExpiryReminders reminders;
    private final Clock clock;

    ExpiryWatchSchedule(ExpiryReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    public boolean reminderLeft(String validUntil, Date lastReminderAt) {
        return reminders.next(LocalDate.parse(validUntil), lastReminderAt == null ? null : lastReminderAt.toInstant(),
                clock.instant()).isPresent();
    }

    public Date nextReminder(String validUntil, Date lastReminderAt) {
        return reminders.next(LocalDate.parse(validUntil), lastReminderAt == null ? null : lastReminderAt.toInstant(),
                clock.instant()).map(Date::from)
                .orElseThrow(() -> new IllegalStateException("No reminder left before " + validUntil));
    }

    public Date renewalWindowOpens(String validUntil) {
        return Date.from(reminders.renewalWindowOpens(LocalDate.parse(validUntil)));
    }

    public Date suspensionDue(String validUntil) {
        return Date.from(reminders.suspensionAt(LocalDate.parse(validUntil)));
    }
}
