package com.platform.onboarding.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

/** Business days are Monday to Friday in the business zone; a deadline keeps the time of day it was set at. */
public final class BusinessCalendar {

    private final ZoneId zone;

    public BusinessCalendar(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Counts only days that land on a weekday: Friday 10:00 plus two is Tuesday 10:00, and so is Saturday 10:00 plus
     * two, since neither Saturday nor Sunday counts.
     */
    public Instant plusBusinessDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Business days cannot be negative: " + days);
        }
        var at = start.atZone(zone);
        int counted = 0;
        while (counted < days) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return at.toInstant();
    }
}
