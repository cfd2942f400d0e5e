package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The production profile against an empty, real PostgreSQL: schema created, no demo users, admin from the
 * environment; a whole onboarding through the APIs; and a restart on the same database carries a merchant on where
 * they stood.
 */
class PostgresProfileIT {

    @Test
    void onAnEmptyPostgresADurianMerchantReachesAnActiveStoreAndARestartCarriesAnotherOnWhereTheyStood()
            throws Exception {
        String applicationId;
        String uploadTask;
        String deployments;
        try (var postgres = EmbeddedPostgres.builder().start()) {
            try (var connection = postgres.getPostgresDatabase().getConnection()) {
                connection.createStatement().execute("create database onboarding");
            }
            var environment = Map.of(
                    "SPRING_PROFILES_ACTIVE", "postgres",
                    "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "onboarding"),
                    "SPRING_DATASOURCE_USERNAME", "postgres",
                    "SPRING_DATASOURCE_PASSWORD", "",
                    "CAMUNDA_BPM_ADMINUSER_ID", "chief",
                    "CAMUNDA_BPM_ADMINUSER_PASSWORD", "Headoffice-2026");
            try (var service = PackagedService.start("postgres", environment)) {
                var chief = Http.as(service.port(), "chief", "Headoffice-2026");
                assertThat(Http.webappSession(service.port(), "chief", "Headoffice-2026", "admin").loginStatus()).isEqualTo(200);
                assertThat(chief.get("/engine-rest/group").json()).extracting(g -> g.get("id").asText())
                        .contains("merchants", "reviewers", "ops", "camunda-admin");
                assertThat(chief.get("/engine-rest/user").json()).extracting(u -> u.get("id").asText())
                        .containsExactly("chief");
                assertThat(Http.as(service.port(), "admin", Http.DEMO_PASSWORD).get("/engine-rest/task").status()).isEqualTo(401);

                var registration = Http.anonymous(service.port()).postJson("/api/registrations", Map.of(
                        "username", "pg-merchant", "password", "Durian2026x", "merchantName", "PG Ltd",
                        "contactEmail", "pg@example.com", "entityType", "DOMESTIC", "category", "beauty",
                        "overseasMarkets", "", "factoryProgram", false));
                assertThat(registration.status()).isEqualTo(201);
                var staff = new DurianJourney.Staff("pg-reviewer", staffMember(chief, service, "pg-reviewer", "reviewers"),
                        staffMember(chief, service, "pg-reviewer2", "reviewers"),
                        staffMember(chief, service, "pg-payments", "payments"), chief);
                DurianJourney.toActiveStore(service.port(), "pg-durian", staff, Waits.BY_JOB_EXECUTOR);

                applicationId = registration.json().get("applicationId").asText();
                uploadTask = MerchantApi.basic(service.port(), "pg-merchant", "Durian2026x")
                        .task(applicationId, "upload-qualifications").get("taskId").asText();
                deployments = chief.get("/engine-rest/deployment/count").body();
            }
            try (var service = PackagedService.start("postgres-restarted", environment)) {
                var api = MerchantApi.basic(service.port(), "pg-merchant", "Durian2026x");
                var merchant = api.http();
                assertThat(api.tasks(applicationId)).singleElement()
                        .satisfies(task -> assertThat(task.get("taskId").asText()).isEqualTo(uploadTask));
                assertThat(Http.as(service.port(), "chief", "Headoffice-2026").get("/engine-rest/deployment/count").body())
                        .isEqualTo(deployments);

                assertThat(merchant.postJson("/api/merchants/" + applicationId + "/withdrawal", "").status()).isEqualTo(202);
                assertThat(merchant.get("/api/merchants/" + applicationId).json().get("status").asText())
                        .isEqualTo("WITHDRAWN");
                assertThat(api.tasks(applicationId)).isEmpty();
            }
            try (var connection = postgres.getDatabase("postgres", "onboarding").getConnection();
                    var rows = connection.createStatement().executeQuery(
                            "select count(*) from merchant_application where username = 'pg-merchant'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    /** Production has no demo users: the administrator creates the platform's people, as ops would. */
    private static Http staffMember(Http admin, PackagedService service, String id, String group) {
        String password = "Platform-staff-2026";
        assertThat(admin.postJson("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "%s", "lastName": "Staff", "email": "%s@platform.example"},
                 "credentials": {"password": "%s"}}""".formatted(id, id, id, password)).status()).isEqualTo(204);
        assertThat(admin.putJson("/engine-rest/group/" + group + "/members/" + id, "").status()).isEqualTo(204);
        return Http.as(service.port(), id, password);
    }
}
