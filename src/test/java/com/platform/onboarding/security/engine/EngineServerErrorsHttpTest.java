package com.platform.onboarding.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An engine failure nobody foresaw tells the caller a correlation id, never a class, an engine code or SQL. */
@OnboardingTest
class EngineServerErrorsHttpTest {

    @LocalServerPort
    int port;

    @Test
    void anUnforeseenEngineFailureAnswersWithACorrelationIdOnBothMounts() {
        var admin = Http.as(port, "admin", Http.DEMO_PASSWORD);
        var rest = admin.putJson("/engine-rest/job/no-such-job/retries", "{\"retries\":1}");
        var tasklist = Http.webappSession(port, "admin", Http.DEMO_PASSWORD, "cockpit")
                .putJson("/camunda/api/engine/engine/default/job/no-such-job/retries", "{\"retries\":1}");

        for (var answer : new Http.Response[] {rest, tasklist}) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(500);
            assertThat(answer.body()).doesNotContain("ENGINE-", "Exception", "no-such-job")
                    .containsPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
            assertThat(answer.json().get("detailZh").asText()).contains("系统出错");
        }
        // A refusal keeps its status and words, less the engine's internal code.
        var notFound = admin.postJson("/engine-rest/job/no-such-job/execute", "{}");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().get("message").asText()).isEqualTo("No job found with id 'no-such-job'");
    }

    /**
     * The engine names its exception's class in "type" ("InvalidRequestException") and Jackson's in the message of a
     * body that does not fit: an outsider reads a word for the kind of refusal instead, and no numeric engine code.
     */
    @Test
    void aRefusalNamesNoClassOnBothMounts() {
        var admin = Http.as(port, "admin", Http.DEMO_PASSWORD);
        var reviewer = Http.as(port, "reviewer", Http.DEMO_PASSWORD);
        var cockpit = Http.webappSession(port, "reviewer", Http.DEMO_PASSWORD, "tasklist");
        var notFound = admin.postJson("/engine-rest/job/no-such-job/execute", "{}");
        var unreadable = admin.putJson("/engine-rest/job/no-such-job/retries", "{\"retries\":\"many\"}");
        var notAllowed = reviewer.postJson("/engine-rest/process-definition/key/merchant-onboarding/start", "{}");
        var notAllowedInApp = cockpit.postJson(
                "/camunda/api/engine/engine/default/process-definition/key/merchant-onboarding/start", "{}");

        assertThat(notFound.json().get("type").asText()).isEqualTo("not-found");
        // The engine's answer here is Jackson's text, naming its classes ("java.lang.Integer"); it becomes plain words.
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body()).doesNotContain("Exception", "java.", "Integer");
        for (var forbidden : new Http.Response[] {notAllowed, notAllowedInApp}) {
            assertThat(forbidden.status()).as(forbidden.body()).isEqualTo(403);
            assertThat(forbidden.json().get("type").asText()).isEqualTo("not-allowed");
        }
        // Our own kinds of refusal are words, not classes, and stay as the contract names them.
        var expression = admin.postJson("/engine-rest/task", "{\"assigneeExpression\":\"${currentUser()}\"}");
        assertThat(expression.json().get("type").asText()).isEqualTo("ExpressionNotAllowed");
        for (var answer : new Http.Response[] {notFound, notAllowed, notAllowedInApp}) {
            assertThat(answer.body()).as(answer.body()).doesNotContain("Exception", "java.", "org.camunda", "ENGINE-");
            assertThat(answer.json().has("code")).as(answer.body()).isFalse();
        }
    }
}
