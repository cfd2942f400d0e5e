package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.MerchantApi;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Merchant B holds merchant A's ids (as from a leaked URL) and tries every door; none opens onto A's data. The
 * merchant API answers another merchant's ids as if they did not exist; the engine answers neither merchant at all.
 */
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
    @Autowired
    IdentityService identityService;

    MerchantApi a;
    MerchantApi b;
    String usernameOfA;
    String applicationOfA;
    String applicationOfB;
    String taskOfA;
    String instanceOfA;

    @BeforeEach
    void twoMerchants() {
        String suffix = Long.toString(System.nanoTime(), 36);
        usernameOfA = "iso-a-" + suffix;
        applicationOfA = Registrations.register(port, usernameOfA, "Secret Durian Co", "OVERSEAS", "food.fresh-fruit.durian", "US");
        applicationOfB = Registrations.register(port, "iso-b-" + suffix, "Curious Trading Ltd", "OVERSEAS",
                "food.fresh-fruit.durian", "US");
        a = MerchantApi.basic(port, usernameOfA, PASSWORD);
        b = MerchantApi.basic(port, "iso-b-" + suffix, PASSWORD);
        var task = taskService.createTaskQuery().taskAssignee(usernameOfA).singleResult();
        taskOfA = task.getId();
        instanceOfA = task.getProcessInstanceId();
        // As if A had uploaded it: the document is a File variable of A's process instance.
        runtimeService.setVariable(instanceOfA, "overseasEntityDocument",
                Variables.fileValue("licence.pdf").file(LICENCE).mimeType("application/pdf").create());
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
        assertThat(a.tasks(applicationOfA)).extracting(t -> t.get("taskId").asText()).containsExactly(taskOfA);
        assertThat(b.tasks(applicationOfB)).extracting(t -> t.get("taskId").asText()).doesNotContain(taskOfA).hasSize(1);
        assertNoDataOfA(b.http().get("/api/merchants/" + applicationOfA + "/tasks"), 404);
        assertNoDataOfA(b.http().get("/api/merchants/" + applicationOfA), 404);
    }

    @Test
    void anotherMerchantCannotCompleteTheTaskThroughAnyDoor() {
        String agreement = "{\"variables\":{\"agreementAccepted\":{\"value\":true},\"committedShippingDays\":{\"value\":3}}}";

        assertNoDataOfA(b.complete(applicationOfA, taskOfA, agreement), 404);
        assertThat(b.complete(applicationOfB, taskOfA, agreement).status()).isIn(400, 404);
        assertThat(b.http().postJson("/engine-rest/task/" + taskOfA + "/complete", agreement).status()).isEqualTo(403);

        assertThat(taskService.createTaskQuery().taskId(taskOfA).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(instanceOfA, "agreementAccepted")).isNull();
    }

    @Test
    void documentsAreReadByTheirMerchantOnly() {
        String document = "/api/merchants/" + applicationOfA + "/documents/overseasEntityDocument";

        assertThat(a.http().get(document).body()).isEqualTo(new String(LICENCE, StandardCharsets.US_ASCII));
        assertNoDataOfA(b.http().get(document), 404);
    }

    @Test
    void theEngineGivesNeitherMerchantAnything() {
        String historicId = historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceOfA)
                .variableName("overseasEntityDocument").singleResult().getId();
        for (var merchant : List.of(a.http(), b.http())) {
            for (String path : List.of("/engine-rest/task", "/engine-rest/task/" + taskOfA,
                    "/engine-rest/task/" + taskOfA + "/variables", "/engine-rest/process-instance/" + instanceOfA,
                    "/engine-rest/process-instance/" + instanceOfA + "/variables/overseasEntityDocument/data",
                    "/engine-rest/history/variable-instance/" + historicId + "/data",
                    "/engine-rest/history/variable-instance?processInstanceId=" + instanceOfA)) {
                assertNoDataOfA(merchant.get(path), 403);
            }
        }
    }

    @Test
    void aMerchantWhoTriesToRewriteTheirUserNameVariableIsRefusedAndKeepsTheirTask() {
        var completed = a.complete(applicationOfA, taskOfA, "{\"variables\":{"
                + "\"agreementAccepted\":{\"value\":true},\"committedShippingDays\":{\"value\":3},"
                + "\"merchantUsername\":{\"value\":\"someone-else\"}}}");

        assertThat(completed.status()).isEqualTo(400);
        assertThat(completed.body()).contains("merchantUsername");
        assertThat(taskService.createTaskQuery().taskId(taskOfA).singleResult().getAssignee()).isEqualTo(usernameOfA);
        assertThat(runtimeService.getVariable(instanceOfA, "merchantUsername")).isEqualTo(usernameOfA);
    }

    @Test
    void aMerchantCannotEndTheirApplicationByAnErrorOrEscalationNorDeleteTheirLogin() {
        var error = a.http().postJson("/engine-rest/task/" + taskOfA + "/bpmnError", "{\"errorCode\":\"skip\"}");
        var escalation = a.http().postJson("/engine-rest/task/" + taskOfA + "/bpmnEscalation", "{\"escalationCode\":\"skip\"}");
        var deleteLogin = a.http().delete("/engine-rest/user/" + usernameOfA);

        assertThat(List.of(error.status(), escalation.status(), deleteLogin.status())).containsOnly(403);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceOfA).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(taskOfA).count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().userId(usernameOfA).count()).isEqualTo(1);
    }

    private void assertNoDataOfA(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Secret Durian Co").doesNotContain("licence of iso-a")
                .doesNotContain(usernameOfA);
    }
}
