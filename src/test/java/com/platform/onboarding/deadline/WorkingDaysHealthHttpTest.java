package com.platform.onboarding.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A year without a working-day calendar is a warning ops see in health; it takes no node out of service. */
@OnboardingTest
class WorkingDaysHealthHttpTest {

    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aMissingNextYearWarnsInDecemberWithoutChangingTheOverallStatus() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T02:00:00Z")));

        var health = Http.anonymous(port).get("/actuator/health").json();
        var workingDays = health.get("components").get("workingDays");
        assertThat(workingDays.get("status").asText()).isEqualTo("WARN");
        assertThat(workingDays.get("description").asText()).contains("[2027]").contains("工作日历");
        // The overall status is the other components' (mail is DOWN here unless a test runs an SMTP server).
        boolean othersUp = health.get("components").properties().stream()
                .filter(component -> !component.getKey().equals("workingDays"))
                .allMatch(component -> component.getValue().get("status").asText().equals("UP"));
        assertThat(health.get("status").asText()).isEqualTo(othersUp ? "UP" : "DOWN");
        var component = Http.anonymous(port).get("/actuator/health/workingDays");
        assertThat(component.status()).as("a warning is no failure").isEqualTo(200);
        assertThat(component.json().has("details")).as("details stay hidden").isFalse();
        assertThat(Http.anonymous(port).get("/actuator/health/readiness").json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void aYearWithItsCalendarIsUp() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T02:00:00Z")));

        var workingDays = Http.anonymous(port).get("/actuator/health/workingDays");
        assertThat(workingDays.status()).as(workingDays.body()).isEqualTo(200);
        assertThat(workingDays.json().get("status").asText()).isEqualTo("UP");
    }
}
