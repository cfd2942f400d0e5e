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
}
