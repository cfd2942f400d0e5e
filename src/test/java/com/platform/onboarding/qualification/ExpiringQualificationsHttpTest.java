package com.platform.onboarding.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/qualifications/expiring?days=N: for ops and admins only; a bad N is named in both languages. */
@OnboardingTest
class ExpiringQualificationsHttpTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;
    @Autowired
    HeldQualifications held;

    private String holding(String type, LocalDate validUntil) {
        String applicationId = UUID.randomUUID().toString();
        held.hold(new HeldQualification(applicationId, type, "Expiring Ltd", "EXP-1", List.of("food"),
                TODAY.minusYears(1), validUntil, false));
        return applicationId;
    }

    private static List<JsonNode> of(JsonNode list, String applicationId) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(q -> q.get("applicationId").asText().equals(applicationId)).toList();
    }

    @Test
    void opsSeeWhatExpiresWithinTheDaysAskedAndWhatHasAlreadyExpired() {
        String soon = holding("overseasEntity", TODAY.plusDays(10));
        String later = holding("overseasEntity", TODAY.plusDays(100));
        String expired = holding("industryPermit", TODAY.minusDays(1));

        var response = Http.as(port, "ops", Http.DEMO_PASSWORD).get("/api/qualifications/expiring?days=30");

        assertThat(response.status()).isEqualTo(200);
        var listed = response.json();
        var first = of(listed, soon).get(0);
        assertThat(first.get("qualificationType").asText()).isEqualTo("overseasEntity");
        assertThat(first.get("nameZh").asText()).isEqualTo("境外主体资质");
        assertThat(first.get("validUntil").asText()).isEqualTo(TODAY.plusDays(10).toString());
        assertThat(first.get("daysLeft").asInt()).isEqualTo(10);
        assertThat(first.get("number").asText()).isEqualTo("EXP-1");
        assertThat(of(listed, expired).get(0).get("daysLeft").asInt()).isEqualTo(-1);
        assertThat(of(listed, later)).isEmpty();
        assertThat(of(Http.as(port, "admin", Http.DEMO_PASSWORD).get("/api/qualifications/expiring?days=100").json(), later))
                .hasSize(1);
        assertThat(of(Http.as(port, "ops", Http.DEMO_PASSWORD).get("/api/qualifications/expiring?days=0").json(), soon)).isEmpty();
    }

    @Test
    void merchantsAndReviewersAreRefusedAndStrangersMustSignIn() {
        Registrations.register(port, "expiring-m", "Expiring M Ltd", "DOMESTIC", "beauty", "");

        assertThat(Http.as(port, "expiring-m", Registrations.PASSWORD).get("/api/qualifications/expiring?days=30")
                .status()).isEqualTo(403);
        assertThat(Http.as(port, "reviewer", Http.DEMO_PASSWORD).get("/api/qualifications/expiring?days=30").status())
                .isEqualTo(403);
        assertThat(Http.anonymous(port).get("/api/qualifications/expiring?days=30").status()).isEqualTo(401);
    }

    @Test
    void aBadNumberOfDaysIsRefusedNamingTheParameterInEnglishAndChinese() {
        var ops = Http.as(port, "ops", Http.DEMO_PASSWORD);
        for (String days : List.of("?days=abc", "?days=-1", "?days=3651", "?days=2.5", "")) {
            var response = ops.get("/api/qualifications/expiring" + days);
            assertThat(response.status()).as(days).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            var error = response.json().get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("days");
            assertThat(error.get("message").asText()).contains("days", "whole number");
            assertThat(error.get("messageZh").asText()).contains("days", "整数");
        }
    }
}
