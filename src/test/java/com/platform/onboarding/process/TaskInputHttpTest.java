package com.platform.onboarding.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A merchant's malformed upload, over REST: a 400 that names the field, the task still open, nothing saved. */
@OnboardingTest
class TaskInputHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void aDateInTheWrongFormatIsRefusedNamingTheFieldAndNothingIsSaved() {
        var registration = Http.anonymous(port).postJson("/api/registrations", Map.of("username", "date-typo",
                "password", "Durian2026x", "merchantName", "Date Typo Ltd", "contactEmail", "d@example.com",
                "entityType", "DOMESTIC", "category", "beauty", "overseasMarkets", "", "factoryProgram", false));
        assertThat(registration.status()).isEqualTo(201);
        var merchant = Http.as(port, "date-typo", "Durian2026x");
        var task = taskService.createTaskQuery().taskAssignee("date-typo").singleResult();

        var response = merchant.postJson("/engine-rest/task/" + task.getId() + "/complete", """
                {"variables": {
                  "businessLicenseHolderName": {"value": "Date Typo Ltd"},
                  "businessLicenseNumber": {"value": "91350100M000100Y43"},
                  "businessLicenseCategories": {"value": "beauty"},
                  "businessLicenseValidFrom": {"value": "2025-01-01"},
                  "businessLicenseValidUntil": {"value": "31/12/2030"}}}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("businessLicenseValidUntil", "yyyy-MM-dd");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "businessLicenseHolderName")).isNull();
    }
}
