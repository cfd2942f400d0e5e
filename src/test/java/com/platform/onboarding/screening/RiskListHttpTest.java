package com.platform.onboarding.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ops keep the risk list over /api; a listed merchant who registers is turned away at entry. */
@OnboardingTest
class RiskListHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void onlyOpsAndAdminsReadOrChangeTheList() {
        assertThat(Http.anonymous(port).get("/api/risk-list").status()).isEqualTo(401);
        assertThat(Http.as(port, "merchant", Http.DEMO_PASSWORD).get("/api/risk-list").status()).isEqualTo(403);
        assertThat(Http.as(port, "reviewer", Http.DEMO_PASSWORD).get("/api/risk-list").status()).isEqualTo(403);
        // A user of no one: a wrong password throttles its user for a few seconds, which would fail later tests of the
        // same context that sign in as that demo user.
        assertThat(Http.as(port, "risk-list-nobody", "wrong").get("/api/risk-list").status()).isEqualTo(401);
        assertThat(Http.as(port, "ops", Http.DEMO_PASSWORD).get("/api/risk-list").status()).isEqualTo(200);
        assertThat(Http.as(port, "admin", Http.DEMO_PASSWORD).get("/api/risk-list").status()).isEqualTo(200);
        assertThat(Http.as(port, "merchant", Http.DEMO_PASSWORD).postJson("/api/risk-list",
                Map.of("merchantName", "Anyone", "reason", "COUNTERFEIT")).status()).isEqualTo(403);
    }

    @Test
    void aListedMerchantIsRejectedAtEntryWhateverTheSpellingOfTheirName() {
        var ops = Http.as(port, "ops", Http.DEMO_PASSWORD);
        var added = ops.postJson("/api/risk-list", Map.of("merchantName", "Knock Off Trading", "reason", "COUNTERFEIT",
                "note", "appeal failed 2026-10"));
        assertThat(added.status()).isEqualTo(201);

        var registration = Http.anonymous(port).postJson("/api/registrations", Map.of("username", "knockoff-hk",
                "password", "Durian2026x", "merchantName", "  KN\u041eCK-off   trading ", "contactEmail", "k@example.com",
                "entityType", "DOMESTIC", "category", "beauty", "overseasMarkets", "", "factoryProgram", false));

        assertThat(registration.status()).isEqualTo(201);
        String applicationId = registration.json().get("applicationId").asText();
        assertThat(jdbc.sql("select status || ':' || status_reason from merchant_application where application_id = ?")
                .param(applicationId).query(String.class).single()).isEqualTo("REJECTED:COUNTERFEIT");
        assertThat(taskService.createTaskQuery().taskAssignee("knockoff-hk").count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("merchant-onboarding")
                .processInstanceBusinessKey(applicationId).count()).isZero();
        assertThat(ops.get("/api/risk-list").json()).anySatisfy(e -> {
            assertThat(e.get("merchantName").asText()).isEqualTo("Knock Off Trading");
            assertThat(e.get("createdBy").asText()).isEqualTo("ops");
        });
    }

    @Test
    void aBadEntryNamesEachFieldAndAddsNothing() {
        var ops = Http.as(port, "ops", Http.DEMO_PASSWORD);
        long before = ops.get("/api/risk-list").json().size();

        var response = ops.postJson("/api/risk-list", Map.of("creditCode", "91-bad", "reason", "RUDE"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("creditCode", "reason");
        assertThat(ops.postJson("/api/risk-list", Map.of("reason", "COUNTERFEIT")).json().get("errors").get(0)
                .get("field").asText()).isEqualTo("merchantName");
        var forged = ops.postJson("/api/risk-list", Map.of("merchantName", "Knock Off", "reason", "COUNTERFEIT",
                "note", "ok\r\n2026-12-01 INFO risk list cleared by admin"));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.json().get("errors").get(0).get("field").asText()).isEqualTo("note");
        assertThat(ops.get("/api/risk-list").json().size()).isEqualTo(before);
    }

    @Test
    void anEntryRemovedByOpsNoLongerTurnsAnyoneAway() {
        var ops = Http.as(port, "ops", Http.DEMO_PASSWORD);
        String id = ops.postJson("/api/risk-list", Map.of("merchantName", "Wholesale Stall Co", "reason",
                "DISTRIBUTION_SELLER")).json().get("id").asText();

        assertThat(ops.delete("/api/risk-list/" + id).status()).isEqualTo(204);
        assertThat(ops.delete("/api/risk-list/" + id).status()).isEqualTo(404);
        var registration = Http.anonymous(port).postJson("/api/registrations", Map.of("username", "stall-co",
                "password", "Durian2026x", "merchantName", "Wholesale Stall Co", "contactEmail", "s@example.com",
                "entityType", "DOMESTIC", "category", "beauty", "overseasMarkets", "", "factoryProgram", false));
        assertThat(taskService.createTaskQuery().taskAssignee("stall-co").count()).isEqualTo(1);
        assertThat(registration.status()).isEqualTo(201);
    }
}
