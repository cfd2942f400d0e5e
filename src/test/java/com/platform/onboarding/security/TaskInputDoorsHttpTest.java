package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.Waits;
import com.platform.onboarding.review.ReviewDecision;
import com.platform.onboarding.review.ReviewLedger;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reviewer tries to write what decides (the deposit, who reviewed, the tier) through a review task, by every door
 * the engine has: disguised task ids, other verbs, variable endpoints, on /engine-rest and on Tasklist's own mount.
 * Each is a 400 naming the fields, and nothing changes. And four eyes: the first reviewer cannot take the second review.
 */
@OnboardingTest
class TaskInputDoorsHttpTest {

    static final String TASKLIST_API = "/camunda/api/engine/engine/default";
    static final String FORGED = "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"depositAmount\":{\"value\":0},"
            + "\"firstReviewer\":{\"value\":\"reviewer2\"},\"tier\":{\"value\":\"S\"}}}";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ReviewLedger ledger;
    @Autowired
    IdentityService identityService;

    String applicationId;
    String instance;

    @BeforeEach
    void aDurianApplicationAwaitingReview() {
        String username = "doors-" + Long.toString(System.nanoTime(), 36);
        applicationId = Registrations.register(port, username, "Doors Durian Ltd", "OVERSEAS", "food.fresh-fruit.durian", "US");
        var sign = taskService.createTaskQuery().taskAssignee(username).singleResult();
        instance = sign.getProcessInstanceId();
        taskService.complete(sign.getId(), Map.of("agreementAccepted", true, "committedShippingDays", 7));
        taskService.complete(taskService.createTaskQuery().taskAssignee(username).singleResult().getId(),
                Registrations.overseasDurianQualifications("Doors Durian Ltd"));
        Waits.continuations(engine).runFor(applicationId);
        assertThat(reviewTask().getTaskDefinitionKey()).isEqualTo("review-qualifications");
    }

    private org.camunda.bpm.engine.task.Task reviewTask() {
        return taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    /** The id with its first character percent-encoded: the engine decodes it, a path pattern would not. */
    private static String disguised(String id) {
        return "%" + Integer.toHexString(id.charAt(0)).toUpperCase() + id.substring(1);
    }

    @Test
    void everyDoorOfTheEngineApiRefusesFieldsTheReviewDoesNotTake() {
        var reviewer = Http.as(port, "reviewer", Http.DEMO_PASSWORD);
        String task = reviewTask().getId();
        String base = "/engine-rest/task/";

        List<Http.Response> attempts = List.of(
                reviewer.postJson(base + disguised(task) + "/complete", FORGED),
                reviewer.postJson(base + task + "/complete/", FORGED),
                reviewer.postJson(base + task + ";x=1/complete", FORGED),
                reviewer.postJson(base + task + "/complete;x=1", FORGED),
                reviewer.postJson(base + disguised(task) + "/submit-form", FORGED),
                reviewer.postJson(base + disguised(task) + "/resolve", FORGED),
                reviewer.postJson(base + disguised(task) + "/bpmnError",
                        "{\"errorCode\":\"x\",\"variables\":{\"depositAmount\":{\"value\":0}}}"),
                reviewer.putJson(base + disguised(task) + "/variables/depositAmount", "{\"value\":0}"),
                reviewer.putJson(base + disguised(task) + "/localVariables/tier", "{\"value\":\"S\"}"),
                reviewer.postJson(base + disguised(task) + "/variables",
                        "{\"modifications\":{\"firstReviewer\":{\"value\":\"reviewer2\"}}}"),
                reviewer.delete(base + disguised(task) + "/variables/depositAmount"));

        assertRefusedAndNothingChanged(task, attempts);
    }

    @Test
    void everyDoorOfTasklistsEngineApiRefusesThemToo() {
        var tasklist = Http.webappSession(port, "reviewer", Http.DEMO_PASSWORD, "tasklist");
        assertThat(tasklist.loginStatus()).isEqualTo(200);
        String task = reviewTask().getId();
        String base = TASKLIST_API + "/task/";

        List<Http.Response> attempts = List.of(
                tasklist.postJson(base + disguised(task) + "/submit-form", FORGED),
                tasklist.postJson(base + task + "/submit-form/", FORGED),
                tasklist.postJson(base + task + ";x=1/complete", FORGED),
                tasklist.postJson(base + disguised(task) + "/resolve", FORGED),
                tasklist.putJson(base + disguised(task) + "/variables/firstReviewer", "{\"value\":\"reviewer2\"}"),
                tasklist.postJson(base + disguised(task) + "/variables",
                        "{\"modifications\":{\"depositAmount\":{\"value\":0}}}"));

        assertRefusedAndNothingChanged(task, attempts);
    }

    @Test
    void itsOwnFieldsStillPass() {
        var reviewer = Http.as(port, "reviewer", Http.DEMO_PASSWORD);
        String task = claimedReview(reviewer);

        assertThat(reviewer.postJson("/engine-rest/task/" + disguised(task) + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"decisionReason\":{\"value\":\"ok\"}}}")
                .status()).isEqualTo(204);
        assertThat(reviewTask().getTaskDefinitionKey()).isEqualTo("second-review-qualifications");
    }

    /** The review's completion listener refuses what it cannot apply, on both mounts, before anything is saved. */
    @Test
    void aReviewThatCannotBeAppliedIsRefusedAndSavesNothing() {
        var reviewer = Http.as(port, "reviewer", Http.DEMO_PASSWORD);
        var tasklist = Http.webappSession(port, "reviewer", Http.DEMO_PASSWORD, "tasklist");
        String task = claimedReview(reviewer);
        String noReason = "{\"variables\":{\"decision\":{\"value\":\"REQUEST_CHANGES\"}}}";
        String offTheList = "{\"variables\":{\"decision\":{\"value\":\"MAYBE\"}}}";

        var attempts = List.of(reviewer.postJson("/engine-rest/task/" + task + "/complete", noReason),
                tasklist.postJson(TASKLIST_API + "/task/" + task + "/submit-form", noReason),
                reviewer.postJson("/engine-rest/task/" + task + "/complete", offTheList));

        assertThat(attempts).extracting(Http.Response::status).containsOnly(400);
        assertThat(attempts.get(0).json().get("message").asText())
                .isEqualTo("decisionReason is required unless you approve: the merchant reads it");
        assertThat(attempts.get(1).json().get("message").asText()).startsWith("decisionReason is required");
        assertThat(attempts.get(2).json().get("message").asText()).startsWith("decision must be one of").contains("MAYBE");
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(ledger.of(applicationId)).isEmpty();
    }

    @Test
    void oneReviewerCannotPassBothReviewsWhateverTheySendOrWhereverTheySendIt() {
        var reviewer = Http.as(port, "reviewer", Http.DEMO_PASSWORD);
        var tasklist = Http.webappSession(port, "reviewer", Http.DEMO_PASSWORD, "tasklist");
        String first = claimedReview(reviewer);
        assertThat(reviewer.postJson("/engine-rest/task/" + first + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}").status()).isEqualTo(204);
        String second = reviewTask().getId();
        assertThat(reviewTask().getTaskDefinitionKey()).isEqualTo("second-review-qualifications");
        String approve = "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}";

        List<Http.Response> refusedAsSameReviewer = List.of(
                reviewer.postJson("/engine-rest/task/" + disguised(second) + "/claim", "{\"userId\":\"reviewer\"}"),
                tasklist.postJson(TASKLIST_API + "/task/" + disguised(second) + "/claim", "{\"userId\":\"reviewer\"}"),
                reviewer.postJson("/engine-rest/task/" + disguised(second) + "/complete", approve),
                tasklist.postJson(TASKLIST_API + "/task/" + disguised(second) + "/submit-form", approve));
        var forged = reviewer.postJson("/engine-rest/task/" + second + "/complete", FORGED);

        for (var attempt : refusedAsSameReviewer) {
            assertThat(attempt.status()).as(attempt.body()).isEqualTo(400);
            assertThat(attempt.json().get("message").asText()).contains("second reviewer", "四眼原则").doesNotContain(second);
        }
        assertThat(forged.status()).isEqualTo(400);
        assertThat(taskService.createTaskQuery().taskId(second).singleResult().getAssignee()).isNull();
        assertThat(ledger.of(applicationId)).extracting(ReviewDecision::reviewer).containsExactly("reviewer");

        // A second reviewer of this test's own: the demo one may be held back by another test's wrong password.
        String second2 = "doors-second-" + Long.toString(System.nanoTime(), 36);
        var user = identityService.newUser(second2);
        user.setPassword("Second2026x");
        identityService.saveUser(user);
        identityService.createMembership(second2, Groups.REVIEWERS);
        var secondReviewer = Http.as(port, second2, "Second2026x");
        assertThat(secondReviewer.postJson("/engine-rest/task/" + second + "/complete", approve).status()).isEqualTo(204);
        assertThat(ledger.of(applicationId)).extracting(d -> d.taskKey() + ":" + d.reviewer())
                .containsExactly("review-qualifications:reviewer", "second-review-qualifications:" + second2);
    }

    /** The open review, claimed by the demo reviewer through the engine API. */
    private String claimedReview(Http reviewer) {
        String task = reviewTask().getId();
        assertThat(reviewer.postJson("/engine-rest/task/" + task + "/claim", "{\"userId\":\"reviewer\"}").status())
                .isEqualTo(204);
        return task;
    }

    private void assertRefusedAndNothingChanged(String task, List<Http.Response> attempts) {
        for (var attempt : attempts) {
            assertThat(attempt.status()).as(attempt.body()).isEqualTo(400);
            assertThat(attempt.json().get("message").asText()).as(attempt.body())
                    .containsAnyOf("depositAmount", "firstReviewer", "tier")
                    .contains("此任务不接受").doesNotContain(task);
        }
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(instance, "depositAmount")).isEqualTo(20000);
        assertThat(runtimeService.getVariable(instance, "firstReviewer")).isNull();
        assertThat(runtimeService.getVariable(instance, "tier")).isNull();
        // What the task carries of its own is whose it is (TaskSubject) and its file (ReviewFiles), nothing an attempt sent.
        assertThat(taskService.getVariablesLocal(task)).containsOnlyKeys("merchantName", "categoryName", "reviewFile");
    }
}
