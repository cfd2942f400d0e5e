package com.platform.onboarding.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private final BusinessCalendar shanghai = new BusinessCalendar(ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @CsvSource({
            // 2026-06-01 is a Monday; 10:00 in Shanghai is 02:00 UTC
            "2026-06-01T02:00:00Z, 2, 2026-06-03T02:00:00Z",
            "2026-06-04T02:00:00Z, 2, 2026-06-08T02:00:00Z",
            "2026-06-05T02:00:00Z, 2, 2026-06-09T02:00:00Z",
            "2026-06-06T02:00:00Z, 2, 2026-06-09T02:00:00Z",
            "2026-06-07T02:00:00Z, 2, 2026-06-09T02:00:00Z",
            "2026-06-05T02:00:00Z, 1, 2026-06-08T02:00:00Z",
            "2026-06-05T02:00:00Z, 5, 2026-06-12T02:00:00Z",
            "2026-06-05T02:00:00Z, 0, 2026-06-05T02:00:00Z"})
    void weekendsDoNotCount(Instant start, int days, Instant due) {
        assertThat(shanghai.plusBusinessDays(start, days)).isEqualTo(due);
    }

    @Test
    void theWeekdayIsTheBusinessZonesNotUtcs() {
        // Friday 23:30 UTC is already Saturday 07:30 in Shanghai: one business day later is Monday there, Tuesday in UTC.
        Instant saturdayMorningInShanghai = Instant.parse("2026-06-05T23:30:00Z");

        assertThat(shanghai.plusBusinessDays(saturdayMorningInShanghai, 1)).isEqualTo(Instant.parse("2026-06-07T23:30:00Z"));
        assertThat(new BusinessCalendar(ZoneId.of("UTC")).plusBusinessDays(saturdayMorningInShanghai, 1))
                .isEqualTo(Instant.parse("2026-06-08T23:30:00Z"));
    }

    @Test
    void aNegativeCountIsAMistake() {
        assertThatThrownBy(() -> shanghai.plusBusinessDays(Instant.EPOCH, -1)).hasMessageContaining("-1");
    }
}
