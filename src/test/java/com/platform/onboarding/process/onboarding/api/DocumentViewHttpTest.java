package com.platform.onboarding.process.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A document linked from a review form opens in the browser with its real type: for a reviewer or ops signed into
 * the web apps (their session, no second sign-in), for its merchant, and for no other merchant.
 */
@OnboardingTest
class DocumentViewHttpTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;

    String username;
    String applicationId;

    /** An overseas durian merchant whose licence is a PDF and whose entrusted enterprise's is a PNG photo. */
    @BeforeEach
    void merchantWithDocuments() {
        username = "docs-" + UUID.randomUUID().toString().substring(0, 6);
        applicationId = Registrations.register(port, username, "Document View Ltd", "OVERSEAS", "food.snacks", "");
        var upload = new java.util.HashMap<>(Registrations.overseasDurianQualifications("Document View Ltd"));
        upload.put("domesticEntrustedDocument", Variables.fileValue("photo.png").file(PNG).mimeType("application/pdf")
                .create());
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult()
                .getId(), upload);
    }

    private String document(String name) {
        return "/api/merchants/" + applicationId + "/documents/" + name;
    }

    @Test
    void aReviewerSignedIntoTasklistOpensBothDocumentsInlineWithTheirRealTypes() {
        var tasklist = Http.webappSession(port, "reviewer", Http.DEMO_PASSWORD, "tasklist");
        assertThat(tasklist.loginStatus()).isEqualTo(200);

        var pdf = tasklist.download(document("overseasEntityDocument"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).startsWith("inline;");
        assertThat(new String(pdf.body(), StandardCharsets.US_ASCII)).startsWith("%PDF-");

        var photo = tasklist.download(document("domesticEntrustedDocument"));
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.header("Content-Type")).as("judged by its bytes, not the type it was sent with")
                .isEqualTo("image/png");
        assertThat(photo.header("Content-Disposition")).isEqualTo("inline; filename*=UTF-8''photo.png");

        assertThat(Http.webappSession(port, "ops", Http.DEMO_PASSWORD, "cockpit")
                .download(document("overseasEntityDocument")).status()).isEqualTo(200);
    }

    @Test
    void theWebAppsSessionOpensDocumentsOnlyAndReadsNothingElseOfOurs() {
        var tasklist = Http.webappSession(port, "reviewer", Http.DEMO_PASSWORD, "tasklist");

        assertThat(tasklist.get("/api/merchants/" + applicationId).status()).isEqualTo(401);
        assertThat(tasklist.get("/api/merchants/" + applicationId + "/tasks").status()).isEqualTo(401);
        assertThat(tasklist.post(document("overseasEntityDocument"), "application/json", "{}".getBytes(
                StandardCharsets.US_ASCII)).status()).isEqualTo(401);
        assertThat(Http.anonymous(port).download(document("overseasEntityDocument")).status()).isEqualTo(401);
    }

    @Test
    void itsMerchantOpensItAndAnotherMerchantFindsNothing() {
        var own = Http.as(port, username, Registrations.PASSWORD).download(document("domesticEntrustedDocument"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("Content-Type")).isEqualTo("image/png");

        String other = "docs-" + UUID.randomUUID().toString().substring(0, 6);
        Registrations.register(port, other, "Other Docs Ltd", "OVERSEAS", "food.snacks", "");
        assertThat(Http.as(port, other, Registrations.PASSWORD).download(document("overseasEntityDocument")).status())
                .isEqualTo(404);
        assertThat(Http.session(port, other, Registrations.PASSWORD).download(document("overseasEntityDocument"))
                .status()).isEqualTo(404);
    }
}
