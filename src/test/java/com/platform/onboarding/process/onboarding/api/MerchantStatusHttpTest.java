package com.platform.onboarding.process.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.MerchantApi;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.Waits;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/merchants/{applicationId}: what a merchant and staff see, and who sees nothing. */
@OnboardingTest
class MerchantStatusHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private String register(String username) {
        return Registrations.register(port, username, username + " Ltd", "DOMESTIC", "beauty", "");
    }

    @Test
    void theMerchantSeesWhatIsDueAndTheIssuesInBothLanguages() {
        String applicationId = register("status-a");
        var merchant = Http.as(port, "status-a", "Durian2026x");

        var fresh = merchant.get("/api/merchants/" + applicationId).json();
        assertThat(fresh.get("status").asText()).isEqualTo("APPLYING");
        assertThat(fresh.get("stage")).extracting(n -> n.asText()).containsExactly("upload-qualifications");
        assertThat(fresh.get("due").get(0).get("task").asText()).isEqualTo("upload-qualifications");
        assertThat(fresh.get("due").get(0).get("assignee").asText()).isEqualTo("status-a");
        assertThat(fresh.get("issues")).isEmpty();

        handIn(merchant, applicationId, "status-a Ltd", 29);

        // Answered before the check: until its job has run, the merchant reads that we are checking, in both
        // languages, and neither a task nor the issues of an earlier round.
        var checking = merchant.get("/api/merchants/" + applicationId).json();
        assertThat(checking.get("checking").get("check").asText()).isEqualTo("QUALIFICATIONS");
        assertThat(checking.get("checking").get("zh").asText()).startsWith("检查中");
        assertThat(checking.get("checking").get("en").asText()).isEqualTo("Checking your documents");
        assertThat(checking.get("stage")).extracting(n -> n.asText()).containsExactly("check-qualifications");
        assertThat(checking.get("currentStage").asText()).isEqualTo("QUALIFICATIONS");
        assertThat(checking.get("due")).isEmpty();
        assertThat(checking.get("issues")).isEmpty();

        var sentBack = Waits.until(Waits.continuations(engine), applicationId,
                () -> merchant.get("/api/merchants/" + applicationId).json(), seen -> !seen.hasNonNull("checking"));
        assertThat(sentBack.get("due").get(0).get("task").asText()).isEqualTo("upload-qualifications");
        var issue = sentBack.get("issues").get(0);
        assertThat(issue.get("code").asText()).isEqualTo("QUALIFICATION_EXPIRES_TOO_SOON");
        assertThat(issue.get("qualification").asText()).isEqualTo("businessLicense");
        assertThat(issue.get("messageEn").asText()).contains("29");
        assertThat(issue.get("messageZh").asText()).contains("营业执照");
        assertThat(sentBack.has("depositRequired")).as("not known before the qualifications are in order").isFalse();
    }

    @Test
    void anotherMerchantGets404AndStaffReadIt() {
        String applicationId = register("status-b");
        register("status-c");

        var other = Http.as(port, "status-c", "Durian2026x").get("/api/merchants/" + applicationId);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("status-b");
        assertThat(Http.as(port, "status-c", "Durian2026x").get("/api/merchants/no-such-id").status()).isEqualTo(404);
        assertThat(Http.anonymous(port).get("/api/merchants/" + applicationId).status()).isEqualTo(401);
        assertThat(Http.as(port, "reviewer", Http.DEMO_PASSWORD).get("/api/merchants/" + applicationId).json()
                .get("merchantName").asText()).isEqualTo("status-b Ltd");
        assertThat(Http.as(port, "ops", Http.DEMO_PASSWORD).get("/api/merchants/" + applicationId).status()).isEqualTo(200);
    }

    @Test
    void theReviewersRequestIsShownWhileTheMerchantWorksOnItAndNotAfter() {
        String applicationId = register("status-d");
        var merchant = Http.as(port, "status-d", Registrations.PASSWORD);
        complete(merchant, applicationId, 200);
        var reviewer = Http.as(port, "reviewer", Http.DEMO_PASSWORD);
        String review = reviewer.postJson("/engine-rest/task", "{\"processInstanceBusinessKey\":\"" + applicationId
                + "\"}").json().get(0).get("id").asText();
        assertThat(reviewer.postJson("/engine-rest/task/" + review + "/complete", "{\"variables\":{"
                + "\"decision\":{\"value\":\"REQUEST_CHANGES\"},\"decisionReason\":{\"value\":\"Scan is blurred\"}}}")
                .status()).isEqualTo(204);

        assertThat(merchant.get("/api/merchants/" + applicationId).json().get("reviewerRequest").asText())
                .isEqualTo("Scan is blurred");
        complete(merchant, applicationId, 200);
        var backWithReviewers = merchant.get("/api/merchants/" + applicationId).json();
        assertThat(backWithReviewers.get("stage")).extracting(n -> n.asText()).containsExactly("review-qualifications");
        assertThat(backWithReviewers.has("reviewerRequest")).isFalse();
    }

    /** Uploads a business licence with this many days of validity left, and reads the status until it is checked. */
    private void complete(Http merchant, String applicationId, int daysLeft) {
        handIn(merchant, applicationId, "Status Ltd", daysLeft);
        Waits.until(Waits.continuations(engine), applicationId, () -> merchant.get("/api/merchants/" + applicationId)
                .json(), seen -> !seen.hasNonNull("checking"));
    }

    /** Hands in a business licence of {@code holder} with this many days of validity left: answered before the check. */
    private static void handIn(Http merchant, String applicationId, String holder, int daysLeft) {
        String task = new MerchantApi(merchant).task(applicationId, "upload-qualifications").get("taskId").asText();
        String until = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(daysLeft).toString();
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertThat(merchant.postJson("/api/merchants/" + applicationId + "/tasks/" + task, """
                {"variables": {
                  "businessLicenseHolderName": {"value": "%s"},
                  "businessLicenseNumber": {"value": "91350100M000100Y43"},
                  "businessLicenseCategories": {"value": "beauty"},
                  "businessLicenseValidFrom": {"value": "2025-01-01"},
                  "businessLicenseValidUntil": {"value": "%s"},
                  "businessLicenseDocument": {"value": "%s", "type": "File",
                    "valueInfo": {"filename": "licence.pdf", "mimetype": "application/pdf"}}}}
                """.formatted(holder, until, pdf)).status()).isEqualTo(204);
    }
}
