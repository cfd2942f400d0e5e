package com.platform.onboarding.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.MerchantApi;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.merchant.ApplicationFixtures;
import com.platform.onboarding.qualification.HeldQualification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The merchant renews through the merchant API with their own login: their task, their fields, their watch. */
@OnboardingTest
class QualificationRenewalHttpTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;
    @Autowired
    QualificationWatches watches;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ApplicationContext context;

    /** An active store whose business licence has 20 days left: the renewal window is open. */
    private String activeWithTwentyDaysLeft(String username) {
        String applicationId = Registrations.register(port, username, username + " Ltd", "DOMESTIC", "beauty", "");
        ApplicationFixtures.activate(context, applicationId);
        watches.hold(new HeldQualification(applicationId, "businessLicense", username + " Ltd",
                "91350100M000100Y43", List.of("beauty"), TODAY.minusYears(1), TODAY.plusDays(20), false));
        var watch = runtimeService.createProcessInstanceQuery().processDefinitionKey(QualificationExpiryWatch.PROCESS_KEY)
                .processInstanceBusinessKey(applicationId).singleResult();
        var window = managementService.createJobQuery().processInstanceId(watch.getId())
                .activityId(QualificationExpiryWatch.Elements.RENEWAL_WINDOW_OPENED).executable().singleResult();
        managementService.executeJob(window.getId());
        return applicationId;
    }

    @Test
    void theMerchantCompletesTheRenewalTaskWithItsOwnFieldsOnlyAndSeesTheNewDate() {
        String applicationId = activeWithTwentyDaysLeft("renew-a");
        var api = MerchantApi.basic(port, "renew-a", Registrations.PASSWORD);
        var merchant = api.http();
        var renewal = api.task(applicationId, "renew-qualification");
        String task = renewal.get("taskId").asText();
        assertThat(taskService.createTaskQuery().taskId(task).initializeFormKeys().singleResult().getCamundaFormRef()
                .getKey()).isEqualTo("upload-qualifications");
        // The form starts from the record; the dates are the merchant's to pick.
        var values = renewal.get("values");
        assertThat(values.path("businessLicenseHolderName").asText()).isEqualTo("renew-a Ltd");
        assertThat(values.path("businessLicenseNumber").asText()).isEqualTo("91350100M000100Y43");
        assertThat(values.path("businessLicenseCategories").asText()).isEqualTo("beauty");
        assertThat(values.has("businessLicenseValidUntil")).isFalse();

        var foreign = api.complete(applicationId, task,
                "{\"variables\":{\"validUntil\":{\"value\":\"2099-12-31\"},\"businessLicenseValidUntil\":{\"value\":\"2099-12-31\"}}}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("validUntil", "businessLicenseDocument");

        String until = TODAY.plusDays(400).toString();
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertThat(api.complete(applicationId, task, """
                {"variables": {
                  "businessLicenseValidFrom": {"value": "%s"},
                  "businessLicenseValidUntil": {"value": "%s"},
                  "businessLicenseDocument": {"value": "%s", "type": "File",
                    "valueInfo": {"filename": "licence.pdf", "mimetype": "application/pdf"}}}}
                """.formatted(TODAY, until, pdf)).status()).isEqualTo(204);

        var shown = merchant.get("/api/merchants/" + applicationId).json();
        assertThat(shown.get("qualifications").get(0).get("validUntil").asText()).isEqualTo(until);
        assertThat(shown.get("due")).noneSatisfy(t -> assertThat(t.get("task").asText()).isEqualTo("renew-qualification"));
        assertThat(api.tasks(applicationId)).extracting(t -> t.get("key").asText()).doesNotContain("renew-qualification");
        // Another merchant holding the id learns nothing of it.
        Registrations.register(port, "renew-c", "renew-c Ltd", "DOMESTIC", "beauty", "");
        assertThat(Http.as(port, "renew-c", Registrations.PASSWORD).get("/api/merchants/" + applicationId + "/tasks")
                .status()).isEqualTo(404);
    }

    @Test
    void opsMaySendQualificationRenewedAndTheMerchantAndThePaymentSystemMayNot() {
        String applicationId = activeWithTwentyDaysLeft("renew-m");
        String message = renewalMessage(applicationId, TODAY.plusDays(365).toString());

        assertThat(Http.as(port, "renew-m", Registrations.PASSWORD).postJson("/engine-rest/message", message).status())
                .isEqualTo(403);
        assertThat(Http.as(port, "payments", Http.DEMO_PASSWORD).postJson("/engine-rest/message", message).status())
                .isEqualTo(403);
        assertThat(Http.as(port, "ops", Http.DEMO_PASSWORD).postJson("/engine-rest/message", message).status()).isEqualTo(204);

        assertThat(Http.as(port, "renew-m", Registrations.PASSWORD).get("/api/merchants/" + applicationId).json()
                .get("qualifications").get(0).get("validUntil").asText()).isEqualTo(TODAY.plusDays(365).toString());
    }

    @Test
    void aRenewalMessageWithADateThatCannotBeReadIsRefusedNamingTheFieldAndChangesNothing() {
        String applicationId = activeWithTwentyDaysLeft("renew-bad");
        var merchant = Http.as(port, "renew-bad", Registrations.PASSWORD);
        String heldUntil = merchant.get("/api/merchants/" + applicationId).json().get("qualifications").get(0)
                .get("validUntil").asText();
        String message = renewalMessage(applicationId, "31/12/2030");

        var refused = Http.as(port, "ops", Http.DEMO_PASSWORD).postJson("/engine-rest/message", message);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("validUntil", "yyyy-MM-dd", "31/12/2030");
        assertThat(merchant.get("/api/merchants/" + applicationId).json().get("qualifications").get(0)
                .get("validUntil").asText()).isEqualTo(heldUntil);
    }

    /** What ops send for a renewed business licence: the new last valid day as given, and the new document. */
    private static String renewalMessage(String applicationId, String validUntil) {
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        return """
                {"messageName": "QualificationRenewed", "businessKey": "%s",
                 "correlationKeys": {"qualificationType": {"value": "businessLicense"}},
                 "processVariables": {"validUntil": {"value": "%s"},
                   "businessLicenseDocument": {"value": "%s", "type": "File",
                     "valueInfo": {"filename": "licence.pdf", "mimeType": "application/pdf"}}}}
                """.formatted(applicationId, validUntil, pdf);
    }
}
