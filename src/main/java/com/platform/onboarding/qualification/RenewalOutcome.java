package com.platform.onboarding.qualification;

import java.time.LocalDate;
import java.util.List;

/** {@code validUntil} is the day in force afterwards: the new one when accepted, the old one when refused. */
public record RenewalOutcome(List<QualificationIssue> issues, LocalDate validUntil) {

    public boolean accepted() {
        return issues.isEmpty();
    }
}
