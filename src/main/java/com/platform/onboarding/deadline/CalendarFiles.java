package com.platform.onboarding.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the per-year calendars {@code cn-YYYY.yaml}: those shipped under {@code calendar/} on the classpath, then
 * those in the directory ops configure, whose file for a year replaces the shipped one (a correction, or a year added
 * without a release). A file that does not read as a calendar stops the start: a wrong date would silently move
 * every review's due date.
 */
final class CalendarFiles {

    private static final Pattern NAME = Pattern.compile("cn-(\\d{4})\\.yaml");

    private CalendarFiles() {}

    static List<CalendarYear> load(Path directory) {
        var byYear = new TreeMap<Integer, CalendarYear>();
        try {
            for (Resource shipped : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/cn-*.yaml")) {
                try (var in = shipped.getInputStream()) {
                    add(byYear, shipped.getFilename(), in);
                }
            }
            if (directory != null) {
                if (!Files.isDirectory(directory)) {
                    throw new IllegalArgumentException("onboarding.working-calendar.directory " + directory
                            + " is not a directory");
                }
                try (var files = Files.list(directory)) {
                    for (Path file : files.sorted().toList()) {
                        try (var in = Files.newInputStream(file)) {
                            add(byYear, file.getFileName().toString(), in);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Working-day calendars could not be read", e);
        }
        return List.copyOf(byYear.values());
    }

    private static void add(Map<Integer, CalendarYear> byYear, String fileName, InputStream in) {
        var name = NAME.matcher(fileName);
        if (!name.matches()) {
            return;
        }
        try {
            var year = parse(in);
            if (year.year() != Integer.parseInt(name.group(1))) {
                throw new IllegalArgumentException("it says year " + year.year());
            }
            byYear.put(year.year(), year);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Working-day calendar " + fileName + ": " + e.getMessage(), e);
        }
    }

    static CalendarYear parse(InputStream in) {
        Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (file == null || !(file.get("year") instanceof Integer year)) {
            throw new IllegalArgumentException("no year");
        }
        var holidays = new HashSet<LocalDate>();
        for (var holiday : entries(file, "holidays")) {
            var from = date(holiday.get("from"));
            var to = date(holiday.get("to"));
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("holiday " + holiday.get("name") + " ends (" + to + ") before it starts ("
                        + from + ")");
            }
            from.datesUntil(to.plusDays(1)).forEach(holidays::add);
        }
        Set<LocalDate> makeUp = new HashSet<>();
        for (var day : entries(file, "make-up-working-days")) {
            makeUp.add(date(day.get("date")));
        }
        return new CalendarYear(year, holidays, makeUp);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> file, String key) {
        var list = file.get(key);
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof List<?> entries) || entries.stream().anyMatch(e -> !(e instanceof Map))) {
            throw new IllegalArgumentException(key + " is not a list of entries");
        }
        return new ArrayList<>((List<Map<String, Object>>) entries);
    }

    /** YAML reads an unquoted 2026-10-01 as a timestamp at midnight UTC, a quoted one as text: both are accepted. */
    private static LocalDate date(Object value) {
        if (value instanceof Date timestamp) {
            return timestamp.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof String text) {
            return LocalDate.parse(text);
        }
        throw new IllegalArgumentException("a date is missing or not a date: " + value);
    }
}
