package com.platform.onboarding.deadline;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year's arrangement as the State Council publishes it: the days off on weekdays and the weekend days worked
 * instead. A make-up day may fall in a neighbouring year (a December Saturday worked for New Year's Day), so the
 * dates are not bound to {@code year}; a weekend holiday changes nothing and may be listed all the same.
 */
record CalendarYear(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {

    CalendarYear {
        holidays = Set.copyOf(holidays);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
        for (var day : makeUpWorkingDays) {
            if (WorkingCalendar.isWeekday(day)) {
                throw new IllegalArgumentException(year + ": make-up working day " + day + " is a " + day.getDayOfWeek()
                        + ", a working day anyway; a make-up day is a Saturday or a Sunday");
            }
            if (holidays.contains(day)) {
                throw new IllegalArgumentException(year + ": " + day + " is both a holiday and a make-up working day");
            }
        }
    }
}
