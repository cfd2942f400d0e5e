package com.platform.onboarding.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days as China counts them, in the business zone: Monday to Friday, except the public holidays of the year's
 * calendar, plus the weekend days that calendar makes working days (调休). A year without a calendar falls back to
 * Monday to Friday, so that a due date is always computed; {@link #missingYears} lets ops see it before it matters.
 * A deadline keeps the time of day it was set at.
 */
public final class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private final ZoneId zone;
    private final Period warnAhead;
    private final Set<Integer> years = new TreeSet<>();
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> makeUpWorkingDays = new HashSet<>();
    /** Warned once per year and node, not on every task: the log would drown otherwise. */
    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

    /** @param warnAhead how long before a year begins its missing calendar counts as missing (ops need the time) */
    WorkingCalendar(ZoneId zone, Period warnAhead, Collection<CalendarYear> years) {
        this.zone = zone;
        this.warnAhead = warnAhead;
        for (var year : years) {
            if (!this.years.add(year.year())) {
                throw new IllegalArgumentException("Two working-day calendars for " + year.year());
            }
            holidays.addAll(year.holidays());
            makeUpWorkingDays.addAll(year.makeUpWorkingDays());
        }
    }

    /**
     * Counts only working days: Friday 10:00 plus two is Tuesday 10:00, and so is Saturday 10:00 plus two; across the
     * National Day week the seven days off do not count, and a make-up Saturday does.
     */
    public Instant plusWorkingDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days cannot be negative: " + days);
        }
        var at = start.atZone(zone);
        int counted = 0;
        while (counted < days) {
            at = at.plusDays(1);
            if (isWorkingDay(at.toLocalDate())) {
                counted++;
            }
        }
        return at.toInstant();
    }

    public boolean isWorkingDay(LocalDate day) {
        // Dates first: a December make-up Saturday may come with the next year's calendar.
        if (makeUpWorkingDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        if (!years.contains(day.getYear()) && warned.add(day.getYear())) {
            log.warn("No working-day calendar for {}: counting Monday to Friday, without public holidays, until ops add "
                    + "calendar/cn-{}.yaml (docs/operations.md)", day.getYear(), day.getYear());
        }
        return isWeekday(day);
    }

    /** The years that have a calendar, in order. */
    public List<Integer> years() {
        return List.copyOf(years);
    }

    /**
     * Of the current year and the year {@code onboarding.working-calendar.warn-ahead} from now, those without a
     * calendar: due dates in them would count public holidays as working days. Public for the rules overview and health.
     */
    public List<Integer> missingYears(Instant now) {
        var today = now.atZone(zone).toLocalDate();
        return Stream.of(today.getYear(), today.plus(warnAhead).getYear()).distinct()
                .filter(year -> !years.contains(year)).toList();
    }

    static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
