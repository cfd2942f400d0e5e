package com.platform.onboarding.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.platform.onboarding.OnboardingProperties;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    private static DeadlinePolicy policy(Duration reminder, Duration lapse) {
        return new DeadlinePolicy(new OnboardingProperties(ZoneId.of("Asia/Shanghai"), null, 30, null, 20000, false,
                null, null, null, "ops@example.com", new OnboardingProperties.Deadlines(reminder, lapse, 2, 90), null),
                new WorkingCalendar(ZoneId.of("Asia/Shanghai"), Period.ofDays(60), CalendarFiles.load(null)));
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
}
