package com.platform.onboarding.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two engine nodes on one PostgreSQL, both with their job executor on. A thousand stores whose qualification has run
 * out: each watch has two due timers (renewal window, expiry); the expiry suspends the store and records two
 * notifications (merchant, ops), each delivered by its own asynchronous job over real SMTP.
 */
class TwoEngineNodesIT {

    private static final int STORES = 1000;
    private static final String TYPE = "businessLicense";
    private static final String OPS = "ops@merchant-onboarding.invalid";

    private static final String[] JOB_EXECUTION = {
            "camunda.bpm.job-execution.core-pool-size=6",
            "camunda.bpm.job-execution.max-pool-size=6",
            "camunda.bpm.job-execution.queue-capacity=12",
            "camunda.bpm.job-execution.max-jobs-per-acquisition=12",
            // Both nodes see the same due jobs; after a lost race on acquisition a node waits a little instead of
            // retrying at once into the same rows.
            "camunda.bpm.job-execution.backoff-time-in-millis=40",
            "camunda.bpm.job-execution.max-backoff=400"};

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final String PROCESS_JOBS = "select count(*) from act_ru_job where process_instance_id_ is not null";

    @Test
    void dueTimersAndDeliveryJobsOfAThousandStoresRunOnceInEffectAndBothNodesTakePart() throws Exception {
        try (var db = ClusterDatabase.start();
                var a = EngineNode.start("nodeA", db.url(), smtp.getSmtp().getPort(), JOB_EXECUTION);
                var b = EngineNode.start("nodeB", db.url(), smtp.getSmtp().getPort(), JOB_EXECUTION)) {
            assertThat(lockOwner(a)).as("each node locks jobs under its own name").isNotEqualTo(lockOwner(b));
            LocalDate validUntil = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3);
            var stores = activeStoresWithExpiredLicence(db, validUntil);

            long started = System.nanoTime();
            startWatches(stores, validUntil, a, b);
            // The engine's own history cleanup job waits for its nightly window; every job of a process must be done.
            ClusterDatabase.await(Duration.ofMinutes(5),
                    () -> db.count(PROCESS_JOBS) == 0
                            && db.count("select count(*) from notification where delivered_at is null") == 0,
                    () -> "jobs left " + db.count(PROCESS_JOBS) + ", failing: "
                            + db.sql().sql("select distinct exception_msg_ from act_ru_job where exception_msg_ is not null")
                                    .query(String.class).list());
            var took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(db.count("select count(*) from merchant_application where status = 'SUSPENDED'")).isEqualTo(STORES);
            assertThat(db.count("select count(*) from held_qualification where suspended")).isEqualTo(STORES);
            assertThat(db.sql().sql("""
                    select application_id from notification
                    group by application_id
                    having count(*) <> 2 or count(distinct recipient) <> 2 or min(event) <> 'MERCHANT_SUSPENDED'
                        or max(event) <> 'MERCHANT_SUSPENDED' or count(case when recipient = ? then 1 end) <> 1
                    """).param(OPS).query(String.class).list()).as("each store suspended once: one notice to it, one to ops")
                    .isEmpty();
            assertThat(db.count("select count(distinct application_id) from notification")).isEqualTo(STORES);

            var notificationIds = db.sql().sql("select id from notification where delivered_by = 'SMTP'")
                    .query(String.class).list();
            assertThat(notificationIds).hasSize(2 * STORES);
            var received = Arrays.stream(smtp.getReceivedMessages()).map(TwoEngineNodesIT::notificationId)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(notificationIds);
            assertThat(received.values()).as("e-mails per notification").containsOnly(1L);

            assertThat(db.count("select count(*) from act_hi_incident")).isZero();
            // The processes' jobs only: the history cleanup is one job run again and again in its night window.
            assertThat(db.sql().sql("select job_id_ from act_hi_job_log where job_state_ = 2 and process_instance_id_ is not null"
                    + " group by job_id_ having count(*) > 1")
                    .query(String.class).list()).as("jobs completed twice").isEmpty();
            assertThat(db.count("select count(*) from act_hi_job_log where job_state_ = 2 and job_def_type_ = 'timer-intermediate-transition'"))
                    .isEqualTo(2L * STORES);
            assertThat(db.count("select count(*) from act_hi_job_log where job_state_ = 2 and job_def_type_ = 'async-continuation'"))
                    .isEqualTo(2L * STORES);
            Map<String, Long> perNode = db.sql()
                    .sql("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_")
                    .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            long total = perNode.values().stream().mapToLong(Long::longValue).sum();
            assertThat(perNode.keySet()).containsExactlyInAnyOrder(a.name(), b.name());
            assertThat(perNode.values()).as("each node's share of " + total + " jobs")
                    .allSatisfy(jobs -> assertThat(jobs).isGreaterThan(total / 10));

            Files.writeString(Path.of("target", "cluster-figures.txt"), "two nodes, %d stores, %d jobs in %d ms, per node %s%n"
                    .formatted(STORES, total, took.toMillis(), perNode), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static String lockOwner(EngineNode node) {
        return node.bean(ProcessEngineConfigurationImpl.class).getJobExecutor().getLockOwner();
    }

    /** Active stores whose business licence ran out three days ago, straight into the tables activation writes. */
    private static List<String> activeStoresWithExpiredLicence(ClusterDatabase db, LocalDate validUntil) {
        var stores = new ArrayList<String>();
        var merchants = new ArrayList<Object[]>();
        var licences = new ArrayList<Object[]>();
        for (int i = 0; i < STORES; i++) {
            String id = UUID.randomUUID().toString();
            stores.add(id);
            merchants.add(new Object[] {id, "store-" + i, "Store " + i + " Ltd", "store-" + i + "@example.com",
                    Timestamp.from(Instant.now())});
            licences.add(new Object[] {id, TYPE, "Store " + i + " Ltd", Date.valueOf(validUntil)});
        }
        var jdbc = new JdbcTemplate(db.dataSource());
        jdbc.batchUpdate("""
                insert into merchant_application (application_id, username, merchant_name, contact_email, entity_type,
                    category, overseas_markets, factory_program, status, submitted_at)
                values (?, ?, ?, ?, 'DOMESTIC', 'beauty', '', false, 'ACTIVE', ?)
                """, merchants);
        jdbc.batchUpdate("""
                insert into held_qualification (application_id, qualification_type, holder_name, valid_until, suspended)
                values (?, ?, ?, ?, false)
                """, licences);
        return stores;
    }

    /** Half the watches started on each node, as activations would come in on either. */
    private static void startWatches(List<String> stores, LocalDate validUntil, EngineNode a, EngineNode b)
            throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var started = new ArrayList<Future<?>>();
            for (int i = 0; i < stores.size(); i++) {
                var runtime = (i % 2 == 0 ? a : b).bean(RuntimeService.class);
                String applicationId = stores.get(i);
                started.add(pool.submit(() -> runtime.startProcessInstanceByKey(QualificationExpiryWatch.PROCESS_KEY,
                        applicationId, Map.of(QualificationExpiryWatch.Variables.QUALIFICATION_TYPE, TYPE,
                                QualificationExpiryWatch.Variables.VALID_UNTIL, validUntil.toString(),
                                QualificationExpiryWatch.Variables.REQUIRED_QUALIFICATIONS_TEXT, TYPE))));
            }
            for (var start : started) {
                start.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String notificationId(MimeMessage message) {
        try {
            return message.getHeader("X-Notification-Id")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
