package com.platform.onboarding.deadline;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.Effective;
import com.platform.onboarding.rules.EffectiveValues;
import com.platform.onboarding.rules.Rule;
import com.platform.onboarding.rules.RuleSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * How long merchants and reviewers have, counted from the moment a task or a payment becomes due, with the durations
 * in force on that moment's business day.
 */
@Service
public class DeadlinePolicy implements RuleSource {

    private final EffectiveValues<Duration> merchantReminder;
    private final EffectiveValues<Duration> merchantLapse;
    private final EffectiveValues<Integer> reviewSla;
    private final int escalatedPriority;
    private final ZoneId businessZone;
    private final WorkingCalendar calendar;

    DeadlinePolicy(OnboardingProperties properties, WorkingCalendar calendar) {
        var settings = properties.deadlines();
        this.merchantReminder = new EffectiveValues<>(settings.merchantReminder());
        this.merchantLapse = new EffectiveValues<>(settings.merchantLapse());
        this.reviewSla = new EffectiveValues<>(settings.reviewSlaBusinessDays());
        this.escalatedPriority = settings.escalatedPriority();
        this.businessZone = properties.businessZone();
        this.calendar = calendar;
        // Checked on every day either figure changes, so that no scheduled pair reminds after the lapse.
        var changes = new TreeSet<LocalDate>();
        settings.merchantReminder().forEach(value -> changes.add(value.effectiveFrom()));
        settings.merchantLapse().forEach(value -> changes.add(value.effectiveFrom()));
        for (LocalDate day : changes) {
            var reminder = merchantReminder.inForceOn(day);
            var lapse = merchantLapse.inForceOn(day);
            if (reminder.isPresent() && lapse.isPresent()
                    && !reminder.get().value().minus(lapse.get().value()).isNegative()) {
                throw new IllegalArgumentException("onboarding.deadlines.merchant-reminder (" + reminder.get().value()
                        + ") must come before merchant-lapse (" + lapse.get().value() + ") from " + day
                        + ", or nobody is reminded");
            }
        }
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                new Rule("deadlines.merchant-reminder", "商家待办提醒时间", "Merchant reminder after", "duration",
                        merchantReminder),
                new Rule("deadlines.merchant-lapse", "商家待办失效时间", "Application lapses after", "duration",
                        merchantLapse),
                new Rule("deadlines.review-sla-business-days", "审核时限（工作日）", "Review SLA", "business days",
                        reviewSla));
    }

    /** The reminder in force on the business day of {@code now}, for a step that becomes due then. */
    public Duration merchantReminder(Instant now) {
        return merchantReminder.on(day(now));
    }

    public Duration merchantLapse(Instant now) {
        return merchantLapse.on(day(now));
    }

    /** When a merchant task or a deposit that becomes due now lapses the application. */
    public Instant merchantDue(Instant now) {
        return now.plus(merchantLapse(now));
    }

    /** Working days as China counts them: public holidays skipped, make-up weekend days counted. */
    public Instant reviewDue(Instant now) {
        return calendar.plusWorkingDays(now, reviewSla.on(day(now)));
    }

    /** Raised, never lowered: a task ops already pushed higher stays where it is. */
    public int escalatedPriority(int current) {
        return Math.max(current, escalatedPriority);
    }

    private LocalDate day(Instant now) {
        return LocalDate.ofInstant(now, businessZone);
    }
}
