package com.platform.onboarding.qualification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When the expiry watch acts, counted in business days of the business zone. A qualification is in force on its
 * last valid day, so the store is suspended at the start of the day after it; a reminder {@code n} days ahead is
 * due at the start of the day {@code validUntil − n}; the longest offset also opens the renewal window.
 */
public final class ExpiryReminders {

    private final List<Long> offsetDays;
    private final ZoneId zone;

    /** @param offsets whole days before the last valid day, in any order */
    public ExpiryReminders(List<Duration> offsets, ZoneId zone) {
        if (offsets.isEmpty()) {
            throw new IllegalArgumentException("At least one expiry reminder is needed: the first opens the renewal task");
        }
        for (Duration offset : offsets) {
            if (offset.isNegative() || offset.isZero() || !offset.equals(Duration.ofDays(offset.toDays()))) {
                throw new IllegalArgumentException("An expiry reminder is a positive number of whole days, not " + offset);
            }
        }
        this.offsetDays = offsets.stream().map(Duration::toDays).distinct().sorted(Comparator.reverseOrder()).toList();
        this.zone = zone;
    }

    public LocalDate businessDay(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    public long daysLeft(LocalDate validUntil, LocalDate today) {
        return ChronoUnit.DAYS.between(today, validUntil);
    }

    /** The first moment the qualification is no longer in force. */
    public Instant suspensionAt(LocalDate validUntil) {
        return validUntil.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The first (longest) reminder's moment: from then on the merchant has a renewal task. */
    public Instant renewalWindowOpens(LocalDate validUntil) {
        return validUntil.minusDays(offsetDays.get(0)).atStartOfDay(zone).toInstant();
    }

    /** Earliest first. */
    public List<Instant> reminders(LocalDate validUntil) {
        return offsetDays.stream().map(days -> validUntil.minusDays(days).atStartOfDay(zone).toInstant()).toList();
    }

    /**
     * The moment of the next reminder. After a reminder ({@code lastReminder} set), the first one strictly after it.
     * Before any ({@code lastReminder} null, a watch just started): when reminders are already overdue and the
     * qualification is still in force, one at once for all of them; else the first one ahead. Empty when none is
     * left.
     */
    public Optional<Instant> next(LocalDate validUntil, Instant lastReminder, Instant now) {
        var reminders = reminders(validUntil);
        if (lastReminder != null) {
            return reminders.stream().filter(r -> r.isAfter(lastReminder)).findFirst();
        }
        boolean overdue = reminders.stream().anyMatch(r -> !r.isAfter(now));
        if (overdue && now.isBefore(suspensionAt(validUntil))) {
            return Optional.of(now);
        }
        return reminders.stream().filter(r -> r.isAfter(now)).findFirst();
    }
}
