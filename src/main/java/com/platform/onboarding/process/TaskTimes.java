package com.platform.onboarding.process;

import com.platform.onboarding.OnboardingProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Days left before a deadline, counted in business days of the platform's zone on the engine's clock. */
@Component
class TaskTimes {

    private final ZoneId businessZone;
    private final Clock clock;

    TaskTimes(OnboardingProperties properties, Clock clock) {
        this.businessZone = properties.businessZone();
        this.clock = clock;
    }

    /** 0 on the last day, negative once it has passed; null without a deadline. */
    Long daysLeft(Date due) {
        if (due == null) {
            return null;
        }
        var today = LocalDate.ofInstant(clock.instant(), businessZone);
        // getTime(), not toInstant(): a java.sql.Date (a date column read back) refuses toInstant().
        return ChronoUnit.DAYS.between(today, LocalDate.ofInstant(Instant.ofEpochMilli(due.getTime()), businessZone));
    }

    Long daysLeft(LocalDate lastDay) {
        return lastDay == null ? null : daysLeft(Date.from(lastDay.atStartOfDay(businessZone).toInstant()));
    }

    /** A day as a point in time: its start in the business zone. */
    Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(businessZone).toInstant());
    }

    String date(Date date) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(date.getTime()), businessZone).toString();
    }

    /** Task names read "English 中文": the Chinese starts at the first Han character. */
    static String[] names(String name) {
        if (name == null) {
            return new String[] {null, null};
        }
        int han = 0;
        while (han < name.length()
                && Character.UnicodeScript.of(name.codePointAt(han)) != Character.UnicodeScript.HAN) {
            han += Character.charCount(name.codePointAt(han));
        }
        if (han == name.length()) {
            return new String[] {name.strip(), name.strip()};
        }
        return new String[] {name.substring(han).strip(), name.substring(0, han).strip()};
    }
}
