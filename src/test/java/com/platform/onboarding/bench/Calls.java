package com.platform.onboarding.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.platform.onboarding.Http;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every HTTP call a load run makes, timed by kind ("start", "complete", …), and every call that did not answer as
 * a person would expect, as an error. One client thread per simulated person at a time; the service is the packaged
 * jar, so a call's time is what the caller waits, network stack included.
 */
final class Calls {

    private static final int ERRORS_KEPT = 20;

    private final Map<String, List<Long>> nanosByKind = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();
    private final List<String> firstErrors = new ArrayList<>();
    private final int port;
    private final Duration think;

    Calls(int port) {
        this(port, Duration.ZERO);
    }

    /** {@code think}: how long a person pauses before each call, on average; not part of any call's time. */
    Calls(int port, Duration think) {
        this.port = port;
        this.think = think;
    }

    /** One person's connection: keeps its connection open between calls, as a browser or an integration would. */
    Client client() {
        return new Client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build());
    }

    long errors() {
        return errors.get();
    }

    synchronized List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    long count() {
        return nanosByKind.values().stream().mapToLong(List::size).sum();
    }

    /** Milliseconds of every call of these kinds (all kinds if none given). */
    double[] millis(String... kinds) {
        var wanted = kinds.length == 0 ? nanosByKind.keySet() : List.of(kinds);
        return wanted.stream().map(k -> nanosByKind.getOrDefault(k, List.of())).flatMap(List::stream)
                .mapToDouble(n -> n / 1e6).toArray();
    }

    /** p50/p95/p99/max in ms and the count, per kind and for all calls together. */
    Map<String, Map<String, Object>> percentiles() {
        var out = new LinkedHashMap<String, Map<String, Object>>();
        for (String kind : new TreeMap<>(nanosByKind).keySet()) {
            out.put(kind, summary(millis(kind)));
        }
        out.put("all", summary(millis()));
        return out;
    }

    private static Map<String, Object> summary(double[] ms) {
        var m = new LinkedHashMap<String, Object>();
        m.put("calls", ms.length);
        m.put("p50", Figures.percentile(ms, 50));
        m.put("p95", Figures.percentile(ms, 95));
        m.put("p99", Figures.percentile(ms, 99));
        m.put("max", Figures.percentile(ms, 100));
        return m;
    }

    private void record(String kind, long nanos) {
        nanosByKind.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(nanos);
    }

    private synchronized void error(String what) {
        errors.incrementAndGet();
        if (firstErrors.size() < ERRORS_KEPT) {
            firstErrors.add(what);
        }
    }

    /** A journey stops at its first unexpected answer; the error is counted and the run goes on with the next. */
    static final class Unexpected extends RuntimeException {
        Unexpected(String message) {
            super(message);
        }
    }

    final class Client {

        private final HttpClient http;

        private Client(HttpClient http) {
            this.http = http;
        }

        /** Sends and times the call; an answer other than {@code expected} is an error and ends the journey. */
        JsonNode call(String kind, String user, String method, String path, String json, int expected) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (user != null) {
                // Demo and bench users have a password that the journey knows: see Journeys.
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + Journeys.password(user)).getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<String> response;
            long started;
            try {
                // People do not act in step: a pause drawn evenly from 0 to twice the mean keeps twenty clients from
                // sending the same call at the same moment, run after run.
                Thread.sleep(think.isZero() ? 0 : ThreadLocalRandom.current().nextLong(2 * think.toMillis() + 1));
                started = System.nanoTime();
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                error(kind + " " + path + ": " + e);
                throw new Unexpected(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unexpected("interrupted");
            }
            record(kind, System.nanoTime() - started);
            if (response.statusCode() != expected) {
                String body = response.body();
                error(kind + " " + method + " " + path + " → " + response.statusCode() + ": "
                        + body.substring(0, Math.min(300, body.length())));
                throw new Unexpected(kind + " answered " + response.statusCode());
            }
            try {
                return response.body().isBlank() ? null : Http.JSON.readTree(response.body());
            } catch (IOException e) {
                error(kind + " " + path + ": not JSON");
                throw new Unexpected("not JSON");
            }
        }
    }
}
