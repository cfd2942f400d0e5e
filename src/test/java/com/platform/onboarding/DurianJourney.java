package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

/**
 * An overseas durian merchant from registration to an open store, only through the APIs the people and systems
 * use: the merchant (the merchant API), a reviewer, a second reviewer (four eyes: 20,000 CNY deposit) and the payment
 * system (POST /api/payments). What runs after an answer (the check, the payment's recording) is waited for by reading
 * again, as the portal and the payment system do. Run on the embedded default by OnboardingJourneyHttpTest, and on
 * PostgreSQL by PostgresProfileIT.
 */
public final class DurianJourney {

    /** The platform's people and systems, as the installation knows them. */
    public record Staff(String reviewerName, Http reviewer, Http secondReviewer, Http payments, Http admin) {}

    /** {@code jobs}: runs the jobs a wait waits for where no job executor does (see {@link Waits}). */
    public static String toActiveStore(int port, String username, Staff staff, Waits.Jobs jobs) {
        String applicationId = toReview(port, username, "Journey Durian Ltd", jobs);
        var merchant = Http.as(port, username, "Durian2026x");

        var reviewer = staff.reviewer();
        String review = reviewer.postJson("/engine-rest/task", "{\"processInstanceBusinessKey\":\"" + applicationId
                + "\",\"candidateGroup\":\"reviewers\"}").json().get(0).get("id").asText();
        assertThat(reviewer.postJson("/engine-rest/task/" + review + "/claim",
                "{\"userId\":\"" + staff.reviewerName() + "\"}").status())
                .isEqualTo(204);
        var unknownDecision = reviewer.postJson("/engine-rest/task/" + review + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"MAYBE\"}}}");
        assertThat(unknownDecision.status()).isEqualTo(400);
        assertThat(unknownDecision.json().get("message").asText()).contains("decision", "MAYBE");
        assertThat(reviewer.postJson("/engine-rest/task/" + review + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}").status()).isEqualTo(204);

        var secondReviewer = staff.secondReviewer();
        var secondReview = secondReviewer.postJson("/engine-rest/task", "{\"processInstanceBusinessKey\":\""
                + applicationId + "\"}").json().get(0);
        assertThat(secondReview.get("taskDefinitionKey").asText()).isEqualTo("second-review-qualifications");
        String second = secondReview.get("id").asText();
        var forged = reviewer.postJson("/engine-rest/task/" + second + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"firstReviewer\":{\"value\":\"reviewer2\"}}}");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.json().get("message").asText()).contains("firstReviewer");
        var sameReviewer = reviewer.postJson("/engine-rest/task/" + second + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}");
        assertThat(sameReviewer.status()).isEqualTo(400);
        assertThat(sameReviewer.json().get("message").asText()).contains("second reviewer");
        assertThat(secondReviewer.postJson("/engine-rest/task/" + second + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}").status()).isEqualTo(204);

        var payments = staff.payments();
        // The payment system has no engine right left: it cannot correlate, nor withdraw in the merchant's name.
        assertThat(payments.postJson("/engine-rest/message", "{\"messageName\":\"MerchantWithdrawal\",\"businessKey\":\""
                + applicationId + "\"}").status()).isEqualTo(403);
        assertThat(payments.postJson("/engine-rest/message", "{\"messageName\":\"DepositPaid\",\"businessKey\":\""
                + applicationId + "\",\"processVariables\":{\"paymentReference\":{\"value\":\"X\"}}}").status())
                .isEqualTo(403);
        assertThat(merchant.get("/api/merchants/" + applicationId).json().get("stage")).extracting(n -> n.asText())
                .containsExactly("deposit-paid");
        // References are the payment system's, unique across merchants: each journey has its own.
        String reference = "PAY-" + username.toUpperCase() + "-";
        var unreadable = pay(payments, applicationId, reference + "0", "\"twelve thousand\"");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("errors").get(0).get("field").asText()).isEqualTo("amount");
        var first = pay(payments, applicationId, reference + "1", "12000");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/payments/" + reference + "1");
        // Answered once in the ledger; the process records it after the answer, and waits for the rest.
        Waits.until(jobs, applicationId, () -> merchant.get("/api/merchants/" + applicationId).json(),
                seen -> !seen.hasNonNull("checking"));
        assertThat(merchant.get("/api/merchants/" + applicationId).json().get("stage")).extracting(n -> n.asText())
                .containsExactly("deposit-paid");
        var again = pay(payments, applicationId, reference + "1", "12000");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("outstanding").decimalValue()).isEqualByComparingTo("8000");
        assertThat(status(merchant, applicationId)).isEqualTo("APPLYING");
        assertThat(pay(payments, applicationId, reference + "2", "8000").status()).isEqualTo(201);

        // The store opens after the answer: the payment system reads its payment until the store is ACTIVE.
        assertThat(Waits.until(jobs, applicationId, () -> payments.get("/api/payments/" + reference + "2").json(),
                read -> "ACTIVE".equals(read.get("applicationStatus").asText())).get("outstanding").decimalValue())
                .isEqualByComparingTo("0");
        assertThat(status(merchant, applicationId)).isEqualTo("ACTIVE");
        var seen = merchant.get("/api/merchants/" + applicationId).json();
        assertThat(seen.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(seen.get("markets")).extracting(m -> m.asText()).containsExactly("US", "HK");
        assertThat(seen.get("depositRequired").asInt()).isEqualTo(20000);
        assertThat(seen.get("depositPaid").decimalValue()).isEqualByComparingTo("20000");
        assertThat(seen.get("due")).isEmpty();

        assertThat(merchant.postJson("/api/merchants/" + applicationId + "/overseas-plan/exit", "").status())
                .isEqualTo(204);
        assertThat(merchant.get("/api/merchants/" + applicationId).json().get("markets")).isEmpty();
        assertThat(staff.admin().get("/engine-rest/process-instance?processDefinitionKey="
                + "merchant-onboarding&businessKey=" + applicationId).json()).isEmpty();
        return applicationId;
    }

    /** An overseas durian merchant registered, agreed and handed in both qualifications: on the packaged jar. */
    public static String toReview(int port, String username, String merchantName) {
        return toReview(port, username, merchantName, Waits.BY_JOB_EXECUTOR);
    }

    /** An overseas durian merchant registered, agreed and handed in both qualifications, checked: the review waits. */
    public static String toReview(int port, String username, String merchantName, Waits.Jobs jobs) {
        var registration = Http.anonymous(port).postJson("/api/registrations", Map.of("username", username,
                "password", "Durian2026x", "merchantName", merchantName, "contactEmail", username + "@example.com",
                "entityType", "OVERSEAS", "category", "food.fresh-fruit.durian", "overseasMarkets", "US,HK",
                "factoryProgram", false));
        assertThat(registration.status()).isEqualTo(201);
        String applicationId = registration.json().get("applicationId").asText();
        var merchant = Http.as(port, username, "Durian2026x");
        var api = new MerchantApi(merchant);

        var sign = api.tasks(applicationId).get(0);
        assertThat(sign.get("key").asText()).isEqualTo("sign-overseas-agreement");
        assertThat(api.complete(applicationId, sign.get("taskId").asText(),
                "{\"variables\":{\"agreementAccepted\":{\"value\":true},\"committedShippingDays\":{\"value\":7}}}")
                .status()).isEqualTo(204);

        var upload = api.tasks(applicationId).get(0);
        assertThat(upload.get("key").asText()).isEqualTo("upload-qualifications");
        assertThat(api.complete(applicationId, upload.get("taskId").asText(), uploadBody(merchantName)).status()).isEqualTo(204);
        assertThat(api.tasks(applicationId)).isEmpty();
        // The check runs after the answer: the merchant reads the status until it is done, and nothing is to fix.
        var checked = Waits.until(jobs, applicationId, () -> api.status(applicationId), seen -> !seen.hasNonNull("checking"));
        assertThat(checked.get("issues")).isEmpty();
        assertThat(checked.get("currentStage").asText()).isEqualTo("REVIEW");

        return applicationId;
    }

    private static Http.Response pay(Http payments, String applicationId, String reference, String amount) {
        return payments.postJson("/api/payments", "{\"applicationId\":\"" + applicationId + "\",\"paymentReference\":\""
                + reference + "\",\"amount\":" + amount + ",\"currency\":\"CNY\"}");
    }

    private static String status(Http merchant, String applicationId) {
        return merchant.get("/api/merchants/" + applicationId).json().get("status").asText();
    }

    private static String uploadBody(String holder) {
        String until = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(365).toString();
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 licence".getBytes(StandardCharsets.US_ASCII));
        var body = new StringBuilder("{\"variables\":{");
        String[][] qualifications = {{"overseasEntity", "SG-FOOD-EXPORT-7"}, {"domesticEntrusted", "91350100M000100Y43"}};
        for (String[] q : qualifications) {
            String p = q[0];
            body.append("\"").append(p).append("HolderName\":{\"value\":\"").append(holder).append("\"},")
                    .append("\"").append(p).append("Number\":{\"value\":\"").append(q[1]).append("\"},")
                    .append("\"").append(p).append("Categories\":{\"value\":\"food\"},")
                    .append("\"").append(p).append("ValidFrom\":{\"value\":\"2025-01-01\"},")
                    .append("\"").append(p).append("ValidUntil\":{\"value\":\"").append(until).append("\"},")
                    .append("\"").append(p).append("Document\":{\"value\":\"").append(pdf)
                    .append("\",\"type\":\"File\",\"valueInfo\":{\"filename\":\"").append(p)
                    .append(".pdf\",\"mimetype\":\"application/pdf\"}},");
        }
        body.setLength(body.length() - 1);
        return body.append("}}").toString();
    }

    private DurianJourney() {}
}
