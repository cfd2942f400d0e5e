package com.platform.onboarding.deadline;

import com.platform.onboarding.OnboardingProperties;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** How long merchants and reviewers have, counted from the moment a task or a payment becomes due. */
@Service
public class DeadlinePolicy {

    private final OnboardingProperties.Deadlines settings;
    private final WorkingCalendar calendar;

    DeadlinePolicy(OnboardingProperties properties, WorkingCalendar calendar) {
        this.settings = properties.deadlines();
        this.calendar = calendar;
        if (!settings.merchantReminder().minus(settings.merchantLapse()).isNegative()) {
            throw new IllegalArgumentException("onboarding.deadlines.merchant-reminder (" + settings.merchantReminder()
                    + ") must come before merchant-lapse (" + settings.merchantLapse() + "), or nobody is reminded");
        }
    }

    public Duration merchantReminder() {
        return settings.merchantReminder();
    }

    public Duration merchantLapse() {
        return settings.merchantLapse();
    }

    /** When a merchant task or a deposit that becomes due now lapses the application. */
    public Instant merchantDue(Instant now) {
        return now.plus(settings.merchantLapse());
    }

    /** Working days as China counts them: public holidays skipped, make-up weekend days counted. */
    public Instant reviewDue(Instant now) {
        return calendar.plusWorkingDays(now, settings.reviewSlaBusinessDays());
    }

    /** Raised, never lowered: a task ops already pushed higher stays where it is. */
    public int escalatedPriority(int current) {
        return Math.max(current, settings.escalatedPriority());
    }
}
