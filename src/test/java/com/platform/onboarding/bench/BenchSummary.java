package com.platform.onboarding.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.platform.onboarding.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The last step of {@code mvn -Pbench verify}: the table of figures, one row per headline the benchmarks of
 * this run wrote ({@link Figures#headline}), each as median (lowest–highest) against its target, printed and written to
 * target/bench/summary.md, from which docs/benchmarks.md takes its summary. A figure no benchmark of this run measured
 * keeps the row of an earlier run, with the time it was measured, so a run of one benchmark is not mistaken for all.
 */
public final class BenchSummary {

    private BenchSummary() {}

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.exists(Figures.HEADLINES) ? Files.list(Figures.HEADLINES) : Stream.empty()) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        var table = new StringBuilder("| figure | median (lowest–highest) | target | | measured at (UTC) |\n| --- | --- | --- | --- | --- |\n");
        for (Path file : files) {
            JsonNode row = Http.JSON.readTree(file.toFile());
            table.append("| %s | %s | %s | %s | %s |%n".formatted(row.get("figure").asText(), row.get("measured").asText(),
                    row.get("target").asText(), !row.has("met") ? "" : row.get("met").asBoolean() ? "met" : "**missed**", row.get("when").asText()));
        }
        table.append("%n%d figures from this run's benchmarks (target/bench/headlines/).%n".formatted(files.size()));
        Files.writeString(Figures.HEADLINES.resolveSibling("summary.md"), table);
        System.out.println(table);
    }
}
