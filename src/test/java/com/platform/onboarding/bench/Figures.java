package com.platform.onboarding.bench;

import com.platform.onboarding.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a benchmark writes down: a table for people and JSON for tools, both under {@code target/bench/}, and the
 * statistics it needs (percentiles of one run's samples, median and spread of repeated runs).
 */
final class Figures {

    private static final Path DIRECTORY = Path.of("target", "bench");
    static final Path HEADLINES = DIRECTORY.resolve("headlines");

    private Figures() {}

    /** Nearest-rank percentile ({@code p} in 0..100) of unsorted samples. */
    static double percentile(double[] samples, double p) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        var sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Repeated runs of one figure: their median and their range. */
    record Spread(double median, double min, double max) {
        static Spread of(double... runs) {
            var sorted = runs.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Spread(median, sorted[0], sorted[n - 1]);
        }

        /** "12.3 (11.9–13.0)", the way docs/benchmarks.md gives repeated runs. */
        String format(String pattern) {
            return String.format(Locale.ROOT, pattern + " (" + pattern + "–" + pattern + ")", median, min, max);
        }

        Map<String, Object> json() {
            var m = new LinkedHashMap<String, Object>();
            m.put("median", median);
            m.put("min", min);
            m.put("max", max);
            return m;
        }
    }

    /**
     * One figure of the table as this run measured it, for {@link BenchSummary}: {@code key} orders the
     * summary, {@code format} shows the numbers ("%.2f"), {@code met} compares the median with the target (null: a
     * figure for comparison, without a target).
     */
    static void headline(String key, String figure, Spread spread, String format, String target, Boolean met) {
        var json = new LinkedHashMap<String, Object>();
        json.put("figure", figure);
        json.put("measured", spread.format(format));
        json.put("target", target);
        if (met != null) {
            json.put("met", met);
        }
        json.put("when", Instant.now().truncatedTo(ChronoUnit.MINUTES).toString());
        json.putAll(spread.json());
        try {
            Files.createDirectories(HEADLINES);
            Files.writeString(HEADLINES.resolve(key + ".json"), Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code name}.txt (the table as printed) and {@code name}.json, and prints the table. */
    static void write(String name, String table, Map<String, ?> json) {
        System.out.println(table);
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve(name + ".txt"), table);
            Files.writeString(DIRECTORY.resolve(name + ".json"), Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
