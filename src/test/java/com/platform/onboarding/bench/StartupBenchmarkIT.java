package com.platform.onboarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.PackagedService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue "Benchmark", item 6: startup time and memory of the packaged service on the embedded default (H2 file,
 * demo data), three ways: plain {@code java -jar}, and from the layout {@code bench/cds.sh} makes (extracted jar and a
 * class data archive), without and with the archive. Each run and way: a first start on a new, empty data directory (engine schema, Flyway, models
 * deployed, roles and demo users seeded), stopped, then a restart on that directory. Ready = readiness UP, polled
 * every 100 ms from process start. The machine is shared, so every start records the load it met.
 * Not part of the build: {@code mvn -Pbench verify} (see docs/benchmarks.md).
 */
@Tag("benchmark")
class StartupBenchmarkIT {

    static final int RUNS = Integer.getInteger("bench.startup.runs", 5);
    private static final Path WORK = Path.of("target", "bench", "startup").toAbsolutePath();
    private static final Pattern CONTEXT_STARTED = Pattern.compile("Started OnboardingApplication in [\\d.]+ seconds \\(process running for ([\\d.]+)\\)");
    private static final Pattern TIMESTAMP = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z) ", Pattern.MULTILINE);
    /** Where the seconds go, read from the service's own log: each phase ends at the first line matching its pattern. */
    private static final List<Map.Entry<String, Pattern>> PHASES = List.of(
            Map.entry("JVM, launcher, Spring Boot up", Pattern.compile("Starting OnboardingApplication")),
            Map.entry("configuration classes, bean definitions", Pattern.compile("Tomcat initialized")),
            Map.entry("engine configuration, connection pool", Pattern.compile("HikariPool-1 - Start completed")),
            // In the order the log shows them: Flyway migrates before the engine is built.
            Map.entry("Flyway", Pattern.compile("Successfully applied \\d+ migrations|No migration necessary")),
            Map.entry("engine build (MyBatis mappings, schema)", Pattern.compile("ENGINE-00001 Process Engine")),
            Map.entry("REST API, web apps, actuator, MVC, Tomcat start", Pattern.compile("Started OnboardingApplication")),
            Map.entry("our startup runners (models, roles, demo data)", Pattern.compile("ENGINE-14014 Starting up the JobExecutor")));
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private record Way(String key, String name, Path directory, String jar, List<String> jvmOptions) {}

    /** One start: the seconds are wall clock, memory in KiB, the load the machine carried meanwhile. */
    private record Start(double readySeconds, double contextSeconds, long rssReadyKiB, long rssAfterWorkKiB,
            long liveHeapKiB, double loadAverage, double cpuWaitPercent, double stealPercent, List<Double> phaseSeconds) {}

    @Test
    void startupTimeAndMemory() throws Exception {
        deleteRecursively(WORK);
        long prepared = System.nanoTime();
        Path cds = cdsLayout();
        double cdsSeconds = (System.nanoTime() - prepared) / 1e9;
        var ways = List.of(
                // The target: plain java -jar, with the heap limit only (the documented memory settings are not
                // counted on to start faster).
                new Way("jar", "java -jar", Path.of(""), PackagedService.jar().toString(), List.of("-Xmx512m")),
                // The same layout without the archive: classes read from plain jars by the JDK's own class loader
                // instead of Spring Boot's reader of jars nested in the jar.
                new Way("extracted", "java -jar, extracted", cds, "merchant-onboarding.jar", List.of("-Xmx512m")),
                new Way("cds", "CDS (bench/cds.sh)", cds, "merchant-onboarding.jar", List.of("-Xmx512m", "-XX:SharedArchiveFile=app.jsa")));

        // Not counted: brings the jar and the JDK into the page cache for whichever way comes first.
        measure(ways.get(0), "warm-up", WORK.resolve("data-warm-up"));

        var starts = new LinkedHashMap<String, List<Start>>();
        for (int run = 1; run <= RUNS; run++) {
            // A different way first in each run, so that no way always follows the same one's shutdown.
            var order = new ArrayList<>(ways);
            java.util.Collections.rotate(order, run - 1);
            for (Way way : order) {
                Path data = WORK.resolve("data-" + way.key() + "-" + run);
                starts.computeIfAbsent(way.name() + "|first start", k -> new ArrayList<>()).add(measure(way, way.key() + "-first-" + run, data));
                starts.computeIfAbsent(way.name() + "|restart", k -> new ArrayList<>()).add(measure(way, way.key() + "-restart-" + run, data));
            }
        }
        report(starts, cdsSeconds);
    }

    /** The documented run option, made by its own script so that what is measured is what ops would run. */
    private static Path cdsLayout() throws Exception {
        Path directory = WORK.resolve("cds");
        var script = new ProcessBuilder("bash", "bench/cds.sh", directory.toString()).redirectErrorStream(true)
                .redirectOutput(Files.createDirectories(WORK).resolve("cds.log").toFile());
        script.environment().put("JAR", PackagedService.jar().toAbsolutePath().toString());
        assertThat(script.start().waitFor()).as("bench/cds.sh, see " + WORK.resolve("cds.log")).isZero();
        return directory;
    }

    private static Start measure(Way way, String name, Path data) throws Exception {
        double load = loadAverage();
        var cpuBefore = CpuCounters.now();
        try (var service = PackagedService.start("startup-" + name, way.directory(), way.jar(), way.jvmOptions(), Map.of(),
                "--onboarding.data-dir=" + data)) {
            var cpu = CpuCounters.now().since(cpuBefore, service.startup().toNanos());
            long rssReady = service.residentKiB();
            var registration = Http.anonymous(service.port()).postJson("/api/registrations", Map.of("username", "bench-" + name,
                    "password", "Durian2026x", "merchantName", "Bench Durian Ltd", "contactEmail", "bench@example.com",
                    "entityType", "OVERSEAS", "category", "food.fresh-fruit.durian", "overseasMarkets", "US,HK",
                    "factoryProgram", false));
            assertThat(registration.status()).as(registration.body()).isEqualTo(201);
            long rssAfterWork = service.residentKiB();
            String log = service.log();
            var started = CONTEXT_STARTED.matcher(log);
            assertThat(started.find()).as("Spring's startup line in the log").isTrue();
            assertThat(log).as("the archive was used").doesNotContain("Unable to use shared archive");
            double ready = service.startup().toNanos() / 1e9;
            double context = Double.parseDouble(started.group(1));
            return new Start(ready, context, rssReady, rssAfterWork, liveHeapKiB(service.pid()), load, cpu.waitPercent(),
                    cpu.stealPercent(), phases(log, started.start(), context, ready));
        }
    }

    /**
     * Seconds per phase, the JVM's start taken as the startup line's time less the process uptime it gives; the last
     * phase (job executor start, readiness seen by the 100 ms poll) ends when the benchmark saw the service ready.
     */
    private static List<Double> phases(String log, int startedAt, double contextSeconds, double readySeconds) {
        var jvmStart = timeOfLineAt(log, startedAt).minusNanos((long) (contextSeconds * 1e9));
        var seconds = new ArrayList<Double>();
        double previous = 0;
        int from = 0;
        for (var phase : PHASES) {
            var end = phase.getValue().matcher(log);
            assertThat(end.find(from)).as("log line for " + phase.getKey()).isTrue();
            from = end.end();
            double at = Duration.between(jvmStart, timeOfLineAt(log, end.start())).toNanos() / 1e9;
            seconds.add(at - previous);
            previous = at;
        }
        seconds.add(readySeconds - previous);
        return seconds;
    }

    private static Instant timeOfLineAt(String log, int index) {
        var time = TIMESTAMP.matcher(log.substring(log.lastIndexOf('\n', index) + 1));
        assertThat(time.lookingAt()).isTrue();
        return Instant.parse(time.group(1));
    }

    /** Heap still in use after a full collection: what the service holds, not what it has yet to collect. */
    private static long liveHeapKiB(long pid) throws Exception {
        jcmd(pid, "GC.run");
        var used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        assertThat(used.find()).isTrue();
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws Exception {
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }

    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    /**
     * Kernel counters over one start: the share of wall time in which some task waited for a CPU (pressure stall
     * information, /proc/pressure/cpu) and the share of CPU time the hypervisor gave to other guests (steal).
     */
    private record CpuCounters(long waitMicros, long steal, long total) {

        record Shares(double waitPercent, double stealPercent) {}

        static CpuCounters now() throws IOException {
            var pressure = Path.of("/proc/pressure/cpu");
            long wait = Files.exists(pressure)
                    ? Long.parseLong(Files.readAllLines(pressure).get(0).replaceAll(".*total=", "").trim())
                    : -1;
            var fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new CpuCounters(wait, Long.parseLong(fields[8]), total);
        }

        Shares since(CpuCounters before, long wallNanos) {
            double wait = before.waitMicros < 0 ? Double.NaN : 100.0 * (waitMicros - before.waitMicros) * 1000 / wallNanos;
            double stolen = total == before.total ? 0 : 100.0 * (steal - before.steal) / (total - before.total);
            return new Shares(wait, stolen);
        }
    }

    private static void report(Map<String, List<Start>> starts, double cdsSeconds) throws IOException {
        var table = new StringBuilder(String.format(Locale.ROOT,
                "Startup of the packaged service, embedded H2, -Xmx512m: %d runs each way, median (min–max)%n", RUNS));
        table.append(String.format(Locale.ROOT, "%-22s %-12s %-19s %-19s %-16s %-16s %-16s %-16s %-16s%n", "way", "start",
                "ready s", "context started s", "RSS ready MB", "RSS +1 reg. MB", "live heap MB", "load (1 min)",
                "CPU wait %"));
        var json = new LinkedHashMap<String, Object>();
        json.put("runs", RUNS);
        json.put("when", Instant.now().toString());
        json.put("machine", machine());
        json.put("cdsPreparationSeconds", cdsSeconds);
        var figures = new LinkedHashMap<String, Object>();
        starts.forEach((key, list) -> {
            var way = key.split("\\|");
            var spreads = new LinkedHashMap<String, Figures.Spread>();
            spreads.put("readySeconds", spread(list, Start::readySeconds));
            spreads.put("contextStartedSeconds", spread(list, Start::contextSeconds));
            spreads.put("rssReadyMB", spread(list, s -> s.rssReadyKiB() / 1024.0));
            spreads.put("rssAfterOneRegistrationMB", spread(list, s -> s.rssAfterWorkKiB() / 1024.0));
            spreads.put("liveHeapMB", spread(list, s -> s.liveHeapKiB() / 1024.0));
            spreads.put("loadAverage1Min", spread(list, Start::loadAverage));
            spreads.put("cpuWaitPercent", spread(list, Start::cpuWaitPercent));
            spreads.put("stealPercent", spread(list, Start::stealPercent));
            table.append(String.format(Locale.ROOT, "%-22s %-12s %-19s %-19s %-16s %-16s %-16s %-16s %-16s%n", way[0], way[1],
                    spreads.get("readySeconds").format("%.1f"), spreads.get("contextStartedSeconds").format("%.1f"),
                    spreads.get("rssReadyMB").format("%.0f"), spreads.get("rssAfterOneRegistrationMB").format("%.0f"),
                    spreads.get("liveHeapMB").format("%.0f"), spreads.get("loadAverage1Min").format("%.1f"),
                    spreads.get("cpuWaitPercent").format("%.0f")));
            var entry = new LinkedHashMap<String, Object>();
            spreads.forEach((name, spread) -> entry.put(name, spread.json()));
            entry.put("starts", list);
            figures.put(key.replace("|", ", "), entry);
        });
        table.append(phaseTable(starts));
        table.append(String.format(Locale.ROOT, "CDS layout and archive made once in %.1f s; steal over all starts: %s %%%n",
                cdsSeconds, spread(starts.values().stream().flatMap(List::stream).toList(), Start::stealPercent).format("%.0f")));
        json.put("figures", figures);
        Figures.write("startup", table.toString(), json);
        starts.forEach((key, list) -> {
            if (key.endsWith("|restart") && !key.startsWith("CDS")) {
                var ready = spread(list, Start::readySeconds);
                String way = key.split("\\|")[0];
                Figures.headline("5-start-" + (way.contains("extracted") ? "b-extracted" : "a-jar"), way
                        + " -Xmx512m to ready, restart, s", ready, "%.1f", "≤ 8 s", ready.median() <= 8);
            }
        });
    }

    private static String phaseTable(Map<String, List<Start>> starts) {
        var names = new ArrayList<>(PHASES.stream().map(Map.Entry::getKey).toList());
        names.add("job executor start, readiness seen");
        var table = new StringBuilder(String.format(Locale.ROOT, "%nWhere the time goes, from the service's log: median seconds per phase%n%-48s", "phase"));
        starts.keySet().forEach(key -> table.append(String.format(Locale.ROOT, " %-28s", key.replace("|", ", "))));
        table.append(System.lineSeparator());
        for (int i = 0; i < names.size(); i++) {
            int phase = i;
            table.append(String.format(Locale.ROOT, "%-48s", names.get(i)));
            starts.values().forEach(list -> table.append(String.format(Locale.ROOT, " %-28.1f",
                    spread(list, s -> s.phaseSeconds().get(phase)).median())));
            table.append(System.lineSeparator());
        }
        return table.toString();
    }

    private static Figures.Spread spread(List<Start> starts, ToDoubleFunction<Start> figure) {
        return Figures.Spread.of(starts.stream().mapToDouble(figure).toArray());
    }

    private static Map<String, Object> machine() throws IOException {
        var machine = new LinkedHashMap<String, Object>();
        machine.put("cpus", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.replaceAll(".*:\\s*", "")).orElse("?"));
        machine.put("memory", Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("MemTotal:\\s*", ""));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return machine;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
