package com.platform.onboarding.process.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;

import com.fasterxml.jackson.databind.JsonNode;
import com.platform.onboarding.Http;
import com.platform.onboarding.MerchantApi;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.Waits;
import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.process.onboarding.MerchantOnboarding;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The merchant API the portal uses, over real HTTP: a durian merchant signs in by session, signs the agreement,
 * hands in qualifications with files, fixes the one issue found without sending the files again, reads a document,
 * and sees the deposit due; staff review through the engine, the payment system pays. Another merchant sees none of
 * it.
 */
@OnboardingTest
class MerchantApiHttpTest {

    private static final String PDF = Base64.getEncoder()
            .encodeToString("%PDF-1.4 licence".getBytes(StandardCharsets.US_ASCII));

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    Deposits deposits;

    @Test
    void aDurianMerchantGoesFromAgreementToDepositThroughTheMerchantApiAlone() {
        String applicationId = Registrations.register(port, "api-durian", "API Durian Ltd", "OVERSEAS",
                "food.fresh-fruit.durian", "US,HK");
        String otherId = Registrations.register(port, "api-other", "API Other Ltd", "DOMESTIC", "beauty", "");
        var merchant = MerchantApi.session(port, "api-durian", Registrations.PASSWORD);
        var other = MerchantApi.basic(port, "api-other", Registrations.PASSWORD);
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey(MerchantOnboarding.PROCESS_KEY).singleResult().getId();

        var session = merchant.http().get("/api/session").json();
        assertThat(session.get("username").asText()).isEqualTo("api-durian");
        assertThat(session.get("groups")).extracting(JsonNode::asText).containsExactly("merchants");
        assertThat(session.get("csrfToken").asText()).isEqualTo(merchant.http().apiCsrfToken());

        var mine = merchant.http().get("/api/merchants/me/applications").json();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("applicationId").asText()).isEqualTo(applicationId);
        assertThat(mine.get(0).get("stage").asText()).isEqualTo("OVERSEAS_AGREEMENT");

        var sign = merchant.task(applicationId, "sign-overseas-agreement");
        assertThat(sign.get("nameZh").asText()).isEqualTo("签署出海协议");
        assertThat(sign.get("nameEn").asText()).isEqualTo("Sign overseas agreement");
        assertThat(sign.get("daysLeft").asLong()).isEqualTo(14);
        assertThat(sign.get("form").get("id").asText()).isEqualTo("sign-overseas-agreement");
        assertThat(sign.get("values").get("overseasMarkets").asText()).contains("US", "HK");
        String signId = sign.get("taskId").asText();

        // The session's cookie alone, as another site's page would send it, moves nothing.
        String token = merchant.http().apiCsrfToken();
        merchant.http().apiCsrfToken(null);
        assertThat(merchant.complete(applicationId, signId, agreement(7)).status()).isEqualTo(403);
        merchant.http().apiCsrfToken("forged");
        assertThat(merchant.complete(applicationId, signId, agreement(7)).status()).isEqualTo(403);
        merchant.http().apiCsrfToken(token);
        assertThat(taskService.createTaskQuery().taskId(signId).count()).isEqualTo(1);

        var undeclared = merchant.complete(applicationId, signId, "{\"variables\":{\"agreementAccepted\":{\"value\":true},"
                + "\"committedShippingDays\":{\"value\":7},\"depositAmount\":{\"value\":0}}}");
        assertThat(undeclared.status()).isEqualTo(400);
        assertThat(undeclared.contentType()).startsWith("application/problem+json");
        assertThat(undeclared.json().get("detail").asText()).contains("Committed shipping time", "I accept the overseas agreement",
                "depositAmount", "Nothing was saved");
        assertThat(undeclared.json().get("detailZh").asText()).contains("承诺发货时效", "未保存");
        assertThat(undeclared.json().get("takes")).extracting(t -> t.get("field").asText())
                .containsExactly("agreementAccepted", "committedShippingDays");
        assertThat(runtimeService.getVariable(instance, "depositAmount")).isNull();
        assertThat(runtimeService.getVariable(instance, "agreementAccepted")).isNull();

        var tooSlow = merchant.complete(applicationId, signId, agreement(99));
        assertThat(tooSlow.status()).isEqualTo(400);
        var error = tooSlow.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("committedShippingDays");
        assertThat(error.get("labelZh").asText()).contains("承诺发货时效");
        assertThat(error.get("label").asText()).contains("Committed shipping time");
        assertThat(tooSlow.json().get("detail").asText()).contains("Committed shipping time", "15");
        assertThat(tooSlow.json().get("detailZh").asText()).contains("承诺发货时效", "1–15 天");
        assertThat(tooSlow.json().get("detail").asText() + tooSlow.json().get("errors"))
                .doesNotContain("Cannot submit", signId, "ENGINE-", "Exception");
        assertThat(runtimeService.getVariable(instance, "committedShippingDays")).isNull();

        assertThat(merchant.complete(applicationId, signId, agreement(7)).status()).isEqualTo(204);
        assertThat(merchant.complete(applicationId, signId, agreement(7)).status()).isEqualTo(404);

        var upload = merchant.task(applicationId, "upload-qualifications");
        assertThat(upload.get("values").get("requiredQualifications")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("overseasEntity", "domesticEntrusted");
        assertThat(upload.has("form")).as("form is there, null while the upload has no form-js form").isTrue();
        String uploadId = upload.get("taskId").asText();
        String yearAhead = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(365).toString();
        String tooSoon = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString();

        var notAPdf = merchant.complete(applicationId, uploadId, qualifications(yearAhead, tooSoon)
                .replace("\"application/pdf\"}},\"domesticEntrustedHolderName", "\"text/plain\"}},\"domesticEntrustedHolderName"));
        assertThat(notAPdf.status()).as(notAPdf.body()).isEqualTo(400);
        assertThat(notAPdf.json().get("errors").get(0).get("field").asText()).isEqualTo("overseasEntityDocument");
        assertThat(notAPdf.json().get("errors").get(0).get("labelZh").asText()).contains("境外主体资质");
        assertThat(notAPdf.json().get("detail").asText()).contains("PDF, JPEG or PNG");

        assertThat(merchant.complete(applicationId, uploadId, qualifications(yearAhead, tooSoon)).status()).isEqualTo(204);
        Waits.continuations(engine).runFor(applicationId);
        var again = merchant.task(applicationId, "upload-qualifications");
        assertThat(again.get("values").get("qualificationIssues").get(0).get("qualification").asText())
                .isEqualTo("domesticEntrusted");
        assertThat(again.get("values").get("domesticEntrustedValidUntil").asText()).isEqualTo(tooSoon);
        assertThat(again.get("values").get("overseasEntityNumber").asText()).isEqualTo("SG-FOOD-EXPORT-7");
        var onFile = again.get("files").get("overseasEntityDocument");
        assertThat(onFile.get("filename").asText()).isEqualTo("overseasEntity.pdf");
        assertThat(onFile.get("url").asText()).isEqualTo("/api/merchants/" + applicationId + "/documents/overseasEntityDocument");

        // Only the field the issue points at; the documents stay on file and pass the check again.
        assertThat(merchant.complete(applicationId, again.get("taskId").asText(),
                "{\"variables\":{\"domesticEntrustedValidUntil\":{\"value\":\"" + yearAhead + "\"}}}").status())
                .isEqualTo(204);
        Waits.continuations(engine).runFor(applicationId);
        assertThat(merchant.tasks(applicationId)).isEmpty();
        var inReview = merchant.status(applicationId);
        assertThat(inReview.get("currentStage").asText()).isEqualTo("REVIEW");
        assertThat(inReview.get("issues")).isEmpty();
        assertThat(inReview.get("categoryName").get("zh").asText()).isEqualTo("榴莲");
        assertThat(inReview.get("categoryName").get("path")).extracting(p -> p.get("en").asText())
                .containsExactly("Food", "Fresh fruit", "Durian");
        assertThat(inReview.get("documents")).extracting(d -> d.get("name").asText())
                .containsExactlyInAnyOrder("overseasEntityDocument", "domesticEntrustedDocument");
        assertThat(inReview.get("due").get(0).get("from").asText()).isEqualTo("REVIEWERS");

        var document = merchant.http().download(onFile.get("url").asText());
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(document.header("Content-Disposition")).isEqualTo("inline; filename*=UTF-8''overseasEntity.pdf");
        assertThat(document.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(new String(document.body(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 licence");
        assertThat(Http.as(port, "reviewer", Http.DEMO_PASSWORD).download(onFile.get("url").asText()).status()).isEqualTo(200);
        assertThat(merchant.http().download("/api/merchants/" + applicationId + "/documents/overseasEntityNumber")
                .status()).isEqualTo(404);

        // Another merchant: nothing of this application exists.
        assertThat(other.http().get("/api/merchants/" + applicationId).status()).isEqualTo(404);
        assertThat(other.http().get("/api/merchants/" + applicationId + "/tasks").status()).isEqualTo(404);
        assertThat(other.http().download(onFile.get("url").asText()).status()).isEqualTo(404);
        assertThat(other.http().get("/api/merchants/me/applications").json()).extracting(a -> a.get("applicationId").asText())
                .containsExactly(otherId);
        assertThat(merchant.http().get("/api/merchants/" + otherId + "/tasks").status()).isEqualTo(404);

        approve(applicationId);
        var depositDue = merchant.status(applicationId);
        assertThat(depositDue.get("currentStage").asText()).isEqualTo("DEPOSIT");
        var deposit = StreamSupport.stream(depositDue.get("due").spliterator(), false)
                .filter(d -> d.get("kind").asText().equals("DEPOSIT")).findFirst().orElseThrow();
        assertThat(deposit.get("from").asText()).isEqualTo("MERCHANT");
        assertThat(deposit.get("amount").decimalValue()).isEqualByComparingTo("20000");
        assertThat(deposit.get("dueAt").isNull()).isFalse();
        assertThat(deposit.get("daysLeft").asLong()).isEqualTo(14);
        assertThat(depositDue.get("deposit").get("outstanding").decimalValue()).isEqualByComparingTo("20000");
        assertThat(depositDue.get("deposit").get("reference").asText()).isEqualTo(applicationId);
        assertThat(depositDue.get("steps")).extracting(s -> s.get("stage").asText() + ":" + s.get("state").asText())
                .containsExactly("REGISTERED:DONE", "OVERSEAS_AGREEMENT:DONE", "QUALIFICATIONS:DONE", "REVIEW:DONE",
                        "FACTORY:SKIPPED", "DEPOSIT:CURRENT", "STORE_OPEN:TODO");

        var payments = Http.as(port, "payments", Http.DEMO_PASSWORD);
        assertThat(payments.postJson("/api/payments", "{\"applicationId\":\"" + applicationId
                + "\",\"paymentReference\":\"API-PAY-1\",\"amount\":20000,\"currency\":\"CNY\"}").status())
                .isEqualTo(201);
        Waits.continuations(engine).runFor(applicationId);
        var open = merchant.status(applicationId);
        assertThat(open.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(open.get("currentStage").asText()).isEqualTo("STORE_OPEN");
        assertThat(open.get("due")).isEmpty();
        assertThat(merchant.http().download(onFile.get("url").asText()).status()).isEqualTo(200);

        assertThat(merchant.http().delete("/api/session").status()).isEqualTo(204);
        assertThat(merchant.http().get("/api/session").status()).isEqualTo(401);
        assertThat(merchant.http().get("/api/merchants/" + applicationId).status()).isEqualTo(401);
    }

    @Test
    void signInSetsAScriptProofCookieAndAnswersAlikeForAWrongPasswordAndAnUnknownUser() throws Exception {
        Registrations.register(port, "api-signin", "API Sign-in Ltd", "DOMESTIC", "beauty", "");
        var signIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"api-signin\",\"password\":\""
                        + Registrations.PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
        assertThat(signIn.headers().firstValue("WWW-Authenticate")).isEmpty();
        // Then wrong ones: the engine's throttling would hold off a right one for a few seconds after them.
        var wrong = Http.anonymous(port).postJson("/api/session", "{\"username\":\"api-signin\",\"password\":\"nope\"}");
        var unknown = Http.anonymous(port).postJson("/api/session", "{\"username\":\"api-nobody\",\"password\":\"nope\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
        assertThat(wrong.json().get("detailZh").asText()).isNotBlank();
        assertThat(Http.anonymous(port).get("/api/session").status()).isEqualTo(401);
    }

    @Test
    void aMerchantChangesTheirPasswordUnderTheRegistrationRules() throws InterruptedException {
        Registrations.register(port, "api-password", "API Password Ltd", "DOMESTIC", "beauty", "");
        var merchant = Http.session(port, "api-password", Registrations.PASSWORD);

        var weak = merchant.postJson("/api/merchants/me/password",
                "{\"currentPassword\":\"" + Registrations.PASSWORD + "\",\"newPassword\":\"short1\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("newPassword");
        assertThat(weak.json().get("errors").get(0).get("labelZh").asText()).isEqualTo("新密码");
        assertThat(weak.json().get("errors").get(0).get("messageZh").asText()).contains("10");

        assertThat(merchant.postJson("/api/merchants/me/password", "{\"currentPassword\":\"" + Registrations.PASSWORD
                + "\",\"newPassword\":\"Mangosteen2027\"}").status()).isEqualTo(204);
        assertThat(Http.as(port, "api-password", "Mangosteen2027").get("/api/session").status()).isEqualTo(200);
        assertThat(Http.session(port, "api-password", "Mangosteen2027").get("/api/session").status()).isEqualTo(200);

        var old = Http.anonymous(port).postJson("/api/session",
                "{\"username\":\"api-password\",\"password\":\"" + Registrations.PASSWORD + "\"}");
        assertThat(old.status()).isEqualTo(401);
        // The engine throttles sign-in after a wrong password for a few seconds.
        Thread.sleep(4000);
        var wrongCurrent = merchant.postJson("/api/merchants/me/password", "{\"currentPassword\":\""
                + Registrations.PASSWORD + "\",\"newPassword\":\"Rambutan2028x\"}");
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("currentPassword");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedNamingTheField() {
        String applicationId = Registrations.register(port, "api-large", "API Large Ltd", "OVERSEAS",
                "food.fresh-fruit.durian", "");
        var merchant = MerchantApi.basic(port, "api-large", Registrations.PASSWORD);
        var upload = merchant.task(applicationId, "upload-qualifications");
        String eleven = Base64.getEncoder().encodeToString(new byte[11 * 1024 * 1024]);
        var tooLarge = merchant.complete(applicationId, upload.get("taskId").asText(),
                "{\"variables\":{\"overseasEntityDocument\":{\"type\":\"File\",\"value\":\"" + eleven
                        + "\",\"valueInfo\":{\"filename\":\"big.pdf\",\"mimeType\":\"application/pdf\"}}}}");
        assertThat(tooLarge.status()).isEqualTo(400);
        var error = tooLarge.json().get("errors").get(0);
        assertThat(error.get("code").asText()).isEqualTo("FILE_TOO_LARGE");
        assertThat(error.get("field").asText()).isEqualTo("overseasEntityDocument");
        assertThat(error.get("messageZh").asText()).contains("境外主体资质", "10 MB");
        assertThat(merchant.tasks(applicationId).get(0).get("files").has("overseasEntityDocument")).isFalse();
    }

    @Test
    void anUnforeseenFailureAnswersWithACorrelationIdAndNothingOfItsInsides() {
        String applicationId = Registrations.register(port, "api-broken", "API Broken Ltd", "DOMESTIC", "beauty", "");
        doThrow(new IllegalStateException("select amount from deposit_payment failed"))
                .when(deposits).paidSoFar(applicationId);
        var broken = Http.as(port, "api-broken", Registrations.PASSWORD).get("/api/merchants/" + applicationId);
        assertThat(broken.status()).isEqualTo(500);
        assertThat(broken.json().get("title").asText()).isEqualTo("Something went wrong / 出错了");
        assertThat(broken.json().get("correlationId").asText()).isNotBlank();
        assertThat(broken.body()).doesNotContain("select", "deposit_payment", "IllegalStateException", "Exception");
    }

    @Test
    void aBodyThatIsNotJsonIsAPersonsError() {
        String applicationId = Registrations.register(port, "api-garbled", "API Garbled Ltd", "DOMESTIC", "beauty", "");
        var merchant = MerchantApi.basic(port, "api-garbled", Registrations.PASSWORD);
        String task = merchant.tasks(applicationId).get(0).get("taskId").asText();
        var garbled = merchant.complete(applicationId, task, "{\"variables\":");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.json().get("detailZh").asText()).isNotBlank();
        assertThat(garbled.body()).doesNotContain("Exception", "jackson");
    }

    private void approve(String applicationId) {
        var reviewer = Http.as(port, "reviewer", Http.DEMO_PASSWORD);
        String review = reviewer.postJson("/engine-rest/task", "{\"processInstanceBusinessKey\":\"" + applicationId
                + "\",\"candidateGroup\":\"reviewers\"}").json().get(0).get("id").asText();
        assertThat(reviewer.postJson("/engine-rest/task/" + review + "/claim", "{\"userId\":\"reviewer\"}").status())
                .isEqualTo(204);
        assertThat(reviewer.postJson("/engine-rest/task/" + review + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}").status()).isEqualTo(204);
        var secondReviewer = Http.as(port, "reviewer2", Http.DEMO_PASSWORD);
        String second = secondReviewer.postJson("/engine-rest/task", "{\"processInstanceBusinessKey\":\""
                + applicationId + "\"}").json().get(0).get("id").asText();
        assertThat(secondReviewer.postJson("/engine-rest/task/" + second + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}").status()).isEqualTo(204);
    }

    private static String agreement(int days) {
        return "{\"variables\":{\"agreementAccepted\":{\"value\":true},\"committedShippingDays\":{\"value\":" + days + "}}}";
    }

    private static String qualifications(String overseasUntil, String domesticUntil) {
        var body = new StringBuilder("{\"variables\":{");
        for (var q : List.of(new String[] {"overseasEntity", "SG-FOOD-EXPORT-7", overseasUntil},
                new String[] {"domesticEntrusted", "91350100M000100Y43", domesticUntil})) {
            String p = q[0];
            body.append("\"").append(p).append("HolderName\":{\"value\":\"API Durian Ltd\"},")
                    .append("\"").append(p).append("Number\":{\"value\":\"").append(q[1]).append("\"},")
                    .append("\"").append(p).append("Categories\":{\"value\":\"food\"},")
                    .append("\"").append(p).append("ValidFrom\":{\"value\":\"2025-01-01\"},")
                    .append("\"").append(p).append("ValidUntil\":{\"value\":\"").append(q[2]).append("\"},")
                    .append("\"").append(p).append("Document\":{\"type\":\"File\",\"value\":\"").append(PDF)
                    .append("\",\"valueInfo\":{\"filename\":\"").append(p).append(".pdf\",\"mimeType\":\"application/pdf\"}},");
        }
        body.setLength(body.length() - 1);
        return body.append("}}").toString();
    }
}
