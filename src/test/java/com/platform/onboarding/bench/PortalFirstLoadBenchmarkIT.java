package com.platform.onboarding.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.platform.onboarding.Http;
import com.platform.onboarding.PackagedService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.logging.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17, "portal first load": what a merchant's browser fetches and how long until they can act, on the packaged
 * jar over loopback, Debian's Chromium headless in zh-CN with a new profile (an empty cache) every run:
 * <ol>
 * <li>a first visit to "/": the sign-in page; then the next visit, in the same browser, with what it kept;</li>
 * <li>a signed-in merchant opening their task form by its link (as from an e-mail), the form renderer included;</li>
 * <li>the same merchant opening the form from their application page, already loaded: what the form adds.</li>
 * </ol>
 * Bytes are those on the wire (Chromium's own count per request, {@code encodedDataLength}: headers and the body as
 * sent, compressed or not). Interactive is the portal's own marker ({@code performance.mark('portal-ready')}, set
 * once a page has its content and its handlers), from navigation start, or from the click for the third.
 * Not part of the build: {@code mvn -Pbench verify}.
 */
@Tag("benchmark")
class PortalFirstLoadBenchmarkIT {

    static final int RUNS = Integer.getInteger("bench.portal.runs", 7);
    // Selenium warns at every browser that it knows no CDP bindings for this Chromium; the benchmark needs none.
    private static final java.util.logging.Logger CDP_WARNINGS = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PASSWORD = "Durian2026x";
    private static final String[] SCENARIOS = {"sign-in page, first visit", "sign-in page, next visit",
            "task form by its link, signed in", "task form from the application page"};

    /**
     * One page load: bytes on the wire, requests that reached the service, ms to interactive, and each request for
     * the record (those the browser answered from its cache too).
     */
    private record Load(long wireBytes, int requests, double interactiveMs, List<Map<String, Object>> assets) {}

    @Test
    void firstLoad() throws Exception {
        CDP_WARNINGS.setLevel(Level.SEVERE);
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "needs Debian's chromium and chromium-driver");
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "bench-portal-").toAbsolutePath();
        try (var service = PackagedService.start("portal-first-load", Map.of(), "--onboarding.data-dir=" + work.resolve("data"))) {
            int port = service.port();
            // Not counted: brings the service's static resources and the browser into memory.
            measure(port, null, null);
            var loads = new LinkedHashMap<String, List<Load>>();
            for (String scenario : SCENARIOS) {
                loads.put(scenario, new ArrayList<>());
            }
            for (int run = 1; run <= RUNS; run++) {
                var merchant = registeredMerchant(port, "bench-portal-" + run);
                var signIn = measure(port, null, null);
                loads.get(SCENARIOS[0]).add(signIn.get(0));
                loads.get(SCENARIOS[1]).add(signIn.get(1));
                var task = measure(port, merchant.cookie(), "/#/task/" + merchant.applicationId() + "/" + merchant.taskId());
                loads.get(SCENARIOS[2]).add(task.get(0));
                loads.get(SCENARIOS[3]).add(measure(port, merchant.cookie(), "/").get(1));
            }
            report(loads);
        }
    }

    private record Merchant(String applicationId, String taskId, String cookie) {}

    /** A new merchant whose first task (the agreement) is open, and their session cookie as the portal got it. */
    private static Merchant registeredMerchant(int port, String username) throws Exception {
        var registration = Http.anonymous(port).postJson("/api/registrations", Map.of("username", username,
                "password", PASSWORD, "merchantName", username + " Ltd", "contactEmail", username + "@example.com",
                "entityType", "OVERSEAS", "category", "food.fresh-fruit.durian", "overseasMarkets", "US,HK",
                "factoryProgram", false));
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        String applicationId = registration.json().get("applicationId").asText();
        var signIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.statusCode()).isEqualTo(200);
        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
        var tasks = Http.session(port, username, PASSWORD).get("/api/merchants/" + applicationId + "/tasks").json();
        assertThat(tasks.size()).as("the merchant's open tasks").isPositive();
        return new Merchant(applicationId, tasks.get(0).get("taskId").asText(), cookie);
    }

    /**
     * A new browser opens {@code path} ("/" when null, then once more), signed in with {@code cookie} if given; with
     * a path of "/" and a cookie, it then opens the task from the application page, a second load.
     */
    private static List<Load> measure(int port, String cookie, String path) throws Exception {
        Path profile = Files.createTempDirectory("chromium-bench-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN"));
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        var logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        try {
            String base = "http://localhost:" + port;
            if (cookie != null) {
                String[] pair = cookie.split("=", 2);
                driver.executeCdpCommand("Network.setCookie", Map.of("name", pair[0], "value", pair[1], "url", base,
                        "httpOnly", true, "sameSite", "Lax"));
            }
            driver.manage().logs().get(LogType.PERFORMANCE);
            driver.get(base + (path == null ? "/" : path));
            var loads = new ArrayList<Load>();
            if (path == null) {
                for (int visit = 1; visit <= 2; visit++) {
                    if (visit == 2) {
                        driver.get("about:blank");
                        driver.get(base + "/");
                    }
                    double ms = ready(driver, "signin", null);
                    assertThat(driver.findElement(By.id("signin-username")).isEnabled()).isTrue();
                    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("登录商家中心");
                    loads.add(load(driver, base, ms));
                }
            } else if (path.startsWith("/#/task/")) {
                double ms = ready(driver, "task", null);
                assertThat(driver.findElements(By.cssSelector(".task-form .fjs-form input"))).as("the form's fields").isNotEmpty();
                loads.add(load(driver, base, ms));
            } else {
                loads.add(load(driver, base, ready(driver, "home", null)));
                double ms = ready(driver, "task", "performance.mark('bench-open'); document.querySelector('.due-item a.button').click();");
                assertThat(driver.findElements(By.cssSelector(".task-form .fjs-form input"))).as("the form's fields").isNotEmpty();
                loads.add(load(driver, base, ms));
            }
            assertThat(consoleErrors(driver)).as("console errors").isEmpty();
            return loads;
        } finally {
            driver.quit();
            deleteRecursively(profile);
        }
    }

    /**
     * Waits for the portal's marker of this page; answers ms from navigation start, or from the mark the action set
     * just before it acted.
     */
    private static double ready(ChromeDriver driver, String page, String action) {
        if (action != null) {
            driver.executeScript(action);
        }
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> page.equals(driver.executeScript(
                "return document.documentElement.dataset.ready")));
        return ((Number) driver.executeScript("const r = performance.getEntriesByName('portal-ready')"
                + ".filter(e => e.detail === arguments[0]).pop();"
                + "const from = performance.getEntriesByName('bench-open').pop();"
                + "return r.startTime - (from ? from.startTime : 0);", page)).doubleValue();
    }

    /** What the network carried since the last look, once it has been quiet (the page may still fetch after its marker). */
    private static Load load(ChromeDriver driver, String base, double interactiveMs) throws Exception {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        long[] seen = {-1};
        wait.pollingEvery(Duration.ofMillis(300)).until(d -> {
            long now = (Long) driver.executeScript("return document.readyState === 'complete'"
                    + " ? performance.getEntriesByType('resource').length : -1");
            boolean quiet = now >= 0 && now == seen[0];
            seen[0] = now;
            return quiet;
        });
        var urls = new LinkedHashMap<String, Map<String, Object>>();
        var cached = new java.util.HashSet<String>();
        long total = 0;
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = Http.JSON.readTree(entry.getMessage()).get("message");
            JsonNode params = message.get("params");
            switch (message.get("method").asText()) {
                case "Network.requestServedFromCache" -> cached.add(params.get("requestId").asText());
                case "Network.responseReceived" -> {
                    JsonNode response = params.get("response");
                    // Only the service's: a new profile's browser also loads its own pages (chrome://) meanwhile.
                    if (!response.get("url").asText().startsWith(base)) {
                        continue;
                    }
                    var asset = new LinkedHashMap<String, Object>();
                    asset.put("url", URI.create(response.get("url").asText()).getPath());
                    asset.put("status", response.get("status").asInt());
                    asset.put("contentEncoding", header(response, "content-encoding"));
                    asset.put("cacheControl", header(response, "cache-control"));
                    asset.put("fromCache", cached.contains(params.get("requestId").asText())
                            || response.path("fromDiskCache").asBoolean());
                    urls.put(params.get("requestId").asText(), asset);
                }
                case "Network.loadingFinished" -> {
                    var asset = urls.get(params.get("requestId").asText());
                    if (asset != null) {
                        long bytes = params.get("encodedDataLength").asLong();
                        asset.put("wireBytes", bytes);
                        total += bytes;
                    }
                }
                default -> { }
            }
        }
        // When each request started and ended, in ms from the same origin as interactive: the waterfall.
        @SuppressWarnings("unchecked")
        var times = (Map<String, List<Number>>) driver.executeScript("const from = performance.getEntriesByName('bench-open').pop();"
                + "const at = from ? from.startTime : 0; const times = {};"
                + "for (const e of performance.getEntriesByType('resource')) times[new URL(e.name).pathname] ="
                + " [e.startTime - at, e.responseEnd - at];"
                + "return times;");
        var assets = urls.values().stream().filter(a -> a.containsKey("wireBytes")).toList();
        for (var asset : assets) {
            var time = times.get((String) asset.get("url"));
            if (time != null) {
                asset.put("startMs", time.get(0).doubleValue());
                asset.put("endMs", time.get(1).doubleValue());
            }
        }
        int requests = (int) assets.stream().filter(a -> !(Boolean) a.get("fromCache")).count();
        return new Load(total, requests, interactiveMs, assets);
    }

    private static String header(JsonNode response, String name) {
        var headers = response.get("headers").fields();
        while (headers.hasNext()) {
            var header = headers.next();
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue().asText();
            }
        }
        return "";
    }

    /**
     * The console's errors, but for the one a first visit must cause: the portal asks whether the visitor is signed
     * in (GET /api/session), and the anonymous answer, 401, is logged by Chromium as a failed resource.
     */
    private static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !(m.contains("/api/session") && m.contains("401")))
                .toList();
    }

    private static void report(Map<String, List<Load>> loads) {
        var table = new StringBuilder(String.format(Locale.ROOT,
                "Portal first load: packaged jar on loopback, Chromium headless (zh-CN), a new profile each run; %d runs,"
                        + " median (min–max)%n", RUNS));
        table.append(String.format(Locale.ROOT, "%-38s %-26s %-12s %-26s%n", "page", "KB on the wire", "requests",
                "ms to interactive"));
        var json = new LinkedHashMap<String, Object>();
        json.put("runs", RUNS);
        json.put("when", Instant.now().toString());
        var figures = new LinkedHashMap<String, Object>();
        loads.forEach((scenario, list) -> {
            var kb = Figures.Spread.of(list.stream().mapToDouble(l -> l.wireBytes() / 1024.0).toArray());
            var requests = Figures.Spread.of(list.stream().mapToDouble(Load::requests).toArray());
            var ms = Figures.Spread.of(list.stream().mapToDouble(Load::interactiveMs).toArray());
            table.append(String.format(Locale.ROOT, "%-38s %-26s %-12s %-26s%n", scenario, kb.format("%.1f"),
                    String.format(Locale.ROOT, "%.0f", requests.median()), ms.format("%.0f")));
            var figure = new LinkedHashMap<String, Object>();
            figure.put("wireKB", kb.json());
            figure.put("requests", requests.json());
            figure.put("interactiveMs", ms.json());
            figure.put("lastRunRequests", list.get(list.size() - 1).assets());
            figures.put(scenario, figure);
        });
        table.append(String.format(Locale.ROOT, "%nRequests of the last run (bytes on the wire, encoding, when, caching):%n"));
        loads.forEach((scenario, list) -> {
            table.append(scenario).append(':').append(System.lineSeparator());
            list.get(list.size() - 1).assets().stream()
                    .sorted(Comparator.comparing(a -> -((Long) a.get("wireBytes"))))
                    .forEach(a -> table.append(request(a)));
        });
        json.put("figures", figures);
        Figures.write("portal-first-load", table.toString(), json);
        // The figures: a merchant's first visit, and the heaviest first load (a task form, form-js included).
        for (String scenario : List.of(SCENARIOS[0], SCENARIOS[2])) {
            var kb = Figures.Spread.of(loads.get(scenario).stream().mapToDouble(l -> l.wireBytes() / 1024.0).toArray());
            var ms = Figures.Spread.of(loads.get(scenario).stream().mapToDouble(Load::interactiveMs).toArray());
            String key = scenario.equals(SCENARIOS[0]) ? "6a" : "6b";
            Figures.headline(key + "-kb", "portal " + scenario + ": KB on the wire (compressed)", kb, "%.0f", "≤ 500 KB",
                    kb.median() <= 500);
            Figures.headline(key + "-ms", "portal " + scenario + ": ms to interactive, loopback", ms, "%.0f", "≤ 1,000 ms",
                    ms.median() <= 1000);
        }
    }

    /** One request as a row: bytes, status (or "cache"), encoding, path, when, caching. */
    private static String request(Map<String, Object> a) {
        String when = a.containsKey("startMs")
                ? String.format(Locale.ROOT, "%.0f–%.0f ms", (Double) a.get("startMs"), (Double) a.get("endMs"))
                : "";
        return String.format(Locale.ROOT, "  %8d  %-5s %-8s %-40s %-12s %s%n", (Long) a.get("wireBytes"),
                (Boolean) a.get("fromCache") ? "cache" : a.get("status"), blankAsDash(a.get("contentEncoding")),
                a.get("url"), when, blankAsDash(a.get("cacheControl")));
    }

    private static String blankAsDash(Object value) {
        return value == null || value.toString().isEmpty() ? "-" : value.toString();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
