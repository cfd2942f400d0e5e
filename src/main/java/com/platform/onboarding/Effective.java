package com.platform.onboarding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a rule and the business day it takes effect: in force from that day until the day the next value of
 * the same rule takes effect. Bound from configuration rows {@code { effective-from: 2025-03-22, value: 30 }}. Beside
 * the settings it shapes (OnboardingProperties), so that the settings depend on no module: rules reads them too.
 */
public record Effective<T>(LocalDate effectiveFrom, T value) {

    public Effective {
        Objects.requireNonNull(effectiveFrom, "effective-from");
        Objects.requireNonNull(value, "value");
    }
}
