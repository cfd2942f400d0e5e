package com.platform.onboarding.process.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.MerchantApi;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The repairs of docs/operations.md, done as the ops user through the API Cockpit itself calls: what a new operator
 * is told to do must work with the rights ops have, and only with theirs. (Retrying a failed e-mail is proven in
 * NotificationDeliveryTest.)
 */
@OnboardingTest
class OperatorRepairsHttpTest {

    @LocalServerPort
    int port;

    private String instanceOf(String applicationId) {
        return Http.as(port, "ops", Http.DEMO_PASSWORD).get("/engine-rest/process-instance?processDefinitionKey="
                + MerchantOnboarding.PROCESS_KEY + "&businessKey=" + applicationId).json().get(0).get("id").asText();
    }

    @Test
    void aTimerOpsWantNowIsMadeDueAndRunAndTheMerchantIsReminded() {
        String applicationId = Registrations.register(port, "repair-timer", "Repair Timer Ltd", "DOMESTIC", "beauty", "");
        var ops = Http.as(port, "ops", Http.DEMO_PASSWORD);
        var reminder = ops.get("/engine-rest/job?timers=true&activityId="
                + MerchantOnboarding.Elements.QUALIFICATIONS_REMINDER_DUE + "&processInstanceId=" + instanceOf(applicationId))
                .json().get(0).get("id").asText();

        assertThat(Http.as(port, "repair-timer", Registrations.PASSWORD)
                .putJson("/engine-rest/job/" + reminder + "/duedate", "{\"duedate\":null}").status()).isEqualTo(403);
        assertThat(ops.putJson("/engine-rest/job/" + reminder + "/duedate", "{\"duedate\":null}").status()).isEqualTo(204);
        assertThat(ops.postJson("/engine-rest/job/" + reminder + "/execute", "").status()).isEqualTo(204);

        assertThat(ops.get("/api/merchants/" + applicationId + "/notifications").json())
                .extracting(n -> n.get("event").asText()).contains("TASK_REMINDER");
        assertThat(MerchantApi.basic(port, "repair-timer", Registrations.PASSWORD).tasks(applicationId))
                .extracting(t -> t.get("key").asText()).containsExactly(MerchantOnboarding.Elements.UPLOAD_QUALIFICATIONS);
    }

    @Test
    void anApplicationSentBackByMistakeIsMovedToTheReviewersByInstanceModification() {
        String applicationId = Registrations.register(port, "repair-move", "Repair Move Ltd", "DOMESTIC", "beauty", "");
        String instance = instanceOf(applicationId);
        String modification = """
                {"skipCustomListeners": false, "skipIoMappings": false, "annotation": "reviewer asked for changes by mistake",
                 "instructions": [
                   {"type": "cancel", "activityId": "upload-qualifications"},
                   {"type": "startBeforeActivity", "activityId": "review-qualifications"}]}""";

        assertThat(Http.as(port, "repair-move", Registrations.PASSWORD)
                .postJson("/engine-rest/process-instance/" + instance + "/modification", modification).status())
                .isEqualTo(403);
        assertThat(Http.as(port, "ops", Http.DEMO_PASSWORD)
                .postJson("/engine-rest/process-instance/" + instance + "/modification", modification).status())
                .isEqualTo(204);

        assertThat(MerchantApi.basic(port, "repair-move", Registrations.PASSWORD).tasks(applicationId)).isEmpty();
        var review = Http.as(port, "reviewer", Http.DEMO_PASSWORD).get("/engine-rest/task?processInstanceId=" + instance).json();
        assertThat(review).singleElement().satisfies(task -> {
            assertThat(task.get("taskDefinitionKey").asText()).isEqualTo(MerchantOnboarding.Elements.REVIEW_QUALIFICATIONS);
            assertThat(task.get("due").isNull()).as("the review's SLA starts anew").isFalse();
        });
    }
}
