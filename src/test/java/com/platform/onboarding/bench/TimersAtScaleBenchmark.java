package com.platform.onboarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.platform.onboarding.OnboardingApplication;
import com.platform.onboarding.StatementCounter;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch;
import com.platform.onboarding.qualification.HeldQualification;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Issue "Benchmark", item 4: 100,000 pending expiry-watch timers on one node. The whole application runs in this
 * (surefire) JVM on its embedded default, an H2 file database, with the job executor as configured and running
 * throughout. Active merchants are written in bulk (activation's output, not what is measured); then each merchant's
 * qualifications are held and watched by the product's own code, one transaction per merchant as at activation: every
 * watch holds three timers (next reminder, renewal window, suspension). Their last valid days are spread over a year,
 * except for one batch whose 30-day reminder and renewal window both fall at the same midnight in Shanghai. The
 * engine clock is then moved to just before that midnight and the node fires the burst: rate, lateness, e-mails,
 * heap. Sizes: {@code -Dbench.timers} (100,000), {@code -Dbench.burst} (10,000 due timers), {@code -Dbench.threads}
 * (2 creating), {@code -Dbench.drainSeconds} (600); {@code -Dbench.settings=key=value,…} overrides application
 * settings, to compare job executor configurations.
 */
@Tag("benchmark")
class TimersAtScaleBenchmark {

    static final int TIMERS = Integer.getInteger("bench.timers", 100_000);
    static final int BURST = Integer.getInteger("bench.burst", 10_000);
    static final int THREADS = Integer.getInteger("bench.threads", 2);
    static final Duration DRAIN = Duration.ofSeconds(Long.getLong("bench.drainSeconds", 600));
    static final String SETTINGS = System.getProperty("bench.settings", "");

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** What a domestic food seller holds: every merchant here holds both, each with its own watch. */
    static final String[] TYPES = {"businessLicense", "industryPermit"};
    static final int TIMERS_PER_WATCH = 3;
    /** At the burst's midnight a watch's 30-day reminder and its renewal window fall due together. */
    static final int DUE_PER_BURST_WATCH = 2;
    static final String TIMER = "timer-intermediate-transition";
    static final String DELIVERY = "async-continuation";
    /** Midnight arrives this long after the clock is moved, so the idle node has to notice it as it would. */
    static final Duration LEAD = Duration.ofSeconds(3);
    static final long MB = 1024 * 1024;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Test
    void aHundredThousandPendingTimersAndAMidnightBurst() throws Exception {
        int watches = (TIMERS + TIMERS_PER_WATCH - 1) / TIMERS_PER_WATCH;
        int burstWatches = BURST / DUE_PER_BURST_WATCH;
        assertThat(burstWatches).as("burst watches within all watches").isBetween(1, watches);
        int merchants = (watches + TYPES.length - 1) / TYPES.length;
        var figures = new LinkedHashMap<String, Object>();
        figures.put("loadAverageAtStart", loadAverage());
        figures.put("settings", SETTINGS);
        long baselineHeap = heapAfterGc();

        // Two days ahead: no timer may fall due in real time while the watches are being created.
        LocalDate burstDay = LocalDate.now(SHANGHAI).plusDays(2);
        Instant midnight = burstDay.atStartOfDay(SHANGHAI).toInstant();
        LocalDate burstValidUntil = burstDay.plusDays(30);
        var dataDir = Path.of("target", "bench", "timers-at-scale-db").toAbsolutePath();
        FileSystemUtils.deleteRecursively(dataDir);
        Files.createDirectories(dataDir);

        long started = System.nanoTime();
        try (var context = application(dataDir)) {
            figures.put("startupSeconds", seconds(System.nanoTime() - started));
            var engine = context.getBean(ProcessEngineConfigurationImpl.class);
            var jobExecutor = engine.getJobExecutor();
            assertThat(jobExecutor.isActive()).as("job executor running, as on a node").isTrue();
            var jobExecution = context.getBean(CamundaBpmProperties.class).getJobExecution();
            var db = JdbcClient.create(context.getBean(DataSource.class).unwrap(HikariDataSource.class));

            var validUntil = validUntilOfEachWatch(watches, burstWatches, burstValidUntil);
            var ids = activeMerchants(context, merchants);

            var beforeCreation = StatementCounter.Count.now();
            var kindsBeforeCreation = StatementCounter.kinds();
            var creationCpu = Cpu.now();
            long creationStart = System.nanoTime();
            holdAndWatch(context, ids, validUntil);
            double creationSeconds = seconds(System.nanoTime() - creationStart);
            var creationUsed = Cpu.now().since(creationCpu);
            var creation = StatementCounter.Count.now().since(beforeCreation);
            var creationKinds = top(CountedOnboarding.difference(StatementCounter.kinds(), kindsBeforeCreation), 8);

            long pending = count(db, "select count(*) from act_ru_job where handler_type_ = ?", TIMER);
            assertThat(pending).as("pending timers").isEqualTo((long) TIMERS_PER_WATCH * watches);
            assertThat(count(db, "select count(*) from act_hi_job_log where job_def_type_ = ? and job_state_ = 2", TIMER))
                    .as("timers fired before the burst").isZero();
            long midnights = count(db, "select count(distinct duedate_) from act_ru_job where handler_type_ = ?", TIMER);
            var due = new HashSet<>(db.sql("select id_ from act_ru_job where handler_type_ = ? and duedate_ <= ?")
                    .params(TIMER, Timestamp.from(midnight)).query(String.class).list());
            assertThat(due).as("timers due at the burst's midnight").hasSize(DUE_PER_BURST_WATCH * burstWatches);

            Thread.sleep(2000); // a few idle acquisitions against the full job table before the heap is read
            long heapPending = heapAfterGc();

            var beforeBurst = StatementCounter.Count.now();
            var kindsBeforeBurst = StatementCounter.kinds();
            var burstCpu = Cpu.now();
            long wallMidnight = System.currentTimeMillis() + LEAD.toMillis();
            long offset = midnight.toEpochMilli() - wallMidnight;
            int expectedMails = burstWatches;
            try {
                ClockUtil.offset(offset);
                awaitDrained(db, midnight, expectedMails);
            } finally {
                ClockUtil.reset();
            }
            var burstUsed = Cpu.now().since(burstCpu);
            var burst = StatementCounter.Count.now().since(beforeBurst);
            var burstKinds = top(CountedOnboarding.difference(StatementCounter.kinds(), kindsBeforeBurst), 8);

            // Lateness and rate from the engine's own job log, in engine time (wall time plus the offset).
            var fired = db.sql("""
                    select job_id_, timestamp_, job_duedate_ from act_hi_job_log
                    where job_def_type_ = ? and job_state_ = 2
                    """).param(TIMER).query((rs, row) -> new Fired(rs.getString(1), rs.getTimestamp(2).getTime(),
                    rs.getTimestamp(3).getTime())).list();
            assertThat(fired.stream().map(Fired::job).toList()).as("each due timer fired once, nothing else")
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(due);
            assertThat(count(db, "select count(*) from act_hi_job_log where job_state_ = 1")).as("failed job runs").isZero();
            assertThat(count(db, "select count(*) from act_hi_incident")).as("incidents").isZero();
            assertThat(count(db, "select count(*) from act_ru_job where handler_type_ = ?", TIMER))
                    .as("pending after: the rest, and each burst watch's 7-day reminder")
                    .isEqualTo(pending - due.size() + burstWatches);
            assertThat(count(db, "select count(*) from act_ru_task where task_def_key_ = ?",
                    QualificationExpiryWatch.Elements.RENEW_QUALIFICATION)).as("renewal tasks").isEqualTo(burstWatches);

            var notificationIds = db.sql("""
                    select id from notification where event = 'QUALIFICATION_EXPIRING' and delivered_by = 'SMTP'
                    """).query(String.class).list();
            assertThat(count(db, "select count(*) from notification")).as("notifications").isEqualTo(expectedMails);
            var received = Arrays.stream(smtp.getReceivedMessages()).map(TimersAtScaleBenchmark::notificationId)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(received.keySet()).as("e-mails").containsExactlyInAnyOrderElementsOf(notificationIds);
            assertThat(received.values()).as("e-mails per notification").containsOnly(1L);

            double[] lateness = fired.stream().mapToDouble(f -> (f.at() - f.due()) / 1000.0).toArray();
            long firstFired = fired.stream().mapToLong(Fired::at).min().orElseThrow() - offset;
            long lastFired = fired.stream().mapToLong(Fired::at).max().orElseThrow() - offset;
            long deliveries = count(db, "select count(*) from act_hi_job_log where job_def_type_ = ? and job_state_ = 2",
                    DELIVERY);
            var delivered = db.sql("select created_at, delivered_at from notification").query((rs, row) ->
                    new long[] {rs.getTimestamp(1).getTime(), rs.getTimestamp(2).getTime()}).list();
            long lastDelivered = delivered.stream().mapToLong(d -> d[1]).max().orElseThrow();
            double[] deliveryWait = delivered.stream().mapToDouble(d -> (d[1] - d[0]) / 1000.0).toArray();

            smtp.purgeEmailFromAllMailboxes(); // GreenMail's copies are the test's, not the service's
            long heapAfterBurst = heapAfterGc();

            figures.put("jvm", Map.of("maxHeapMB", Runtime.getRuntime().maxMemory() / MB,
                    "cores", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version")));
            figures.put("jobExecutor", Map.of("corePoolSize", jobExecution.getCorePoolSize(),
                    "maxPoolSize", jobExecution.getMaxPoolSize(), "queueCapacity", jobExecution.getQueueCapacity(),
                    "maxJobsPerAcquisition", jobExecutor.getMaxJobsPerAcquisition(),
                    "maxWaitMillis", jobExecutor.getMaxWait(), "lockTimeMillis", jobExecutor.getLockTimeInMillis()));
            figures.put("merchants", merchants);
            figures.put("watches", watches);
            figures.put("pendingTimers", pending);
            figures.put("distinctDueMoments", midnights);
            figures.put("creation", Map.of("threads", THREADS, "seconds", creationSeconds,
                    "watchesPerSecond", watches / creationSeconds, "timersPerSecond", pending / creationSeconds,
                    "cpu", creationUsed.json(), "timersPerJvmCpuSecond", pending / creationUsed.jvmSeconds(),
                    "statementsPerWatch", (double) creation.statements() / watches,
                    "commitsPerWatch", (double) creation.commits() / watches, "statementKinds", creationKinds));
            figures.put("heapUsedAfterGcMB", Map.of("beforeStart", baselineHeap / MB, "timersPending", heapPending / MB,
                    "afterBurst", heapAfterBurst / MB));
            var firing = new LinkedHashMap<String, Object>();
            firing.put("midnight", burstDay + "T00:00 Asia/Shanghai");
            firing.put("dueTimers", due.size());
            firing.put("burstWatches", burstWatches);
            firing.put("secondsFromDueToLastFired", (lastFired - wallMidnight) / 1000.0);
            firing.put("timersPerSecondFromDue", due.size() * 1000.0 / (lastFired - wallMidnight));
            firing.put("timersPerSecondFirstToLast", (due.size() - 1) * 1000.0 / Math.max(1, lastFired - firstFired));
            firing.put("latenessSeconds", Map.of("p50", Figures.percentile(lateness, 50),
                    "p95", Figures.percentile(lateness, 95), "p99", Figures.percentile(lateness, 99),
                    "max", Figures.percentile(lateness, 100)));
            firing.put("cpuUntilLastEmail", burstUsed.json());
            firing.put("jobsPerJvmCpuSecond", (due.size() + deliveries) / burstUsed.jvmSeconds());
            firing.put("statementsPerDueTimer", (double) burst.statements() / due.size());
            firing.put("commitsPerDueTimer", (double) burst.commits() / due.size());
            firing.put("statementKinds", burstKinds);
            figures.put("firing", firing);
            figures.put("downstream", Map.of("emails", notificationIds.size(), "deliveryJobs", deliveries,
                    "secondsFromDueToLastEmail", (lastDelivered - wallMidnight) / 1000.0,
                    "emailsPerSecondFromDue", notificationIds.size() * 1000.0 / (lastDelivered - wallMidnight),
                    "recordedToDeliveredSeconds", Map.of("p50", Figures.percentile(deliveryWait, 50),
                            "p95", Figures.percentile(deliveryWait, 95), "max", Figures.percentile(deliveryWait, 100))));
            figures.put("loadAverageAtEnd", loadAverage());
            Figures.write("timers-at-scale", table(figures), figures);
        }
    }

    private static ConfigurableApplicationContext application(Path dataDir) {
        var arguments = new ArrayList<>(List.of(
                "server.port=0",
                "onboarding.data-dir=" + dataDir,
                // Not "default": a benchmark that shares this JVM may hold the test context's engine of that name.
                "camunda.bpm.process-engine-name=timersAtScale",
                "camunda.bpm.generic-properties.properties.hostname=timersAtScale",
                // The demo merchant's deadline timers would fall due when the clock moves ahead.
                "onboarding.demo-data=false",
                "spring.mail.host=localhost",
                "spring.mail.port=" + smtp.getSmtp().getPort()));
        Arrays.stream(SETTINGS.split(",")).filter(s -> !s.isBlank()).forEach(arguments::add);
        // As command-line arguments, so that they win over application.yaml. StatementCounter counts at the DataSource.
        return new SpringApplicationBuilder(OnboardingApplication.class, StatementCounter.class)
                .run(arguments.stream().map(a -> "--" + a).toArray(String[]::new));
    }

    /**
     * Watch i: the first {@code burstWatches} are due at the burst's midnight; the others' last valid day is spread
     * evenly at random over the year after it, so that their timers sit at several hundred different midnights.
     */
    private static List<LocalDate> validUntilOfEachWatch(int watches, int burstWatches, LocalDate burstValidUntil) {
        var random = new Random(4);
        var days = new ArrayList<LocalDate>(watches);
        for (int i = 0; i < watches; i++) {
            days.add(i < burstWatches ? burstValidUntil : burstValidUntil.plusDays(1 + random.nextInt(365)));
        }
        return days;
    }

    /** Active merchants, straight into the table activation writes: their onboarding is not what is measured. */
    private static List<String> activeMerchants(ConfigurableApplicationContext context, int merchants) {
        var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        var ids = new ArrayList<String>(merchants);
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < merchants; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            rows.add(new Object[] {id, "watch-" + i, "Watch " + i + " Ltd", "watch-" + i + "@example.com",
                    Timestamp.from(Instant.now())});
            if (rows.size() == 1000 || i == merchants - 1) {
                jdbc.batchUpdate("""
                        insert into merchant_application (application_id, username, merchant_name, contact_email,
                            entity_type, category, overseas_markets, factory_program, status, submitted_at)
                        values (?, ?, ?, ?, 'DOMESTIC', 'food.snacks', '', false, 'ACTIVE', ?)
                        """, rows);
                rows.clear();
            }
        }
        return ids;
    }

    /**
     * Each merchant's qualifications held and watched in one transaction, as activation does, by the product's
     * {@code QualificationWatches.hold}: package-private, so reached by reflection rather than copied here.
     */
    private static void holdAndWatch(ConfigurableApplicationContext context, List<String> merchants,
            List<LocalDate> validUntil) throws Exception {
        Object watches = context.getBean("qualificationWatches");
        Method hold = watches.getClass().getDeclaredMethod("hold", HeldQualification.class);
        hold.setAccessible(true);
        var tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        var next = new AtomicInteger();
        Callable<Void> worker = () -> {
            for (int m = next.getAndIncrement(); m < merchants.size(); m = next.getAndIncrement()) {
                int merchant = m;
                tx.executeWithoutResult(status -> {
                    for (int t = 0; t < TYPES.length && merchant * TYPES.length + t < validUntil.size(); t++) {
                        var q = new HeldQualification(merchants.get(merchant), TYPES[t], "Watch " + merchant + " Ltd",
                                t == 0 ? "91350100M000100Y43" : "SC" + (10_000_000 + merchant), List.of("food.snacks"),
                                LocalDate.of(2025, 1, 1), validUntil.get(merchant * TYPES.length + t), false);
                        try {
                            hold.invoke(watches, q);
                        } catch (IllegalAccessException | InvocationTargetException e) {
                            throw new IllegalStateException("Cannot watch " + q, e);
                        }
                    }
                });
            }
            return null;
        };
        var pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (var result : pool.invokeAll(Collections.nCopies(THREADS, worker))) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Polls what costs the node nothing (the e-mails GreenMail holds) and, once they are all in, the index-backed
     * count of due timers left: a poll that read the job log would take CPU from the burst it measures.
     */
    private static void awaitDrained(JdbcClient db, Instant midnight, int mails) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (smtp.getReceivedMessages().length < mails
                || count(db, "select count(*) from act_ru_job where handler_type_ = ? and duedate_ <= ?", TIMER,
                        Timestamp.from(midnight)) > 0
                || count(db, "select count(*) from notification where delivered_at is null") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not drained within %s: %d due timers left, %d of %d e-mails received"
                        .formatted(DRAIN, count(db, "select count(*) from act_ru_job where handler_type_ = ? and duedate_ <= ?",
                                TIMER, Timestamp.from(midnight)), smtp.getReceivedMessages().length, mails));
            }
            Thread.sleep(1000);
        }
    }

    private static long count(JdbcClient db, String sql, Object... parameters) {
        return db.sql(sql).params(parameters).query(Long.class).single();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static Map<String, Long> top(Map<String, Long> kinds, int n) {
        return kinds.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static String notificationId(MimeMessage message) {
        try {
            return message.getHeader("X-Notification-Id")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String table(Map<String, Object> f) {
        var creation = (Map<String, Object>) f.get("creation");
        var heap = (Map<String, Object>) f.get("heapUsedAfterGcMB");
        var firing = (Map<String, Object>) f.get("firing");
        var lateness = (Map<String, Object>) firing.get("latenessSeconds");
        var downstream = (Map<String, Object>) f.get("downstream");
        var waits = (Map<String, Object>) downstream.get("recordedToDeliveredSeconds");
        var jvm = (Map<String, Object>) f.get("jvm");
        var executor = (Map<String, Object>) f.get("jobExecutor");
        return String.format(Locale.ROOT, """
                timers at scale: one node, H2 file, job executor %s/%s threads, %s jobs per acquisition | figure | target
                pending timers | %,d in %,d watches of %,d merchants, at %d distinct midnights |
                creation (%d threads) | %.0f s: %.1f watches/s, %.1f timers/s |
                CPU while creating | JVM %.0f CPU-s (%.0f%% of all cores; %.0f timers per CPU-s), machine busy %.0f%%, steal %.0f%% |
                statements per watch created | %.1f (%.2f commits) |
                heap used after GC, surefire JVM (max %d MB) | before start %d MB; timers pending %d MB; after burst %d MB | <= 512 MB
                burst | %,d timers due at %s (%,d watches: 30-day reminder and renewal window) |
                firing rate | %.1f timers/s from midnight to the last; %.1f/s first to last | >= 200/s
                lateness (s) | p50 %.1f, p95 %.1f, p99 %.1f, max %.1f |
                statements per due timer (with its e-mail) | %.1f (%.2f commits) |
                CPU from midnight to the last e-mail | JVM %.0f CPU-s (%.0f%% of all cores; %.0f jobs per CPU-s), machine busy %.0f%%, steal %.0f%% |
                e-mails (GreenMail) | %,d, the last %.1f s after midnight (%.1f/s); recorded to delivered p50 %.1f s, p95 %.1f s, max %.1f s |
                load average (1, 5, 15 min) | start %s; end %s |
                settings over application.yaml | %s |
                """,
                executor.get("corePoolSize"), executor.get("maxPoolSize"), executor.get("maxJobsPerAcquisition"),
                (Long) f.get("pendingTimers"), (Integer) f.get("watches"), (Integer) f.get("merchants"),
                (Long) f.get("distinctDueMoments"),
                (Integer) creation.get("threads"), creation.get("seconds"), creation.get("watchesPerSecond"),
                creation.get("timersPerSecond"), cpu(creation.get("cpu"), "jvmCpuSeconds"),
                100 * cpu(creation.get("cpu"), "jvmShareOfAllCores"), creation.get("timersPerJvmCpuSecond"),
                100 * cpu(creation.get("cpu"), "machineBusyShare"), 100 * cpu(creation.get("cpu"), "machineStealShare"),
                creation.get("statementsPerWatch"), creation.get("commitsPerWatch"),
                (Long) jvm.get("maxHeapMB"), (Long) heap.get("beforeStart"), (Long) heap.get("timersPending"),
                (Long) heap.get("afterBurst"),
                (Integer) firing.get("dueTimers"), firing.get("midnight"), (Integer) firing.get("burstWatches"),
                firing.get("timersPerSecondFromDue"), firing.get("timersPerSecondFirstToLast"),
                lateness.get("p50"), lateness.get("p95"), lateness.get("p99"), lateness.get("max"),
                firing.get("statementsPerDueTimer"), firing.get("commitsPerDueTimer"),
                cpu(firing.get("cpuUntilLastEmail"), "jvmCpuSeconds"),
                100 * cpu(firing.get("cpuUntilLastEmail"), "jvmShareOfAllCores"), firing.get("jobsPerJvmCpuSecond"),
                100 * cpu(firing.get("cpuUntilLastEmail"), "machineBusyShare"),
                100 * cpu(firing.get("cpuUntilLastEmail"), "machineStealShare"),
                (Integer) downstream.get("emails"), downstream.get("secondsFromDueToLastEmail"),
                downstream.get("emailsPerSecondFromDue"), waits.get("p50"), waits.get("p95"), waits.get("max"),
                short3(f.get("loadAverageAtStart")), short3(f.get("loadAverageAtEnd")),
                SETTINGS.isBlank() ? "none" : SETTINGS);
    }

    @SuppressWarnings("unchecked")
    private static double cpu(Object figures, String key) {
        return ((Number) ((Map<String, Object>) figures).getOrDefault(key, Double.NaN)).doubleValue();
    }

    private static String short3(Object loadavg) {
        return String.join(" ", Arrays.asList(String.valueOf(loadavg).split(" ")).subList(0, 3));
    }

    private record Fired(String job, long at, long due) {}

    /**
     * CPU time of this JVM and of the whole machine (from /proc/stat, in clock ticks), so that a figure taken while
     * others share the cores can be read against the CPU it actually got.
     */
    private record Cpu(double jvmSeconds, long wallNanos, long[] machineTicks) {
        static Cpu now() {
            long[] ticks;
            try {
                ticks = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+")).skip(1)
                        .mapToLong(Long::parseLong).toArray();
            } catch (IOException | RuntimeException e) {
                ticks = new long[0];
            }
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new Cpu(os.getProcessCpuTime() / 1e9, System.nanoTime(), ticks);
        }

        Cpu since(Cpu start) {
            long[] d = new long[Math.min(machineTicks.length, start.machineTicks.length)];
            for (int i = 0; i < d.length; i++) {
                d[i] = machineTicks[i] - start.machineTicks[i];
            }
            return new Cpu(jvmSeconds - start.jvmSeconds, wallNanos - start.wallNanos, d);
        }

        /** user nice system idle iowait irq softirq steal: the share of all cores that was busy, idle, stolen. */
        Map<String, Object> json() {
            var m = new LinkedHashMap<String, Object>();
            double wall = wallNanos / 1e9;
            int cores = Runtime.getRuntime().availableProcessors();
            m.put("jvmCpuSeconds", jvmSeconds);
            m.put("jvmShareOfAllCores", jvmSeconds / (wall * cores));
            if (machineTicks.length >= 8) {
                double total = Arrays.stream(machineTicks).limit(8).sum();
                m.put("machineBusyShare", (total - machineTicks[3] - machineTicks[4] - machineTicks[7]) / total);
                m.put("machineStealShare", machineTicks[7] / total);
            }
            return m;
        }
    }
}
