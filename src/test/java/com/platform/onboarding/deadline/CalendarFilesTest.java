package com.platform.onboarding.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarFilesTest {

    @TempDir
    Path directory;

    private void write(String name, String yaml) throws IOException {
        Files.writeString(directory.resolve(name), yaml);
    }

    @Test
    void theShippedYearIsReadWithItsHolidaysAndMakeUpDays() {
        var shipped = CalendarFiles.load(null);

        assertThat(shipped).extracting(CalendarYear::year).containsExactly(2026);
        assertThat(shipped.get(0).holidays()).hasSize(33)
                .contains(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7), LocalDate.of(2026, 2, 15));
        assertThat(shipped.get(0).makeUpWorkingDays()).hasSize(6).contains(LocalDate.of(2026, 10, 10));
    }

    @Test
    void opsAddAYearAndReplaceAShippedOneFromTheirDirectory() throws IOException {
        write("cn-2027.yaml", """
                year: 2027
                holidays:
                  - { name: 元旦, from: 2027-01-01, to: "2027-01-03" }
                make-up-working-days:
                  - { for: 元旦, date: 2026-12-26 }
                """);
        write("cn-2026.yaml", "year: 2026\nholidays:\n  - { name: 国庆节, from: 2026-10-01, to: 2026-10-08 }\n");
        write("README.txt", "not a calendar: left alone");

        var years = CalendarFiles.load(directory);

        assertThat(years).extracting(CalendarYear::year).containsExactly(2026, 2027);
        assertThat(years.get(0).holidays()).as("ops' 2026 replaces the shipped one").hasSize(8);
        assertThat(years.get(1).holidays()).containsExactlyInAnyOrder(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2),
                LocalDate.of(2027, 1, 3));
        assertThat(years.get(1).makeUpWorkingDays()).containsExactly(LocalDate.of(2026, 12, 26));
    }

    @Test
    void aFileThatIsNotACalendarStopsTheStartNamingTheFileAndTheMistake() throws IOException {
        write("cn-2027.yaml", "year: 2027\nmake-up-working-days:\n  - { date: 2027-01-04 }\n");
        assertThatThrownBy(() -> CalendarFiles.load(directory))
                .hasMessageContaining("cn-2027.yaml").hasMessageContaining("2027-01-04 is a MONDAY");

        write("cn-2027.yaml", "year: 2028\n");
        assertThatThrownBy(() -> CalendarFiles.load(directory)).hasMessageContaining("cn-2027.yaml: it says year 2028");

        write("cn-2027.yaml", "year: 2027\nholidays:\n  - { name: 春节, from: 2027-02-10, to: 2027-02-06 }\n");
        assertThatThrownBy(() -> CalendarFiles.load(directory)).hasMessageContaining("春节 ends (2027-02-06) before");

        write("cn-2027.yaml", "year: 2027\nholidays:\n  - { name: 春节, from: 2027-02-30, to: 2027-02-06 }\n");
        assertThatThrownBy(() -> CalendarFiles.load(directory)).hasMessageContaining("cn-2027.yaml");

        write("cn-2027.yaml", "year: 2027\nholidays: 2027-01-01\n");
        assertThatThrownBy(() -> CalendarFiles.load(directory)).hasMessageContaining("holidays is not a list");
    }

    @Test
    void aDirectoryThatIsNotThereStopsTheStart() {
        assertThatThrownBy(() -> CalendarFiles.load(directory.resolve("missing")))
                .hasMessageContaining("is not a directory");
    }
}
