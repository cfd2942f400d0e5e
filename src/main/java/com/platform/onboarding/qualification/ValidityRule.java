package com.platform.onboarding.qualification;

import java.time.LocalDate;

/** Ops change the required remaining validity by adding a rule from a date on, never by rewriting the past. */
public record ValidityRule(LocalDate effectiveFrom, int minRemainingDays) {}
