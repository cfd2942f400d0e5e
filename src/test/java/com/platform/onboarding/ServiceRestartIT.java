package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on its embedded default (H2 in a file): forms resolve from inside the jar, and a restart carries
 * every merchant on where they stood. Also records startup-to-ready, for the README (not asserted: a benchmark figure).
 */
class ServiceRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void aRestartOnTheFileDatabaseLosesNothingAndRedeploysNothing() throws Exception {
        String applicationId;
        String uploadTask;
        String agreementTask;
        String otherApplication;
        String deploymentsBefore;
        var first = PackagedService.start("restart-first", Map.of(), "--onboarding.data-dir=" + dataDir);
        try (var service = first) {
            record(service);
            var overseas = register(service, "restart-hk", "US,HK");
            applicationId = overseas;
            var merchant = MerchantApi.basic(service.port(), "restart-hk", "Durian2026x");
            // The forms as staff see them in Tasklist; merchants never reach the engine.
            var admin = Http.as(service.port(), "admin", Http.DEMO_PASSWORD);
            String signTask = merchant.task(applicationId, "sign-overseas-agreement").get("taskId").asText();
            assertThat(admin.get("/engine-rest/task/" + signTask + "/deployed-form").body())
                    .contains("\"key\": \"agreementAccepted\"");
            merchant.completeTask(applicationId, "sign-overseas-agreement",
                    "{\"variables\":{\"agreementAccepted\":{\"value\":true},\"committedShippingDays\":{\"value\":5}}}");
            uploadTask = merchant.task(applicationId, "upload-qualifications").get("taskId").asText();
            assertThat(admin.get("/engine-rest/task/" + uploadTask + "/deployed-form").body())
                    .contains("\"type\": \"filepicker\"");

            String other = register(service, "restart-mo", "MO");
            agreementTask = MerchantApi.basic(service.port(), "restart-mo", "Durian2026x")
                    .task(other, "sign-overseas-agreement").get("taskId").asText();
            otherApplication = other;
            deploymentsBefore = admin.get("/engine-rest/deployment/count").body();
        }
        assertThat(first.log()).contains("Graceful shutdown complete")
                .doesNotContain("Could not open JDBC Connection").doesNotContain("destroy method failed");

        try (var service = PackagedService.start("restart-second", Map.of(), "--onboarding.data-dir=" + dataDir)) {
            record(service);
            var merchant = MerchantApi.basic(service.port(), "restart-hk", "Durian2026x");
            var tasks = merchant.tasks(applicationId);
            assertThat(tasks).hasSize(1);
            assertThat(tasks.get(0).get("taskId").asText()).isEqualTo(uploadTask);
            assertThat(tasks.get(0).get("key").asText()).isEqualTo("upload-qualifications");
            var staff = Http.as(service.port(), "admin", Http.DEMO_PASSWORD);
            var instance = staff.get("/engine-rest/process-instance?processDefinitionKey=merchant-onboarding&businessKey="
                    + applicationId).json();
            assertThat(instance).hasSize(1);
            String instanceId = instance.get(0).get("id").asText();
            var variables = staff.get("/engine-rest/process-instance/" + instanceId + "/variables").json();
            assertThat(variables.get("committedShippingDays").get("value").asInt()).isEqualTo(5);
            assertThat(MerchantApi.basic(service.port(), "restart-mo", "Durian2026x").tasks(otherApplication).get(0)
                    .get("taskId").asText()).isEqualTo(agreementTask);

            var admin = Http.as(service.port(), "admin", Http.DEMO_PASSWORD);
            assertThat(admin.get("/engine-rest/deployment/count").body()).isEqualTo(deploymentsBefore);
            assertThat(admin.get("/engine-rest/user/count?id=reviewer").json().get("count").asInt()).isEqualTo(1);
            assertThat(admin.get("/engine-rest/process-instance/count?variables=merchantUsername_eq_merchant").json()
                    .get("count").asInt()).isEqualTo(1);
        }
    }

    private static String register(PackagedService service, String username, String markets) {
        var response = Http.anonymous(service.port()).postJson("/api/registrations", Map.of("username", username,
                "password", "Durian2026x", "merchantName", username + " Ltd", "contactEmail", username + "@example.com",
                "entityType", "OVERSEAS", "category", "food.fresh-fruit.durian", "overseasMarkets", markets,
                "factoryProgram", false));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("applicationId").asText();
    }

    private static void record(PackagedService service) throws Exception {
        var line = "embedded H2 file, startup to ready: %d ms%n".formatted(service.startup().toMillis());
        Files.writeString(Path.of("target", "startup-times.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
