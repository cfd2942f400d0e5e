package com.platform.onboarding.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The watch's calendar: business days in Shanghai (UTC+8), whatever the server's zone. */
class ExpiryRemindersTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate VALID_UNTIL = LocalDate.of(2026, 9, 30);
    final ExpiryReminders reminders = new ExpiryReminders(List.of(Duration.ofDays(7), Duration.ofDays(30)), SHANGHAI);

    @Test
    void remindersFallAtTheStartOfTheBusinessDayEarliestFirstWhateverTheConfiguredOrder() {
        assertThat(reminders.reminders(VALID_UNTIL)).containsExactly(
                Instant.parse("2026-08-30T16:00:00Z"), // 2026-08-31 00:00 in Shanghai: 30 days before
                Instant.parse("2026-09-22T16:00:00Z")); // 2026-09-23 00:00: 7 days before
        assertThat(reminders.renewalWindowOpens(VALID_UNTIL)).isEqualTo(Instant.parse("2026-08-30T16:00:00Z"));
    }

    @Test
    void theQualificationIsInForceOnItsLastDaySoTheSuspensionIsAtTheStartOfTheNextDayInShanghai() {
        assertThat(reminders.suspensionAt(VALID_UNTIL)).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
    }

    @Test
    void theBusinessDayTurnsAtMidnightInShanghaiNotInUtc() {
        assertThat(reminders.businessDay(Instant.parse("2026-09-30T15:59:59Z"))).isEqualTo(VALID_UNTIL);
        assertThat(reminders.businessDay(Instant.parse("2026-09-30T16:00:00Z"))).isEqualTo(VALID_UNTIL.plusDays(1));
        assertThat(reminders.daysLeft(VALID_UNTIL, reminders.businessDay(Instant.parse("2026-08-30T16:00:00Z"))))
                .isEqualTo(30);
    }

    @Test
    void theNextReminderIsStrictlyAfterTheLastOne() {
        var first = Instant.parse("2026-08-30T16:00:00Z");
        var second = Instant.parse("2026-09-22T16:00:00Z");
        var start = Instant.parse("2026-06-01T04:00:00Z");

        assertThat(reminders.next(VALID_UNTIL, null, start)).contains(first);
        assertThat(reminders.next(VALID_UNTIL, null, first.minusSeconds(60))).contains(first);
        assertThat(reminders.next(VALID_UNTIL, first, first)).contains(second);
        assertThat(reminders.next(VALID_UNTIL, first.plusSeconds(3600), first.plusSeconds(3600))).contains(second);
        assertThat(reminders.next(VALID_UNTIL, second, second)).isEmpty();
    }

    @Test
    void aWatchStartedInsideTheWindowRemindsOnceAtOnceThenKeepsToTheCalendar() {
        var twentyDaysBefore = Instant.parse("2026-09-10T02:00:00Z");
        assertThat(reminders.next(VALID_UNTIL, null, twentyDaysBefore)).contains(twentyDaysBefore);
        assertThat(reminders.next(VALID_UNTIL, twentyDaysBefore, twentyDaysBefore))
                .contains(Instant.parse("2026-09-22T16:00:00Z"));

        var threeDaysBefore = Instant.parse("2026-09-27T02:00:00Z");
        assertThat(reminders.next(VALID_UNTIL, null, threeDaysBefore)).contains(threeDaysBefore);
        assertThat(reminders.next(VALID_UNTIL, threeDaysBefore, threeDaysBefore)).as("one reminder for both").isEmpty();
    }

    @Test
    void aLateTimerNeverSendsTwoRemindersAtOnce() {
        var afterBoth = Instant.parse("2026-09-25T00:00:00Z");
        assertThat(reminders.next(VALID_UNTIL, afterBoth, afterBoth)).isEmpty();
    }

    @Test
    void noReminderOnceTheQualificationHasExpired() {
        assertThat(reminders.next(VALID_UNTIL, null, Instant.parse("2026-09-30T16:00:00Z"))).isEmpty();
    }

    @Test
    void offsetsAreWholePositiveDays() {
        assertThatThrownBy(() -> new ExpiryReminders(List.of(Duration.ofHours(36)), SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpiryReminders(List.of(), SHANGHAI)).isInstanceOf(IllegalArgumentException.class);
    }
}
