package com.platform.onboarding.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ops schedule a new validity horizon (45 days from 2099-07-01, in the test configuration, as ops would write it in
 * application.yaml): the day before, checks still ask for 30 days and GET /api/rules lists 45 as scheduled; from the
 * day itself (midnight in Shanghai), checks ask for 45 and the rules list it as in force.
 */
@OnboardingTest
class ScheduledValidityChangeHttpTest {

    static final LocalDate CHANGE = LocalDate.of(2099, 7, 1);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    QualificationRules rules;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    private List<String> check(LocalDate reviewDay, int daysLeft) {
        var q = QualificationRulesTest.until("overseasEntity", reviewDay.plusDays(daysLeft));
        return rules.check(List.of(q.type()), Map.of(q.type(), q), "food", reviewDay).stream()
                .map(QualificationIssue::code).toList();
    }

    private JsonNode validityRuleOn(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0).atZone(SHANGHAI).toInstant()));
        var answer = Http.as(port, "ops", Http.DEMO_PASSWORD).get("/api/rules");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("today").asText()).isEqualTo(day.toString());
        return StreamSupport.stream(answer.json().get("rules").spliterator(), false)
                .filter(rule -> rule.get("key").asText().equals("minimum-validity")).findFirst().orElseThrow();
    }

    @Test
    void theDayBeforeTheChangeAChecksAppliesTheOldHorizonAndOnTheDayItselfTheNewOne() {
        var dayBefore = CHANGE.minusDays(1);
        assertThat(check(dayBefore, 40)).as("40 days left, 30 required").isEmpty();
        assertThat(check(dayBefore, 29)).containsExactly("QUALIFICATION_EXPIRES_TOO_SOON");
        assertThat(check(CHANGE, 40)).as("40 days left, 45 required").containsExactly("QUALIFICATION_EXPIRES_TOO_SOON");
        assertThat(check(CHANGE, 45)).isEmpty();

        var lateTheDayBefore = validityRuleOn(dayBefore, 23);
        assertThat(lateTheDayBefore.get("value").asInt()).isEqualTo(30);
        assertThat(lateTheDayBefore.get("effectiveFrom").asText()).isEqualTo("2025-03-22");
        assertThat(lateTheDayBefore.get("scheduled").get(0).get("effectiveFrom").asText()).isEqualTo("2099-07-01");
        assertThat(lateTheDayBefore.get("scheduled").get(0).get("value").asInt()).isEqualTo(45);

        var earlyOnTheDay = validityRuleOn(CHANGE, 0);
        assertThat(earlyOnTheDay.get("value").asInt()).isEqualTo(45);
        assertThat(earlyOnTheDay.get("effectiveFrom").asText()).isEqualTo("2099-07-01");
        assertThat(earlyOnTheDay.get("scheduled")).isEmpty();
    }
}
