package com.platform.onboarding.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.platform.onboarding.PackagedService;
import com.platform.onboarding.Registrations;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A node (the packaged jar, its own JVM) is killed while its delivery jobs are locked, three of them half-way through
 * an SMTP conversation. Another node takes them over once their lock has expired, and every message goes out once.
 */
class NodeKilledMidJobIT {

    private static final int NOTIFICATIONS = 6;
    private static final int THREADS = 3;
    // Longer than the six registrations take, or the dying node re-acquires its own hanging jobs before it dies.
    private static final int LOCK_TIME_MILLIS = 15_000;
    private static final String DELIVERY_JOBS = "from act_ru_job where process_def_key_ = 'notification-delivery'";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Test
    void jobsOfANodeKilledMidDeliveryAreTakenOverAfterTheirLockTimeAndDeliveredExactlyOnce() throws Exception {
        try (var db = ClusterDatabase.start(); var silentMailServer = new SilentMailServer()) {
            var dying = PackagedService.start("node-killed", Map.of(
                            "SPRING_PROFILES_ACTIVE", "postgres",
                            "SPRING_DATASOURCE_URL", db.url(),
                            "SPRING_DATASOURCE_USERNAME", "postgres",
                            "SPRING_DATASOURCE_PASSWORD", "",
                            "CAMUNDA_BPM_ADMINUSER_ID", "chief",
                            "CAMUNDA_BPM_ADMINUSER_PASSWORD", "Headoffice-2026"),
                    "--camunda.bpm.generic-properties.properties.hostname=nodeKilled",
                    "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
                    // Three jobs running, three waiting in the queue: the node dies holding both kinds.
                    "--camunda.bpm.job-execution.core-pool-size=" + THREADS,
                    "--camunda.bpm.job-execution.max-pool-size=" + THREADS,
                    "--camunda.bpm.job-execution.queue-capacity=" + THREADS,
                    "--camunda.bpm.job-execution.max-jobs-per-acquisition=" + THREADS,
                    "--camunda.bpm.job-execution.max-wait=1000",
                    "--spring.mail.host=localhost",
                    "--spring.mail.port=" + silentMailServer.port(),
                    "--spring.mail.properties.mail.smtp.timeout=600000",
                    // The dying node's claims on its messages must not outlive it by the production 5 minutes: what this
                    // test is about is the job locks. (A claim that outlives a slow send: SlowMailServerIT.)
                    "--onboarding.mail-claim-time=1s");
            // The other node is up before the first one dies. Its job executor starts at the kill: running all along it
            // would race the first node for the jobs as they are created, and what this test is about is finding them
            // locked by a node that is gone.
            try (var survivor = EngineNode.start("nodeB", db.url(), smtp.getSmtp().getPort(),
                    "camunda.bpm.job-execution.enabled=false",
                    "camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS)) {
                for (int i = 0; i < NOTIFICATIONS; i++) {
                    Registrations.register(dying.port(), "killed-" + i, "Killed " + i + " Ltd", "DOMESTIC", "beauty", "");
                }
                ClusterDatabase.await(Duration.ofMinutes(1),
                        () -> silentMailServer.connections() == THREADS
                                && db.count("select count(*) " + DELIVERY_JOBS + " and lock_owner_ is not null") == NOTIFICATIONS,
                        () -> silentMailServer.connections() + " SMTP conversations hanging, "
                                + db.count("select count(*) " + DELIVERY_JOBS + " and lock_owner_ is not null") + " jobs locked");
                Map<String, Timestamp> lockedUntil = db.sql().sql("select id_, lock_exp_time_ " + DELIVERY_JOBS)
                        .query((rs, row) -> Map.entry(rs.getString(1), rs.getTimestamp(2))).list().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                assertThat(lockedUntil).hasSize(NOTIFICATIONS);

                long stillLocked = db.count("select count(*) " + DELIVERY_JOBS + " and lock_exp_time_ > now()");
                dying.kill();
                long killedAt = System.nanoTime();
                survivor.bean(ProcessEngineConfigurationImpl.class).getJobExecutor().start();
                ClusterDatabase.await(Duration.ofMinutes(2),
                        () -> db.count("select count(*) " + DELIVERY_JOBS) == 0,
                        () -> db.count("select count(*) " + DELIVERY_JOBS) + " delivery jobs left");
                var takeover = Duration.ofNanos(System.nanoTime() - killedAt);

                var notificationIds = db.sql().sql("select id from notification where delivered_by = 'SMTP'")
                        .query(String.class).list();
                assertThat(notificationIds).hasSize(NOTIFICATIONS);
                var received = Arrays.stream(smtp.getReceivedMessages()).map(NodeKilledMidJobIT::notificationId)
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(notificationIds);
                assertThat(received.values()).as("e-mails per notification").containsOnly(1L);

                assertThat(db.count("select count(*) from act_hi_incident")).isZero();
                assertThat(db.count("select count(*) from act_hi_job_log where job_state_ = 1")).as("failed runs").isZero();
                // Only the processes' jobs: the engine's history cleanup is one job, run again and again in its night
                // window (01:00-05:00 in Shanghai), which a run of this test may fall into.
                var completions = db.sql()
                        .sql("select job_id_, hostname_, timestamp_ from act_hi_job_log where job_state_ = 2"
                                + " and process_instance_id_ is not null")
                        .query((rs, row) -> new Completion(rs.getString(1), rs.getString(2), rs.getTimestamp(3))).list();
                assertThat(completions).extracting(Completion::jobId)
                        .containsExactlyInAnyOrderElementsOf(lockedUntil.keySet());
                long afterLockExpiry = completions.stream()
                        .mapToLong(done -> done.at().getTime() - lockedUntil.get(done.jobId()).getTime()).max().orElseThrow();
                assertThat(completions).allSatisfy(done -> {
                    assertThat(done.node()).isEqualTo(survivor.name());
                    assertThat(done.at()).as("not taken before the dead node's lock expired")
                            .isAfterOrEqualTo(lockedUntil.get(done.jobId()));
                });

                Files.writeString(Path.of("target", "cluster-figures.txt"), ("node killed holding %d delivery jobs (%d of"
                        + " them still locked at the kill, lock time %d ms): all delivered %d ms after the kill, at most %d ms"
                        + " after a lock expired%n").formatted(NOTIFICATIONS, stillLocked, LOCK_TIME_MILLIS, takeover.toMillis(),
                                afterLockExpiry),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } finally {
                // Only for a test that failed before its kill: a node left running would outlive the build.
                dying.kill();
            }
        }
    }

    private record Completion(String jobId, String node, Timestamp at) {}

    private static String notificationId(MimeMessage message) {
        try {
            return message.getHeader("X-Notification-Id")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes SMTP connections and never answers: a send to it hangs until its read timeout. */
    private static final class SilentMailServer implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0);
        private final List<Socket> connections = new CopyOnWriteArrayList<>();

        SilentMailServer() throws IOException {
            var acceptor = new Thread(() -> {
                try {
                    while (true) {
                        connections.add(server.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "silent-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            return connections.size();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (var connection : connections) {
                connection.close();
            }
        }
    }
}
