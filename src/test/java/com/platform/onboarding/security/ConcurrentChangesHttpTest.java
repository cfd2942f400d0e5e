package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.platform.onboarding.Http;
import com.platform.onboarding.MerchantApi;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.Waits;
import com.platform.onboarding.merchant.MerchantDirectory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two calls that change the same task at once: one wins, the other hears in both languages that someone else changed
 * it (409), never a 500 or the engine's exception. The completions are made to overlap for sure: each waits inside
 * its transaction, at the qualification check that completing the upload task runs, until the other is there too.
 */
@OnboardingTest
class ConcurrentChangesHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    MerchantDirectory directory;

    @Test
    void twoCompletionsOfOneTaskThroughOurApiAnswerOneDoneAndOneConflict() {
        String applicationId = Registrations.register(port, "twice-api", "Twice Api Ltd", "OVERSEAS", "beauty", "US");
        var merchant = MerchantApi.basic(port, "twice-api", Registrations.PASSWORD);
        String taskId = merchant.task(applicationId, "sign-overseas-agreement").get("taskId").asText();
        bothInsideTheAgreementsCheckAtOnce();

        var answers = atOnce(() -> merchant.complete(applicationId, taskId, AGREED));

        assertOneDoneOneConflict(answers);
    }

    @Test
    void twoCompletionsOfOneTaskThroughTheEngineApiAnswerOneDoneAndOneConflict() {
        String applicationId = Registrations.register(port, "twice-rest", "Twice Rest Ltd", "OVERSEAS", "beauty", "US");
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult().getId();
        var admin = Http.as(port, "admin", Http.DEMO_PASSWORD);
        bothInsideTheAgreementsCheckAtOnce();

        var answers = atOnce(() -> admin.postJson("/engine-rest/task/" + taskId + "/complete", AGREED));

        assertOneDoneOneConflict(answers);
    }

    @Test
    void twoReviewersClaimingOneReviewAtOnceAnswerOneDoneAndOneConflict() {
        String applicationId = Registrations.register(port, "claimed-twice", "Claimed Twice Ltd", "OVERSEAS",
                "food.snacks", "");
        var upload = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
        taskService.complete(upload.getId(), Registrations.overseasDurianQualifications("Claimed Twice Ltd"));
        Waits.continuations(engine).runFor(applicationId);
        String review = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult().getId();
        var reviewer = Http.as(port, "reviewer", Http.DEMO_PASSWORD);
        var reviewer2 = Http.as(port, "reviewer2", Http.DEMO_PASSWORD);

        // Whether the loser's claim overlaps the winner's or comes just after it, the answer is the same.
        var first = CompletableFuture.supplyAsync(() -> reviewer.postJson("/engine-rest/task/" + review + "/claim",
                "{\"userId\":\"reviewer\"}"));
        var second = CompletableFuture.supplyAsync(() -> reviewer2.postJson("/engine-rest/task/" + review + "/claim",
                "{\"userId\":\"reviewer2\"}"));

        assertOneDoneOneConflict(List.of(first.join(), second.join()));
        // And through the staff apps' own mount, the other reviewer's claim of the task now claimed says the same.
        String loser = "reviewer".equals(taskService.createTaskQuery().taskId(review).singleResult().getAssignee())
                ? "reviewer2" : "reviewer";
        var tasklist = Http.webappSession(port, loser, Http.DEMO_PASSWORD, "tasklist");
        var late = tasklist.postJson("/camunda/api/engine/engine/default/task/" + review + "/claim",
                "{\"userId\":\"" + loser + "\"}");
        assertConflict(late);
    }

    private static final String AGREED =
            "{\"variables\":{\"agreementAccepted\":{\"value\":true},\"committedShippingDays\":{\"value\":7}}}";

    /**
     * The agreement's check runs inside its completion (the qualifications' check is a job of its own, after the
     * answer): both completions are held there until both are inside.
     */
    private void bothInsideTheAgreementsCheckAtOnce() {
        var barrier = new CyclicBarrier(2);
        doAnswer(call -> {
            barrier.await(20, TimeUnit.SECONDS);
            return call.callRealMethod();
        }).when(directory).categoryOf(any());
    }

    private static List<Http.Response> atOnce(Supplier<Http.Response> call) {
        var first = CompletableFuture.supplyAsync(call);
        var second = CompletableFuture.supplyAsync(call);
        return List.of(first.join(), second.join());
    }

    private static void assertOneDoneOneConflict(List<Http.Response> answers) {
        assertThat(answers).extracting(Http.Response::status).as(answers.toString()).containsExactlyInAnyOrder(204, 409);
        assertConflict(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow());
    }

    private static void assertConflict(Http.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.body()).doesNotContain("Exception", "ENGINE-", "org.camunda");
        assertThat(answer.json().get("detail").asText()).contains("Someone else changed this at the same time");
        assertThat(answer.json().get("detailZh").asText()).contains("他人同时修改");
    }
}
