package com.platform.onboarding.process.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.Waits;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * RULES.md §1, "可以随时退出": a merchant leaves the going-overseas plan at any time. Before activation the application
 * goes on without the plan, its markets cleared: with the agreement still open, just after signing, and while the
 * qualifications are in review; after activation the store keeps trading without its markets.
 */
@OnboardingTest
class OverseasPlanExitHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    private String register(String username) {
        return Registrations.register(port, username, username + " Ltd", "OVERSEAS", "food.snacks", "US,HK");
    }

    private Http merchant(String username) {
        return Http.as(port, username, Registrations.PASSWORD);
    }

    private Http.Response exit(String username, String applicationId) {
        return merchant(username).postJson("/api/merchants/" + applicationId + "/overseas-plan/exit", "");
    }

    private String openTask(String applicationId) {
        var task = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
        return task.getTaskDefinitionKey();
    }

    private void sign(String applicationId) {
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult().getId(),
                Map.of("agreementAccepted", true, "committedShippingDays", 7));
    }

    /** Signed, qualifications handed in: the review task's id. */
    private String inReview(String applicationId, String username) {
        sign(applicationId);
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult().getId(),
                Registrations.overseasDurianQualifications(username + " Ltd"));
        Waits.continuations(engine).runFor(applicationId);
        var review = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo("review-qualifications");
        return review.getId();
    }

    private void approveAndPay(String applicationId, String username, String review) {
        taskService.claim(review, "reviewer");
        taskService.complete(review, Map.of("decision", "APPROVE"));
        var due = merchant(username).get("/api/merchants/" + applicationId).json().get("depositRequired").decimalValue();
        var paid = Http.as(port, "payments", Http.DEMO_PASSWORD).postJson("/api/payments", "{\"applicationId\":\""
                + applicationId + "\",\"paymentReference\":\"PAY-" + username + "\",\"amount\":" + due.toPlainString()
                + ",\"currency\":\"CNY\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        Waits.continuations(engine).runFor(applicationId);
    }

    private Object marketsVariable(String applicationId) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey(MerchantOnboarding.PROCESS_KEY).singleResult();
        return runtimeService.getVariable(instance.getId(), MerchantOnboarding.Variables.OVERSEAS_MARKETS);
    }

    private void assertNoMarkets(String username, String applicationId) {
        assertThat(merchant(username).get("/api/merchants/" + applicationId).json().get("markets")).isEmpty();
    }

    @Test
    void withTheAgreementStillOpenTheApplicationGoesOnToItsQualifications() {
        String applicationId = register("leave-unsigned");
        assertThat(openTask(applicationId)).isEqualTo("sign-overseas-agreement");

        assertThat(exit("leave-unsigned", applicationId).status()).isEqualTo(204);

        assertThat(openTask(applicationId)).isEqualTo("upload-qualifications");
        assertNoMarkets("leave-unsigned", applicationId);
        assertThat(marketsVariable(applicationId)).isEqualTo("");
    }

    @Test
    void justAfterSigningTheApplicationGoesOnWithoutThePlan() {
        String applicationId = register("leave-signed");
        sign(applicationId);
        String upload = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult().getId();

        assertThat(exit("leave-signed", applicationId).status()).isEqualTo(204);

        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult().getId())
                .as("the same upload task waits").isEqualTo(upload);
        assertNoMarkets("leave-signed", applicationId);
        assertThat(marketsVariable(applicationId)).isEqualTo("");
        assertThat(merchant("leave-signed").get("/api/merchants/" + applicationId).json().get("status").asText())
                .isEqualTo("APPLYING");
        // A second click finds nothing to leave, and says so without failing.
        assertThat(exit("leave-signed", applicationId).status()).isEqualTo(204);
    }

    @Test
    void whileInReviewThePlanIsLeftAndTheStoreOpensWithoutMarkets() {
        String applicationId = register("leave-mid-check");
        String review = inReview(applicationId, "leave-mid-check");

        assertThat(exit("leave-mid-check", applicationId).status()).isEqualTo(204);

        assertThat(taskService.createTaskQuery().taskId(review).count()).as("the review goes on").isEqualTo(1);
        approveAndPay(applicationId, "leave-mid-check", review);
        var store = merchant("leave-mid-check").get("/api/merchants/" + applicationId).json();
        assertThat(store.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(store.get("markets")).isEmpty();
    }

    @Test
    void afterActivationTheStoreLeavesThePlanAndKeepsTrading() {
        String applicationId = register("leave-active");
        approveAndPay(applicationId, "leave-active", inReview(applicationId, "leave-active"));
        assertThat(merchant("leave-active").get("/api/merchants/" + applicationId).json().get("markets"))
                .extracting(m -> m.asText()).containsExactly("US", "HK");

        assertThat(exit("leave-active", applicationId).status()).isEqualTo(204);

        var store = merchant("leave-active").get("/api/merchants/" + applicationId).json();
        assertThat(store.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(store.get("markets")).isEmpty();
    }

    @Test
    void aWithdrawnApplicationHasNoPlanToLeaveAndAnotherMerchantSeesNothing() {
        String applicationId = register("leave-withdrawn");
        register("leave-stranger");
        assertThat(exit("leave-stranger", applicationId).status()).isEqualTo(404);
        assertThat(merchant("leave-withdrawn").postJson("/api/merchants/" + applicationId + "/withdrawal", "").status())
                .isEqualTo(202);

        var late = exit("leave-withdrawn", applicationId);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detailZh").asText()).contains("申请已结束");
        assertThat(merchant("leave-withdrawn").get("/api/merchants/" + applicationId).json().get("markets"))
                .extracting(m -> m.asText()).containsExactly("US", "HK");
    }
}
