package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.OnboardingTest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Merchant B holds merchant A's ids (as from a leaked URL) and tries every door; none opens onto A's data. */
@OnboardingTest
class MerchantIsolationHttpTest {

    static final String PASSWORD = Registrations.PASSWORD;
    static final byte[] LICENCE = "%PDF-1.4 licence of iso-a".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    Http a;
    Http b;
    String taskOfA;
    String instanceOfA;

    @BeforeEach
    void twoMerchants() {
        String suffix = Long.toString(System.nanoTime(), 36);
        a = register("iso-a-" + suffix, "Secret Durian Co");
        b = register("iso-b-" + suffix, "Curious Trading Ltd");
        var task = taskService.createTaskQuery().taskAssignee("iso-a-" + suffix).singleResult();
        taskOfA = task.getId();
        instanceOfA = task.getProcessInstanceId();
        // As if A had uploaded it: the document is a File variable of A's process instance.
        runtimeService.setVariable(instanceOfA, "overseasEntityDocument",
                Variables.fileValue("licence.pdf").file(LICENCE).mimeType("application/pdf").create());
    }

    private Http register(String username, String merchantName) {
        Registrations.register(port, username, merchantName, "OVERSEAS", "food.fresh-fruit.durian", "US");
        return Http.as(port, username, PASSWORD);
    }

    @Test
    void withoutCredentialsTheEngineApiAnswers401ButTheEngineListStaysOpen() {
        var anonymous = Http.anonymous(port);
        assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/process-instance").status()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/engine").status()).isEqualTo(200);
        assertThat(Http.as(port, "iso-nobody", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void eachMerchantListsOnlyTheirOwnTasks() {
        var tasksOfB = b.get("/engine-rest/task").json();
        assertThat(tasksOfB).hasSize(1);
        assertThat(tasksOfB.get(0).get("id").asText()).isNotEqualTo(taskOfA);
        assertThat(a.get("/engine-rest/task").json()).extracting(t -> t.get("id").asText()).containsExactly(taskOfA);
    }

    @Test
    void anotherMerchantsTaskGivesNoData() {
        assertNoDataOfA(b.get("/engine-rest/task/" + taskOfA), 404);
        assertNoDataOfA(b.get("/engine-rest/task/" + taskOfA + "/variables"), 403);
        assertNoDataOfA(b.get("/engine-rest/task/" + taskOfA + "/form-variables"), 403);
        assertNoDataOfA(b.get("/engine-rest/task/" + taskOfA + "/deployed-form"), 403);
    }

    @Test
    void anotherMerchantCannotCompleteTheTask() {
        var response = b.postJson("/engine-rest/task/" + taskOfA + "/complete",
                "{\"variables\":{\"agreementAccepted\":{\"value\":true}}}");

        assertThat(response.status()).isIn(403, 404);
        assertThat(taskService.createTaskQuery().taskId(taskOfA).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(instanceOfA, "agreementAccepted")).isNull();
    }

    @Test
    void anotherMerchantsProcessInstanceAndItsVariablesGiveNoData() {
        assertNoDataOfA(b.get("/engine-rest/process-instance/" + instanceOfA), 404);
        assertNoDataOfA(b.get("/engine-rest/process-instance/" + instanceOfA + "/variables"), 403);
        assertNoDataOfA(b.get("/engine-rest/history/process-instance/" + instanceOfA), 404);
        var historicVariables = b.get("/engine-rest/history/variable-instance?processInstanceId=" + instanceOfA);
        assertThat(historicVariables.json()).isEmpty();
        assertThat(b.get("/engine-rest/process-instance").json()).extracting(p -> p.get("id").asText())
                .doesNotContain(instanceOfA).hasSize(1);
    }

    @Test
    void theMerchantReadsTheirOwnInstanceAndVariables() {
        assertThat(a.get("/engine-rest/process-instance/" + instanceOfA).status()).isEqualTo(200);
        var variables = a.get("/engine-rest/process-instance/" + instanceOfA + "/variables").json();
        assertThat(variables.get("merchantName").get("value").asText()).isEqualTo("Secret Durian Co");
    }

    @Test
    void documentsAreReadByTheirMerchantOnly() {
        String runtimePath = "/engine-rest/process-instance/" + instanceOfA + "/variables/overseasEntityDocument/data";
        String historicId = historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceOfA)
                .variableName("overseasEntityDocument").singleResult().getId();
        String historicPath = "/engine-rest/history/variable-instance/" + historicId + "/data";

        assertThat(a.get(runtimePath).body()).isEqualTo(new String(LICENCE, StandardCharsets.US_ASCII));
        assertThat(a.get(historicPath).status()).isEqualTo(200);
        assertNoDataOfA(b.get(runtimePath), 403);
        assertThat(b.get(historicPath).status()).isIn(403, 404);
        assertThat(b.get(historicPath).body()).doesNotContain("licence of iso-a");
    }

    @Test
    void aMerchantCannotEndTheirOwnApplicationByThrowingAnErrorOrEscalationFromTheTask() {
        var error = a.postJson("/engine-rest/task/" + taskOfA + "/bpmnError", "{\"errorCode\":\"skip\"}");
        var escalation = a.postJson("/engine-rest/task/" + taskOfA + "/bpmnEscalation", "{\"escalationCode\":\"skip\"}");

        assertThat(error.status()).isGreaterThanOrEqualTo(400);
        assertThat(escalation.status()).isGreaterThanOrEqualTo(400);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceOfA).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(taskOfA).count()).isEqualTo(1);
    }

    @Test
    void aMerchantWhoTriesToRewriteTheirUserNameVariableIsRefusedAndKeepsTheirTask() {
        String usernameOfB = taskService.createTaskQuery().taskAssigneeLike("iso-b-%").list().stream()
                .filter(t -> !t.getProcessInstanceId().equals(instanceOfA)).findFirst().orElseThrow().getAssignee();

        var completed = a.postJson("/engine-rest/task/" + taskOfA + "/complete", "{\"variables\":{"
                + "\"agreementAccepted\":{\"value\":true},\"committedShippingDays\":{\"value\":3},"
                + "\"merchantUsername\":{\"value\":\"" + usernameOfB + "\"}}}");

        assertThat(completed.status()).isEqualTo(400);
        assertThat(completed.json().get("message").asText()).contains("merchantUsername");
        assertThat(taskService.createTaskQuery().taskId(taskOfA).singleResult().getAssignee()).startsWith("iso-a-");
        assertThat(runtimeService.getVariable(instanceOfA, "merchantUsername")).isNotEqualTo(usernameOfB);
        assertThat(b.get("/engine-rest/task/" + taskOfA).status()).isEqualTo(404);
    }

    @Test
    void aMerchantCannotDeleteTheirOwnLogin() {
        String usernameOfA = taskService.createTaskQuery().taskId(taskOfA).singleResult().getAssignee();

        assertThat(a.delete("/engine-rest/user/" + usernameOfA).status()).isEqualTo(403);
        assertThat(a.get("/engine-rest/task").status()).isEqualTo(200);
    }

    private static void assertNoDataOfA(Http.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Secret Durian Co").doesNotContain("licence of iso-a")
                .doesNotContain("iso-a-");
    }
}
