package com.platform.onboarding.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Period SIXTY_DAYS = Period.ofDays(60);
    /** The shipped calendar, as the service reads it. */
    private final WorkingCalendar china = new WorkingCalendar(SHANGHAI, SIXTY_DAYS, CalendarFiles.load(null));
    private final WorkingCalendar noCalendar = new WorkingCalendar(SHANGHAI, SIXTY_DAYS, List.of());

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
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
        assertThat(china.plusWorkingDays(start, days)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // Wednesday 30 September: 1 to 7 October are off, Thursday 8 and Friday 9 count.
            "2026-09-30T02:00:00Z, 2, 2026-10-09T02:00:00Z",
            "2026-09-30T02:00:00Z, 1, 2026-10-08T02:00:00Z",
            // Started inside the holiday week: the first working day is the 8th.
            "2026-10-03T02:00:00Z, 1, 2026-10-08T02:00:00Z",
            // Thursday 8 October: Friday the 9th and the make-up Saturday the 10th count, Sunday does not.
            "2026-10-08T02:00:00Z, 2, 2026-10-10T02:00:00Z",
            "2026-10-09T02:00:00Z, 2, 2026-10-12T02:00:00Z",
            // Friday 18 September: the make-up Sunday the 20th counts (the Saturday does not), then Monday.
            "2026-09-18T02:00:00Z, 2, 2026-09-21T02:00:00Z",
            // Dragon Boat Festival, Friday 19 June: Thursday plus one is Monday.
            "2026-06-18T02:00:00Z, 1, 2026-06-22T02:00:00Z",
            // Spring Festival: Friday 13 February plus one is the make-up Saturday 14th; the next is Tuesday 24th.
            "2026-02-13T02:00:00Z, 1, 2026-02-14T02:00:00Z",
            "2026-02-13T02:00:00Z, 2, 2026-02-24T02:00:00Z"})
    void publicHolidaysDoNotCountAndMakeUpDaysDo(Instant start, int days, Instant due) {
        assertThat(china.plusWorkingDays(start, days)).isEqualTo(due);
        assertThat(noCalendar.plusWorkingDays(start, days)).as("without a calendar").isNotEqualTo(due);
    }

    @Test
    void theYearBoundaryTakesTheNextYearsCalendar() {
        var withNextYear = new WorkingCalendar(SHANGHAI, SIXTY_DAYS, List.of(CalendarFiles.load(null).get(0),
                new CalendarYear(2027, Set.of(LocalDate.of(2027, 1, 1)), Set.of(LocalDate.of(2027, 1, 2)))));
        Instant thursday = Instant.parse("2026-12-31T02:00:00Z");

        assertThat(withNextYear.plusWorkingDays(thursday, 1)).as("New Year's Day is off, the Saturday after is worked")
                .isEqualTo(Instant.parse("2027-01-02T02:00:00Z"));
        assertThat(china.plusWorkingDays(thursday, 1)).as("2027 not shipped: Monday to Friday")
                .isEqualTo(Instant.parse("2027-01-01T02:00:00Z"));
    }

    @Test
    void aMakeUpDayInTheYearBeforeComesWithTheNextYearsCalendar() {
        var calendar = new WorkingCalendar(SHANGHAI, SIXTY_DAYS,
                List.of(new CalendarYear(2019, Set.of(), Set.of(LocalDate.of(2018, 12, 29)))));

        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 29))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 30))).isFalse();
    }

    @Test
    void theYearsWithoutACalendarAreTheCurrentOneAndTheOneAheadThatLackIt() {
        assertThat(china.years()).containsExactly(2026);
        assertThat(china.missingYears(Instant.parse("2026-06-01T02:00:00Z"))).isEmpty();
        assertThat(china.missingYears(Instant.parse("2026-11-01T02:00:00Z"))).as("61 days ahead").isEmpty();
        assertThat(china.missingYears(Instant.parse("2026-11-02T02:00:00Z"))).as("60 days ahead").containsExactly(2027);
        // 31 December at 20:00 UTC is already 2027 in Shanghai.
        var noWarning = new WorkingCalendar(SHANGHAI, Period.ZERO, CalendarFiles.load(null));
        assertThat(noWarning.missingYears(Instant.parse("2026-12-31T15:59:00Z"))).isEmpty();
        assertThat(noWarning.missingYears(Instant.parse("2026-12-31T16:00:00Z"))).containsExactly(2027);
        assertThat(noCalendar.missingYears(Instant.parse("2026-12-01T02:00:00Z"))).containsExactly(2026, 2027);
    }

    @Test
    void theWeekdayIsTheBusinessZonesNotUtcs() {
        // Friday 23:30 UTC is already Saturday 07:30 in Shanghai: one working day later is Monday there, Tuesday in UTC.
        Instant saturdayMorningInShanghai = Instant.parse("2026-06-05T23:30:00Z");

        assertThat(china.plusWorkingDays(saturdayMorningInShanghai, 1)).isEqualTo(Instant.parse("2026-06-07T23:30:00Z"));
        assertThat(new WorkingCalendar(ZoneId.of("UTC"), SIXTY_DAYS, List.of()).plusWorkingDays(saturdayMorningInShanghai, 1))
                .isEqualTo(Instant.parse("2026-06-08T23:30:00Z"));
    }

    @Test
    void aNegativeCountIsAMistake() {
        assertThatThrownBy(() -> china.plusWorkingDays(Instant.EPOCH, -1)).hasMessageContaining("-1");
    }

    @Test
    void aYearGivenTwiceIsAMistake() {
        var year = new CalendarYear(2026, Set.of(), Set.of());

        assertThatThrownBy(() -> new WorkingCalendar(SHANGHAI, SIXTY_DAYS, List.of(year, year))).hasMessageContaining("2026");
    }
}
