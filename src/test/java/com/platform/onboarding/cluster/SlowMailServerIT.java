package com.platform.onboarding.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.notification.NotificationEvent;
import com.platform.onboarding.notification.Notifications;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/**
 * A mail server slower than a job's lock, two nodes: node A sends, its lock expires mid-send, and a node takes the
 * same delivery job again. Before, A's job transaction then failed (the job had been taken) and took A's claim with
 * it, after the mail had gone out, and the next run sent it again. The claim now outlives A's transaction: a run
 * meanwhile finds it held and sends nothing, and a run after A's mail is out finds it delivered.
 */
class SlowMailServerIT {

    private static final int LOCK_MILLIS = 2000;
    private static final Duration ANSWER_DELAY = Duration.ofSeconds(8);
    private static final String DELIVERY_JOBS = "from act_ru_job where process_def_key_ = 'notification-delivery'";

    @Test
    void aDeliveryThatOutlivesItsJobLockIsSentOnceThoughAnotherNodeTakesTheJob() throws Exception {
        try (var db = ClusterDatabase.start(); var mail = new SlowMailServer(ANSWER_DELAY);
                var a = EngineNode.start("nodeA", db.url(), mail.port(),
                        "camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
                        "spring.mail.properties.mail.smtp.timeout=30000");
                var b = EngineNode.start("nodeB", db.url(), mail.port(),
                        "camunda.bpm.job-execution.enabled=false",
                        "camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
                        "spring.mail.properties.mail.smtp.timeout=30000")) {
            String notification = a.bean(Notifications.class).record("slow-1", "slow@example.com",
                    NotificationEvent.MERCHANT_ACTIVATED, "Slow Mail Ltd", "slow-1");

            ClusterDatabase.await(Duration.ofSeconds(30), mail::sending, () -> "node A never started to send");
            // Both nodes poll now: once A's lock expires (2 s) while the server still holds A's mail (8 s), a node takes
            // the job again.
            b.bean(ProcessEngineConfigurationImpl.class).getJobExecutor().start();
            ClusterDatabase.await(Duration.ofSeconds(60),
                    () -> db.count("select count(*) from notification where id = ? and delivered_at is not null",
                            notification) == 1
                            && db.count("select count(*) from act_hi_job_log where job_def_type_ = 'async-continuation'"
                                    + " and process_def_key_ = 'notification-delivery' and job_state_ = 1") > 0,
                    () -> "not delivered, or never run again: " + db.sql().sql("select concat_ws(' ', hostname_,"
                            + " job_state_, job_exception_msg_) from act_hi_job_log").query(String.class).list());
            b.bean(ProcessEngineConfigurationImpl.class).getJobExecutor().shutdown();
            a.bean(ProcessEngineConfigurationImpl.class).getJobExecutor().shutdown();
            assertThat(mail.messages()).as("messages the server took").isEqualTo(1);

            // The run that failed is retried later (R5/PT5M): run it now; it finds the message delivered, sends nothing.
            String job = db.sql().sql("select id_ " + DELIVERY_JOBS).query(String.class).optional().orElse(null);
            if (job != null) {
                var management = b.bean(ManagementService.class);
                management.setJobRetries(job, 1);
                management.executeJob(job);
            }
            assertThat(db.count("select count(*) " + DELIVERY_JOBS)).isZero();
            assertThat(mail.messages()).isEqualTo(1);
        }
    }

    /** Speaks enough SMTP for JavaMail, and answers the end of each message only after a delay. */
    private static final class SlowMailServer implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0);
        private final Duration delay;
        private final AtomicInteger messages = new AtomicInteger();
        private final AtomicBoolean sending = new AtomicBoolean();

        SlowMailServer(Duration delay) throws IOException {
            this.delay = delay;
            var acceptor = new Thread(() -> {
                try {
                    while (true) {
                        var socket = server.accept();
                        var conversation = new Thread(() -> converse(socket), "slow-smtp-conversation");
                        conversation.setDaemon(true);
                        conversation.start();
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "slow-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void converse(Socket socket) {
            try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))) {
                OutputStream out = socket.getOutputStream();
                say(out, "220 slow.example ESMTP");
                boolean data = false;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (data) {
                        if (line.equals(".")) {
                            data = false;
                            sending.set(true);
                            Thread.sleep(delay.toMillis());
                            messages.incrementAndGet();
                            say(out, "250 queued");
                        }
                        continue;
                    }
                    String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                    switch (command) {
                        case "EHLO", "HELO" -> say(out, "250 slow.example");
                        case "DATA" -> {
                            data = true;
                            say(out, "354 go ahead");
                        }
                        case "QUIT" -> {
                            say(out, "221 bye");
                            return;
                        }
                        default -> say(out, "250 ok");
                    }
                }
            } catch (IOException | InterruptedException gone) {
                // the client or the test went away
            }
        }

        private static void say(OutputStream out, String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        int port() {
            return server.getLocalPort();
        }

        boolean sending() {
            return sending.get();
        }

        int messages() {
            return messages.get();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
