package com.platform.onboarding.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The nightly history cleanup belongs to no application: reviewers cannot delete, stall or run it; ops can. */
@OnboardingTest
class StandaloneJobsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    @Test
    void aReviewerCannotTouchTheHistoryCleanupJobAndOpsCan() {
        if (historyService.findHistoryCleanupJobs().isEmpty()) {
            historyService.cleanUpHistoryAsync(false);
        }
        var job = historyService.findHistoryCleanupJobs().get(0);
        String path = "/engine-rest/job/" + job.getId();
        var reviewer = Http.as(port, "reviewer", Http.DEMO_PASSWORD);

        List<Http.Response> attempts = List.of(
                reviewer.delete(path),
                reviewer.putJson(path + "/retries", "{\"retries\":0}"),
                reviewer.putJson(path + "/duedate", "{\"duedate\":\"2030-01-01T00:00:00.000+0000\"}"),
                reviewer.putJson(path + "/suspended", "{\"suspended\":true}"),
                reviewer.putJson(path + "/priority", "{\"priority\":1}"),
                reviewer.postJson(path + "/execute", "{}"));

        assertThat(attempts).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(403));
        var after = managementService.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(after).isNotNull();
        assertThat(after.getRetries()).isEqualTo(job.getRetries());
        assertThat(after.isSuspended()).isFalse();
        assertThat(after.getDuedate()).isEqualTo(job.getDuedate());

        var ops = Http.as(port, "ops", Http.DEMO_PASSWORD);
        assertThat(ops.putJson(path + "/retries", "{\"retries\":" + job.getRetries() + "}").status()).isEqualTo(204);
    }
}
