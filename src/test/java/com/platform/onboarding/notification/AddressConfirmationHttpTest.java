package com.platform.onboarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.Smtp;
import com.platform.onboarding.merchant.MerchantNotices;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14 item 8: the first e-mail confirms the address; nothing else reaches an address never confirmed. These
 * merchants write from example.org, which (unlike the tests' example.com) is not trusted: as in production.
 */
@OnboardingTest
class AddressConfirmationHttpTest {

    private static final Pattern LINK = Pattern.compile("/#/confirm/([A-Za-z0-9_-]+)");
    private static final String OPS = "ops@merchant-onboarding.invalid";

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    MerchantNotices notices;
    @Autowired
    JdbcClient jdbc;

    @Test
    void mailIsHeldUntilTheFirstEmailsLinkIsOpenedThenGoesOutOnce() throws Exception {
        String applicationId = register("confirm-held");
        deliverAll(applicationId);
        var first = to("confirm-held@example.org");
        assertThat(first).hasSize(1);
        String token = tokenIn(first[0]);
        assertThat(first[0].getContent().toString()).contains("http://localhost:" + port + "/#/confirm/" + token);
        // The portal shows the text without the link: whoever registered must not confirm an address they cannot read.
        assertThat(listed(applicationId).get(0).get("body").asText()).doesNotContain(token)
                .contains("the link is in the e-mail only");

        notices.changesRequested(applicationId, "The logo is blurred");
        notices.reviewOverdue(applicationId, "Review qualifications", Instant.now());
        deliverAll(applicationId);

        assertThat(to("confirm-held@example.org")).as("held until confirmed").hasSize(1);
        assertThat(to(OPS)).as("ops are never held").hasSize(1);
        assertThat(pendingDeliveries(applicationId)).as("the held delivery ended; nothing retries").isZero();
        var held = event(applicationId, "CHANGES_REQUESTED");
        assertThat(held.has("heldAt")).isTrue();
        assertThat(held.has("deliveredAt")).isFalse();

        assertThat(confirm(token).status()).isEqualTo(204);
        deliverAll(applicationId);
        var after = to("confirm-held@example.org");
        assertThat(after).hasSize(2);
        assertThat(after[1].getSubject()).contains("审核员要求修改", "The reviewer asks for changes");
        assertThat(event(applicationId, "CHANGES_REQUESTED").has("heldAt")).isFalse();

        assertThat(confirm(token).status()).as("confirming twice is harmless").isEqualTo(204);
        deliverAll(applicationId);
        assertThat(to("confirm-held@example.org")).hasSize(2);

        notices.changesRequested(applicationId, "The address is missing");
        deliverAll(applicationId);
        assertThat(to("confirm-held@example.org")).as("a confirmed address hears at once").hasSize(3);
    }

    @Test
    void aWrongIncompleteOrExpiredLinkIsRefusedInBothLanguages() {
        String applicationId = register("confirm-refused");
        deliverAll(applicationId);
        String token = tokenIn(to("confirm-refused@example.org")[0]);

        var unknown = confirm("A".repeat(43));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("not valid");
        assertThat(unknown.json().get("detailZh").asText()).contains("无效");
        var incomplete = confirm(token.substring(1));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("detailZh").asText()).contains("不完整");
        assertThat(Http.anonymous(port).postJson("/api/registrations/confirm", "{}").status()).isEqualTo(400);

        jdbc.sql("update address_confirmation set expires_at = ? where application_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), applicationId).update();
        var expired = confirm(token);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json().get("detail").asText()).contains("expired");
        assertThat(expired.json().get("detailZh").asText()).contains("过期");
        assertThat(expired.body()).doesNotContain("Exception", "address_confirmation");

        notices.changesRequested(applicationId, "Still unconfirmed");
        deliverAll(applicationId);
        assertThat(to("confirm-refused@example.org")).as("still held").hasSize(1);
    }

    @Test
    void aMerchantMayAskForANewLinkAndOnlyTheNewOneWorks() throws Exception {
        String applicationId = register("confirm-again");
        deliverAll(applicationId);
        String old = tokenIn(to("confirm-again@example.org")[0]);
        var merchant = Http.as(port, "confirm-again", Registrations.PASSWORD);

        assertThat(merchant.postJson("/api/merchants/me/confirmation", "{}").status()).isEqualTo(202);
        deliverAll(applicationId);
        var mails = to("confirm-again@example.org");
        assertThat(mails).hasSize(2);
        assertThat(mails[1].getSubject()).contains("Please confirm your e-mail address");
        String fresh = tokenIn(mails[1]);

        assertThat(fresh).isNotEqualTo(old);
        assertThat(confirm(old).status()).isEqualTo(404);
        assertThat(confirm(fresh).status()).isEqualTo(204);
        var already = merchant.postJson("/api/merchants/me/confirmation", "{}");
        assertThat(already.status()).isEqualTo(409);
        assertThat(already.json().get("detailZh").asText()).contains("已确认");
    }

    @Test
    void theLinkIsSentAgainOnlySoOftenAsFirstEmailsAre() {
        register("confirm-often");
        var merchant = Http.as(port, "confirm-often", Registrations.PASSWORD);

        // The registration's first e-mail and two more make three, the per-e-mail limit of the tests' configuration.
        assertThat(merchant.postJson("/api/merchants/me/confirmation", "{}").status()).isEqualTo(202);
        assertThat(merchant.postJson("/api/merchants/me/confirmation", "{}").status()).isEqualTo(202);
        var refused = merchant.postJson("/api/merchants/me/confirmation", "{}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.json().get("detailZh").asText()).contains("过于频繁");
    }

    private String register(String username) {
        var response = Http.anonymous(port).postJson("/api/registrations", Map.of("username", username,
                "password", Registrations.PASSWORD, "merchantName", username + " Trading Ltd",
                "contactEmail", username + "@example.org", "entityType", "DOMESTIC", "category", "beauty",
                "overseasMarkets", "", "factoryProgram", false));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("applicationId").asText();
    }

    private Http.Response confirm(String token) {
        return Http.anonymous(port).postJson("/api/registrations/confirm", Map.of("token", token));
    }

    private void deliverAll(String applicationId) {
        for (var instance : runtimeService.createProcessInstanceQuery().processDefinitionKey("notification-delivery")
                .processInstanceBusinessKey(applicationId).list()) {
            for (var job : managementService.createJobQuery().processInstanceId(instance.getId()).list()) {
                managementService.executeJob(job.getId());
            }
        }
    }

    private long pendingDeliveries(String applicationId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("notification-delivery")
                .processInstanceBusinessKey(applicationId).count();
    }

    private MimeMessage[] to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    private static String tokenIn(MimeMessage message) {
        try {
            var matcher = LINK.matcher(message.getContent().toString());
            assertThat(matcher.find()).as("a confirmation link in the e-mail").isTrue();
            return matcher.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode listed(String applicationId) {
        return Http.as(port, "ops", Http.DEMO_PASSWORD).get("/api/merchants/" + applicationId + "/notifications").json();
    }

    private JsonNode event(String applicationId, String event) {
        return StreamSupport.stream(listed(applicationId).spliterator(), false)
                .filter(n -> n.get("event").asText().equals(event)).findFirst().orElseThrow();
    }
}
