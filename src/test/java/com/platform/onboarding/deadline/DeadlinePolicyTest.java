package com.platform.onboarding.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.Effective;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    static final LocalDate SINCE = LocalDate.of(2025, 3, 22);
    static final WorkingCalendar CALENDAR = new WorkingCalendar(ZoneId.of("Asia/Shanghai"), Period.ofDays(60),
            CalendarFiles.load(null));

    private static DeadlinePolicy policy(Duration reminder, Duration lapse) {
        return new DeadlinePolicy(new OnboardingProperties(ZoneId.of("Asia/Shanghai"), null, null, null, null, 20000, false,
                null, null, null, "ops@example.com", new OnboardingProperties.Deadlines(
                List.of(new Effective<>(SINCE, reminder)), List.of(new Effective<>(SINCE, lapse)),
                List.of(new Effective<>(SINCE, 2)), 90), null), CALENDAR);
    }

    @Test
    void aMerchantDeadlineIsCountedFromWhenTheStepBecameDue() {
        var policy = policy(Duration.ofDays(3), Duration.ofDays(14));

        assertThat(policy.merchantDue(Instant.parse("2026-06-01T04:00:00Z"))).isEqualTo(Instant.parse("2026-06-15T04:00:00Z"));
        assertThat(policy.reviewDue(Instant.parse("2026-06-05T04:00:00Z"))).isEqualTo(Instant.parse("2026-06-09T04:00:00Z"));
    }

    @Test
    void aReviewSlaCountsWorkingDaysAsChinaDoes() {
        var policy = policy(Duration.ofDays(3), Duration.ofDays(14));

        assertThat(policy.reviewDue(Instant.parse("2026-09-30T04:00:00Z"))).as("National Day week skipped")
                .isEqualTo(Instant.parse("2026-10-09T04:00:00Z"));
        assertThat(policy.reviewDue(Instant.parse("2026-10-08T04:00:00Z"))).as("make-up Saturday counted")
                .isEqualTo(Instant.parse("2026-10-10T04:00:00Z"));
    }

    @Test
    void aReminderThatWouldComeAfterTheLapseIsRefusedAtStartup() {
        assertThatThrownBy(() -> policy(Duration.ofDays(14), Duration.ofDays(14)))
                .hasMessageContaining("merchant-reminder (PT336H) must come before merchant-lapse (PT336H)");
    }

    @Test
    void escalationRaisesAPriorityButNeverLowersOne() {
        var policy = policy(Duration.ofDays(3), Duration.ofDays(14));

        assertThat(policy.escalatedPriority(50)).isEqualTo(90);
        assertThat(policy.escalatedPriority(80)).isEqualTo(90);
        assertThat(policy.escalatedPriority(95)).isEqualTo(95);
    }

    @Test
    void aReminderALapseAndAnSlaScheduledForADayApplyToWhatBecomesDueFromThatDay() {
        var change = LocalDate.of(2027, 1, 4); // a Monday
        var policy = new DeadlinePolicy(new OnboardingProperties(ZoneId.of("Asia/Shanghai"), null, null, null, null,
                20000, false, null, null, null, "ops@example.com", new OnboardingProperties.Deadlines(
                        List.of(new Effective<>(SINCE, Duration.ofDays(3)), new Effective<>(change, Duration.ofDays(2))),
                        List.of(new Effective<>(SINCE, Duration.ofDays(14)), new Effective<>(change, Duration.ofDays(10))),
                        List.of(new Effective<>(SINCE, 2), new Effective<>(change, 1)), 90), null), CALENDAR);
        // 23:30 in Shanghai on the Sunday before, then 00:30 on the Monday: the business day decides, not UTC's.
        var lateTheDayBefore = Instant.parse("2027-01-03T15:30:00Z");
        var earlyOnTheDay = Instant.parse("2027-01-03T16:30:00Z");

        assertThat(policy.merchantReminder(lateTheDayBefore)).isEqualTo(Duration.ofDays(3));
        assertThat(policy.merchantReminder(earlyOnTheDay)).isEqualTo(Duration.ofDays(2));
        assertThat(policy.merchantLapse(lateTheDayBefore)).isEqualTo(Duration.ofDays(14));
        assertThat(policy.merchantLapse(earlyOnTheDay)).isEqualTo(Duration.ofDays(10));
        assertThat(policy.merchantDue(earlyOnTheDay)).isEqualTo(earlyOnTheDay.plus(Duration.ofDays(10)));
        assertThat(policy.reviewDue(Instant.parse("2027-01-04T02:00:00Z")))
                .isEqualTo(Instant.parse("2027-01-05T02:00:00Z"));
        assertThat(policy.reviewDue(Instant.parse("2026-12-28T02:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-30T02:00:00Z"));
    }

    @Test
    void aScheduledLapseShorterThanTheReminderIsRefusedAtStartupNamingItsDay() {
        assertThatThrownBy(() -> new DeadlinePolicy(new OnboardingProperties(ZoneId.of("Asia/Shanghai"), null, null,
                null, null, 20000, false, null, null, null, "ops@example.com", new OnboardingProperties.Deadlines(
                        List.of(new Effective<>(SINCE, Duration.ofDays(3))),
                        List.of(new Effective<>(SINCE, Duration.ofDays(14)),
                                new Effective<>(LocalDate.of(2027, 1, 1), Duration.ofDays(2))),
                        List.of(new Effective<>(SINCE, 2)), 90), null), CALENDAR))
                .hasMessageContaining("from 2027-01-01");
    }
}
