package com.platform.onboarding.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.Smtp;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.MailSendException;
import org.springframework.transaction.support.TransactionTemplate;

/** A real SMTP conversation: what the merchant receives, and that nothing is lost or sent twice when mail fails. */
@OnboardingTest
class NotificationDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Notifications notifications;
    @Autowired
    DeliveryClaims claims;
    @Autowired
    TransactionTemplate transactions;

    private Job deliveryJobOf(String applicationId) {
        var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("notification-delivery")
                .processInstanceBusinessKey(applicationId).singleResult();
        return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    @Test
    void aRegistrationIsConfirmedByEmailInChineseAndEnglish() throws Exception {
        String applicationId = Registrations.register(port, "mail-ok", "Mail Ok Ltd", "DOMESTIC", "beauty", "");

        managementService.executeJob(deliveryJobOf(applicationId).getId());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("mail-ok@example.com");
        assertThat(received[0].getSubject()).contains("入驻申请已受理", "Your application was received");
        assertThat(GreenMailUtil.getBody(received[0])).contains(applicationId);
        var listed = Http.as(port, "mail-ok", Registrations.PASSWORD)
                .get("/api/merchants/" + applicationId + "/notifications").json();
        assertThat(listed.get(0).get("event").asText()).isEqualTo("REGISTRATION_RECEIVED");
        assertThat(listed.get(0).get("deliveredBy").asText()).isEqualTo("SMTP");
        assertThat(Http.as(port, "mail-ok", "wrong-password").get("/api/merchants/" + applicationId + "/notifications")
                .status()).isEqualTo(401);
    }

    /**
     * Merchant text is text in e-mail too: a name written in markdown and HTML reaches the merchant as typed in the
     * plain-text part, and any HTML part would have to carry it escaped, never as an element a mail reader renders.
     */
    @Test
    void aMerchantsMarkupIsSentAsTextNeverAsHtml() throws Exception {
        String name = "**已通过风控 / risk cleared** <img src=x onerror=alert(1)>";
        String applicationId = Registrations.register(port, "mail-markup", name, "DOMESTIC", "beauty", "");

        managementService.executeJob(deliveryJobOf(applicationId).getId());

        var parts = new java.util.ArrayList<jakarta.mail.Part>();
        collectParts(smtp.getReceivedMessages()[0], parts);
        assertThat(parts).extracting(part -> part.getContentType().toLowerCase()).anyMatch(t -> t.startsWith("text/plain"));
        for (var part : parts) {
            String text = (String) part.getContent();
            if (part.isMimeType("text/html")) {
                assertThat(text).doesNotContain("<img", "**已通过风控").contains("&lt;img src=x onerror=alert(1)&gt;");
            } else {
                assertThat(text).contains("「" + name + "」");
            }
        }
    }

    private static void collectParts(jakarta.mail.Part part, java.util.List<jakarta.mail.Part> into) throws Exception {
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collectParts(multipart.getBodyPart(i), into);
            }
        } else {
            into.add(part);
        }
    }

    @Test
    void theSameDeliveryRunTwiceSendsOneMessage() {
        String applicationId = Registrations.register(port, "mail-twice", "Mail Twice Ltd", "DOMESTIC", "beauty", "");
        String notificationId = notifications.of(applicationId).get(0).id();

        notifications.deliver(notificationId);
        notifications.deliver(notificationId);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    /**
     * A slow mail server: the node's job lock expires, another node takes the job, and the first node's job
     * transaction fails after its mail went out. The second run must not send again.
     */
    @Test
    void aDeliveryWhoseJobTransactionFailsAfterSendingIsNotSentAgain() {
        String applicationId = Registrations.register(port, "mail-slow", "Mail Slow Ltd", "DOMESTIC", "beauty", "");
        String notificationId = notifications.of(applicationId).get(0).id();

        transactions.executeWithoutResult(tx -> {
            notifications.deliver(notificationId);
            tx.setRollbackOnly();
        });
        notifications.deliver(notificationId);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(notifications.of(applicationId).get(0).deliveredBy()).isEqualTo("SMTP");
    }

    @Test
    void whileAnotherRunHoldsTheClaimNothingIsSentAndTheJobIsRetriedLater() {
        String applicationId = Registrations.register(port, "mail-held", "Mail Held Ltd", "DOMESTIC", "beauty", "");
        String notificationId = notifications.of(applicationId).get(0).id();
        assertThat(claims.claim(notificationId, "node-a", Duration.ofMinutes(5))).isTrue();

        assertThatThrownBy(() -> notifications.deliver(notificationId)).isInstanceOf(DeliveryInProgress.class)
                .hasMessageContaining("being delivered by another run");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        claims.delivered(notificationId, "node-a", "SMTP");
        notifications.deliver(notificationId);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aClaimWhoseHolderDiedExpiresAndTheMessageGoesOutOnce() {
        String applicationId = Registrations.register(port, "mail-dead", "Mail Dead Ltd", "DOMESTIC", "beauty", "");
        String notificationId = notifications.of(applicationId).get(0).id();
        assertThat(claims.claim(notificationId, "node-dead", Duration.ofSeconds(-1))).isTrue();

        notifications.deliver(notificationId);
        notifications.deliver(notificationId);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailServerThatIsDownCostsRetriesThenAnIncidentAndARetryFromOpsSendsExactlyOnce() {
        String applicationId = Registrations.register(port, "mail-down", "Mail Down Ltd", "DOMESTIC", "beauty", "");
        String jobId = deliveryJobOf(applicationId).getId();
        smtp.stop();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(MailSendException.class)
                    .hasRootCauseInstanceOf(ConnectException.class);
        }

        var job = managementService.createJobQuery().jobId(jobId).singleResult();
        assertThat(job.getRetries()).isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId())
                .incidentType("failedJob").count()).isEqualTo(1);
        assertThat(notifications.of(applicationId).get(0).deliveredAt()).as("nothing marked sent").isNull();

        smtp.start();
        assertThat(Http.as(port, "ops", Http.DEMO_PASSWORD).putJson("/engine-rest/job/" + jobId + "/retries", "{\"retries\":1}")
                .status()).isEqualTo(204);
        managementService.executeJob(jobId);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
        assertThat(notifications.of(applicationId).get(0).deliveredBy()).isEqualTo("SMTP");
    }
}
