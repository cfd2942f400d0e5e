package com.platform.onboarding.rules;

import com.platform.onboarding.Effective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The history of one configurable figure: every value with the day it takes effect, past and scheduled. Ops change a
 * figure by adding a value from a date on, never by rewriting one, so a check judged on any day can be replayed with
 * the value it used.
 */
public final class EffectiveValues<T> {

    private final List<Effective<T>> byDate;

    public EffectiveValues(List<Effective<T>> values) {
        var sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(Effective::effectiveFrom));
        var dates = new HashSet<LocalDate>();
        for (Effective<T> value : sorted) {
            if (!dates.add(value.effectiveFrom())) {
                throw new IllegalArgumentException("Two values take effect on " + value.effectiveFrom()
                        + "; which one is in force would be a guess");
            }
        }
        this.byDate = List.copyOf(sorted);
    }

    /** The value in force on the day, with the day it took effect; empty before the first one. */
    public Optional<Effective<T>> inForceOn(LocalDate day) {
        Effective<T> inForce = null;
        for (Effective<T> value : byDate) {
            if (value.effectiveFrom().isAfter(day)) {
                break;
            }
            inForce = value;
        }
        return Optional.ofNullable(inForce);
    }

    /** The value in force on the day; a day before the first value is a configuration gap, refused by name. */
    public T on(LocalDate day) {
        return inForceOn(day).orElseThrow(() -> new NoValueInForce(day)).value();
    }

    /** Values that take effect after the day, soonest first: the changes scheduled. */
    public List<Effective<T>> scheduledAfter(LocalDate day) {
        return byDate.stream().filter(value -> value.effectiveFrom().isAfter(day)).toList();
    }

    public List<Effective<T>> history() {
        return byDate;
    }

    public boolean isEmpty() {
        return byDate.isEmpty();
    }

    /** A check asked for a figure on a day before any value of it took effect. */
    public static final class NoValueInForce extends IllegalStateException {
        NoValueInForce(LocalDate day) {
            super("No value is in force on " + day + ": add one that takes effect on or before that day");
        }
    }
}
