package com.platform.onboarding.deadline;

import java.time.Clock;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Component "workingDays": WARN while the current year, or the year a due date may soon reach, has no calendar. Not
 * DOWN: due dates are still computed (Monday to Friday), and the overall status ignores a status it does not rank,
 * so no probe takes the node out for it. The description names the years, the details are hidden like all others.
 */
@Component("workingDaysHealthIndicator")
class WorkingDaysHealth implements HealthIndicator {

    private final WorkingCalendar calendar;
    private final Clock clock;

    WorkingDaysHealth(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Health health() {
        var missing = calendar.missingYears(clock.instant());
        if (missing.isEmpty()) {
            return Health.up().withDetail("years", calendar.years()).build();
        }
        return Health.status(new Status("WARN", "No working-day calendar for " + missing
                + ": public holidays there count as working days / 缺少该年度工作日历，节假日按工作日计"))
                .withDetail("missingYears", missing).withDetail("years", calendar.years()).build();
    }
}
