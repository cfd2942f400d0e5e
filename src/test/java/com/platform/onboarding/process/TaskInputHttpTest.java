package com.platform.onboarding.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.MerchantApi;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.OnboardingTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A merchant's malformed upload, through the merchant API: a 400 that names the field, the task still open, nothing saved. */
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
        String applicationId = Registrations.register(port, "date-typo", "Date Typo Ltd", "DOMESTIC", "beauty", "");
        var merchant = MerchantApi.basic(port, "date-typo", Registrations.PASSWORD);
        var task = taskService.createTaskQuery().taskAssignee("date-typo").singleResult();

        var response = merchant.complete(applicationId, task.getId(), """
                {"variables": {
                  "businessLicenseHolderName": {"value": "Date Typo Ltd"},
                  "businessLicenseNumber": {"value": "91350100M000100Y43"},
                  "businessLicenseCategories": {"value": "beauty"},
                  "businessLicenseValidFrom": {"value": "2025-01-01"},
                  "businessLicenseValidUntil": {"value": "31/12/2030"}}}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("businessLicenseValidUntil", "yyyy-MM-dd");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "businessLicenseHolderName")).isNull();
    }

    @Test
    void aFileNamedPdfThatIsNotOneIsRefusedNamingTheFieldAndNothingIsSaved() {
        String applicationId = Registrations.register(port, "fake-pdf", "Fake Pdf Ltd", "DOMESTIC", "beauty", "");
        var task = taskService.createTaskQuery().taskAssignee("fake-pdf").singleResult();
        String notAPdf = Base64.getEncoder().encodeToString("MZ\u0090 an executable".getBytes(StandardCharsets.ISO_8859_1));

        var response = MerchantApi.basic(port, "fake-pdf", Registrations.PASSWORD).complete(applicationId, task.getId(), """
                {"variables": {
                  "businessLicenseNumber": {"value": "91350100M000100Y43"},
                  "businessLicenseCategories": {"value": "beauty"},
                  "businessLicenseValidFrom": {"value": "2025-01-01"},
                  "businessLicenseValidUntil": {"value": "2030-01-01"},
                  "businessLicenseDocument": {"value": "%s", "type": "File",
                    "valueInfo": {"filename": "licence.pdf", "mimetype": "application/pdf"}}}}
                """.formatted(notAPdf));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("businessLicenseDocument", "PDF, JPEG or PNG");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "businessLicenseDocument")).isNull();
    }

    @Test
    void aTaskTakesItsOwnFieldsOnlySoNothingThatDecidesCanBeOverwritten() {
        String applicationId = Registrations.register(port, "tamper", "Tamper Ltd", "DOMESTIC", "beauty", "");
        var merchant = MerchantApi.basic(port, "tamper", Registrations.PASSWORD);
        var task = taskService.createTaskQuery().taskAssignee("tamper").singleResult();

        var deposit = merchant.complete(applicationId, task.getId(), "{\"variables\":{\"depositAmount\":{\"value\":0}}}");
        var otherPrefix = merchant.complete(applicationId, task.getId(),
                "{\"variables\":{\"domesticEntrustedNumber\":{\"value\":\"91350100M000100Y43\"}}}");
        var single = Http.as(port, "tamper", Registrations.PASSWORD).putJson("/engine-rest/task/" + task.getId()
                + "/variables/firstReviewer", "{\"value\":\"someone\"}");

        assertThat(deposit.status()).isEqualTo(400);
        assertThat(deposit.body()).contains("depositAmount", "businessLicenseNumber");
        assertThat(otherPrefix.status()).isEqualTo(400);
        assertThat(single.status()).as("the engine is not the merchant's door").isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "depositAmount")).isNull();
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "firstReviewer")).isNull();
        assertThat(applicationId).isNotBlank();
    }
}
