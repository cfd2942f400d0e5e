package com.platform.onboarding.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/rules: reviewers, ops and admins read every dated rule and the deployed decisions; others are refused. */
@OnboardingTest
class RulesHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    RulesInForce rulesInForce;

    private static Map<String, JsonNode> byKey(JsonNode list, String key) {
        return StreamSupport.stream(list.spliterator(), false)
                .collect(Collectors.toMap(node -> node.get(key).asText(), Function.identity()));
    }

    @Test
    void staffReadEachRuleInForceTodaySinceWhenAndWhatIsScheduled() {
        var answer = Http.as(port, "reviewer", Http.DEMO_PASSWORD).get("/api/rules");

        assertThat(answer.status()).isEqualTo(200);
        var rules = byKey(answer.json().get("rules"), "key");
        assertThat(rules).containsKeys("minimum-validity", "max-shipping-days", "shipping-limits.food.fresh-fruit",
                "third-party-audit-max-age", "deadlines.merchant-reminder", "deadlines.merchant-lapse",
                "deadlines.review-sla-business-days");
        var freshFruit = rules.get("shipping-limits.food.fresh-fruit");
        assertThat(freshFruit.get("nameZh").asText()).isEqualTo("最长发货时效（新鲜水果）");
        assertThat(freshFruit.get("nameEn").asText()).isEqualTo("Longest shipping time (Fresh fruit)");
        assertThat(freshFruit.get("value").asInt()).isEqualTo(15);
        assertThat(freshFruit.get("effectiveFrom").asText()).isEqualTo("2000-01-01");
        assertThat(freshFruit.get("scheduled")).isEmpty();
        assertThat(rules.get("max-shipping-days").get("value").asInt()).isEqualTo(30);
        assertThat(rules.get("third-party-audit-max-age").get("value").asText()).isEqualTo("P1Y");
        assertThat(rules.get("deadlines.merchant-lapse").get("value").asText()).isEqualTo("PT336H");
        assertThat(rules.get("deadlines.review-sla-business-days").get("value").asInt()).isEqualTo(2);
        assertThat(rules.get("minimum-validity").get("scheduled").get(0).get("value").asInt()).isEqualTo(45);

        var decisions = byKey(answer.json().get("decisions"), "key");
        assertThat(decisions).containsKeys("category-deposit", "factory-tier", "required-qualifications");
        assertThat(decisions.get("category-deposit").get("version").asInt()).isPositive();
        assertThat(answer.json().get("warnings").isArray()).isTrue();
    }

    @Test
    void aYearWithoutAWorkingDayCalendarIsAWarningInBothLanguagesOnceItIsNear() {
        var ops = Http.as(port, "ops", Http.DEMO_PASSWORD);
        try {
            // 2026 is shipped; 2027 is not, and warns from 60 days before it begins (onboarding.working-calendar.warn-ahead).
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T02:00:00Z")));
            assertThat(ops.get("/api/rules").json().get("warnings")).isEmpty();

            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T02:00:00Z")));
            var warnings = ops.get("/api/rules").json().get("warnings");
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).get("code").asText()).isEqualTo("WORKING_CALENDAR_MISSING");
            assertThat(warnings.get(0).get("messageEn").asText()).contains("2027", "cn-2027.yaml");
            assertThat(warnings.get(0).get("messageZh").asText()).contains("2027", "工作日历");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void opsAndAdminsReadThemToo() {
        assertThat(Http.as(port, "ops", Http.DEMO_PASSWORD).get("/api/rules").status()).isEqualTo(200);
        assertThat(Http.as(port, "admin", Http.DEMO_PASSWORD).get("/api/rules").status()).isEqualTo(200);
    }

    @Test
    void merchantsAndThePaymentSystemAreRefusedInBothLanguagesAndStrangersMustSignIn() {
        Registrations.register(port, "rules-m", "Rules M Ltd", "DOMESTIC", "beauty", "");

        var merchant = Http.as(port, "rules-m", Registrations.PASSWORD).get("/api/rules");
        assertThat(merchant.status()).isEqualTo(403);
        assertThat(merchant.body()).doesNotContain("minimum-validity");
        assertThat(merchant.json().get("title").asText()).containsPattern("\\p{IsHan}").containsPattern("[A-Za-z]");
        assertThat(Http.as(port, "payments", Http.DEMO_PASSWORD).get("/api/rules").status()).isEqualTo(403);
        assertThat(Http.anonymous(port).get("/api/rules").status()).isEqualTo(401);
    }

    @Test
    void anAuditRecordNamesTheValuesUsedOnADay() {
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var values = rulesInForce.on(today).stream()
                .collect(Collectors.toMap(RulesInForce.RuleValue::key, Function.identity()));
        assertThat(values.get("minimum-validity").value()).isEqualTo(30);
        assertThat(values.get("minimum-validity").effectiveFrom()).isEqualTo(LocalDate.of(2025, 3, 22));
        assertThat(rulesInForce.on(LocalDate.of(2099, 7, 1), "minimum-validity"))
                .map(RulesInForce.RuleValue::value).contains(45);
        assertThat(rulesInForce.on(LocalDate.of(2025, 3, 21), "minimum-validity")).isEmpty();
        assertThat(List.copyOf(values.keySet())).contains("deadlines.merchant-reminder");
    }
}
