package com.platform.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The packaged jar, started as its own JVM on a free port, the way ops run it. */
public final class PackagedService implements AutoCloseable {

    /**
     * The documented run command (README, "Running in production"; docs/operations.md, "Memory"): its JVM options and
     * environment. Every journey and benchmark starts the service this way, unless it measures another way on purpose.
     */
    public static final List<String> RUN_OPTIONS = runOptions(List.of("-Xmx512m", "-Xms64m", "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=100", "-XX:GCTimeRatio=2", "-XX:-G1UseAdaptiveIHOP",
            "-XX:InitiatingHeapOccupancyPercent=30", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30"));
    public static final Map<String, String> RUN_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");
    /** The same, as one line for reports. */
    public static final String RUN_COMMAND = "MALLOC_ARENA_MAX=2 java " + String.join(" ", RUN_OPTIONS) + " -jar";

    // A guard against a hung start, not a performance target: this VM has been seen taking 77 s under CPU steal.
    private static final Duration READY_WITHIN = Duration.ofSeconds(300);

    private final Process process;
    private final int port;
    private final Duration startup;
    private final Path log;

    private PackagedService(Process process, int port, Duration startup, Path log) {
        this.process = process;
        this.port = port;
        this.startup = startup;
        this.log = log;
    }

    /** {@code -Dbench.run.options="-Xmx512m -XX:+UseG1GC"} measures another run command in its place. */
    private static List<String> runOptions(List<String> documented) {
        String tried = System.getProperty("bench.run.options", "");
        return tried.isBlank() ? documented : List.of(tried.trim().split("\\s+"));
    }

    public static PackagedService start(String name, Map<String, String> environment, String... arguments) {
        var documented = new HashMap<>(RUN_ENVIRONMENT);
        documented.putAll(environment);
        return start(name, Path.of(""), jar().toString(), RUN_OPTIONS, documented, arguments);
    }

    /**
     * The service launched another way: {@code jar} as named from {@code directory} (a class data archive holds the
     * class path as it was given), with these JVM options and environment only.
     */
    public static PackagedService start(String name, Path directory, String jar, List<String> jvmOptions,
            Map<String, String> environment, String... arguments) {
        int port = freePort();
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        // Every journey and benchmark registers its merchants from loopback: the per-address limit is tested in-JVM.
        command.addAll(List.of("-jar", jar, "--server.port=" + port, "--onboarding.registration-limits.per-address=1000000",
                "--onboarding.registration-limits.per-email=1000000",
                // Their merchants' addresses (example.com) count as confirmed: the journeys expect their e-mails.
                "--onboarding.address-confirmation.trusted-domains=example.com"));
        command.addAll(List.of(arguments));
        try {
            Path log = Files.createDirectories(Path.of("target", "it-logs")).resolve(name + "-" + port + ".log")
                    .toAbsolutePath();
            var builder = new ProcessBuilder(command).directory(directory.toAbsolutePath().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            var process = builder.start();
            waitUntilReady(process, port, log);
            return new PackagedService(process, port, Duration.ofNanos(System.nanoTime() - started), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** From process start to readiness UP (models deployed, roles seeded): what a load balancer waits for. */
    public Duration startup() {
        return startup;
    }

    public long pid() {
        return process.pid();
    }

    /** Resident memory of the service's JVM now, from /proc (Linux): what the machine gives it, heap or not. */
    public long residentKiB() throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                .mapToLong(Long::parseLong).findFirst().orElseThrow();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** A clean stop (SIGTERM), as a service manager does it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The way a node dies with its machine: SIGKILL, so no shutdown hook runs and no open transaction commits. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The jar {@code mvn package} built. */
    public static Path jar() {
        var jar = Path.of(System.getProperty("service.jar", "target/merchant-onboarding-0.1.0-SNAPSHOT.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged service at " + jar + "; run the integration tests with 'mvn verify'");
        }
        return jar;
    }

    private static void waitUntilReady(Process process, int port, Path log) throws IOException {
        var client = HttpClient.newHttpClient();
        var probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped while starting:\n" + Files.readString(log));
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        process.destroyForcibly();
        throw new IllegalStateException("Not ready within " + READY_WITHIN + ":\n" + Files.readString(log));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
