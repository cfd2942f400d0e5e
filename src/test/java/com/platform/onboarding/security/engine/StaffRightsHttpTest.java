package com.platform.onboarding.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.ReviewProbe;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Reviewers and ops, as the demo users, over real HTTP: what their role lets them do, and where it stops. */
@OnboardingTest
class StaffRightsHttpTest {

    static final String REVIEW_PROBE = "review-queue-probe";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;

    Http reviewer;
    Http secondReviewer;
    Http ops;
    String merchant;
    String instanceOfMerchant;
    String taskOfMerchant;

    @BeforeEach
    void aMerchantInProgress() {
        merchant = "salon-" + Long.toString(System.nanoTime(), 36);
        Registrations.register(port, merchant, "Staff Test Ltd", "DOMESTIC", "beauty", "");
        var task = taskService.createTaskQuery().taskAssignee(merchant).singleResult();
        taskOfMerchant = task.getId();
        instanceOfMerchant = task.getProcessInstanceId();
        reviewer = Http.as(port, "reviewer", Http.DEMO_PASSWORD);
        secondReviewer = Http.as(port, "reviewer2", Http.DEMO_PASSWORD);
        ops = Http.as(port, "ops", Http.DEMO_PASSWORD);
    }

    /** Review tasks come with the onboarding-process issue; a one-task model offered to reviewers stands in. */
    private String aTaskOfferedToReviewers() {
        return ReviewProbe.taskOfferedToReviewers(REVIEW_PROBE, repositoryService, runtimeService, taskService);
    }

    @Test
    void aReviewerFindsAGroupTaskInTheQueueAndClaimsItOnlyOnce() {
        String review = aTaskOfferedToReviewers();
        String queue = filterService.createFilterQuery().filterName(RoleAuthorizations.REVIEW_QUEUE).singleResult().getId();

        var listed = reviewer.postJson("/engine-rest/filter/" + queue + "/list", "{}").json();
        assertThat(listed).extracting(t -> t.get("id").asText()).contains(review);
        assertThat(reviewer.postJson("/engine-rest/task/" + review + "/claim", "{\"userId\":\"reviewer\"}").status())
                .isEqualTo(204);
        assertThat(secondReviewer.postJson("/engine-rest/task/" + review + "/claim", "{\"userId\":\"reviewer2\"}").status())
                .isEqualTo(409);
        assertThat(taskService.createTaskQuery().taskId(review).singleResult().getAssignee()).isEqualTo("reviewer");
        assertThat(Http.as(port, merchant, "Durian2026x").get("/engine-rest/task/" + review).status()).isEqualTo(403);
    }

    @Test
    void aReviewerReadsTheMerchantsFileButChangesNothing() {
        var variables = reviewer.get("/engine-rest/process-instance/" + instanceOfMerchant + "/variables");
        assertThat(variables.status()).isEqualTo(200);
        assertThat(variables.json().get("merchantName").get("value").asText()).isEqualTo("Staff Test Ltd");

        var change = reviewer.postJson("/engine-rest/process-instance/" + instanceOfMerchant + "/variables",
                "{\"modifications\":{\"merchantName\":{\"value\":\"Changed\"}}}");
        var complete = reviewer.postJson("/engine-rest/task/" + taskOfMerchant + "/complete", "{}");
        var startProcess = reviewer.postJson("/engine-rest/process-definition/key/merchant-onboarding/start", "{}");

        assertThat(change.status()).isEqualTo(403);
        assertThat(complete.status()).isIn(403, 404);
        assertThat(startProcess.status()).isEqualTo(403);
        assertThat(runtimeService.getVariable(instanceOfMerchant, "merchantName")).isEqualTo("Staff Test Ltd");
        assertThat(taskService.createTaskQuery().taskId(taskOfMerchant).count()).isEqualTo(1);
    }

    @Test
    void opsRepairAnInstanceByModificationButCannotTouchUsersOrDeployments() {
        var modification = ops.postJson("/engine-rest/process-instance/" + instanceOfMerchant + "/modification",
                "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"upload-qualifications\"},"
                        + "{\"type\":\"startBeforeActivity\",\"activityId\":\"upload-qualifications\"}],"
                        + "\"annotation\":\"re-issue the upload task\"}");

        assertThat(modification.status()).isEqualTo(204);
        var reissued = taskService.createTaskQuery().processInstanceId(instanceOfMerchant).singleResult();
        assertThat(reissued.getId()).isNotEqualTo(taskOfMerchant);
        assertThat(reissued.getTaskDefinitionKey()).isEqualTo("upload-qualifications");
        assertThat(reissued.getAssignee()).isEqualTo(merchant);

        var newUser = ops.postJson("/engine-rest/user/create",
                "{\"profile\":{\"id\":\"ops-made\"},\"credentials\":{\"password\":\"Whatever2026\"}}");
        assertThat(newUser.status()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("ops-made").count()).isZero();
        assertThat(ops.postJson("/engine-rest/authorization/create", "{\"type\":1,\"permissions\":[\"ALL\"],"
                + "\"userId\":\"ops\",\"resourceType\":4,\"resourceId\":\"*\"}").status()).isEqualTo(403);
    }
}
