package com.platform.onboarding.deadline;

import com.platform.onboarding.rules.RuleWarnings;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** The review SLA counts working days: a year without its calendar is a warning on GET /api/rules, as in health. */
@Component
class WorkingCalendarWarnings implements RuleWarnings {

    private final WorkingCalendar calendar;
    private final Clock clock;

    WorkingCalendarWarnings(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<Warning> warnings() {
        return calendar.missingYears(clock.instant()).stream().map(year -> new Warning("WORKING_CALENDAR_MISSING",
                year + " 年缺少工作日历：审核时限将把法定节假日算作工作日，请运维补充 cn-" + year + ".yaml。",
                "No working-day calendar for " + year + ": review SLAs would count its public holidays as working days;"
                        + " ops add cn-" + year + ".yaml.")).toList();
    }
}
