package com.platform.onboarding.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.ReviewProbe;
import java.util.Date;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.reporter.DbMetricsReporter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Probes and the Prometheus scrape over real HTTP: who may read what, and that the meters follow the data. */
@OnboardingTest
class HealthAndMetricsHttpTest {

    static final String REVIEW_PROBE = "metrics-review-probe";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    Http ops;

    @BeforeEach
    void scraper() {
        ops = Http.as(port, "ops", Http.DEMO_PASSWORD);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void readinessIsOpenAndListsTheDatabaseAndTheJobExecutor() {
        var readiness = Http.anonymous(port).get("/actuator/health/readiness");

        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        var json = readiness.json();
        assertThat(json.get("status").asText()).isEqualTo("UP");
        assertThat(json.get("components").get("db").get("status").asText()).isEqualTo("UP");
        assertThat(json.get("components").get("jobExecutor").get("status").asText()).isEqualTo("UP");
        assertThat(Http.anonymous(port).get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void onlyOpsAndAdminsMayScrape() {
        String merchant = "metrics-" + Long.toString(System.nanoTime(), 36);
        Registrations.register(port, merchant, "Metrics Test Ltd", "DOMESTIC", "beauty", "");

        assertThat(Http.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(Http.anonymous(port).get("/actuator").status()).isEqualTo(401);
        assertThat(Http.anonymous(port).get("/actuator/health/../prometheus").status()).isEqualTo(401);
        assertThat(Http.as(port, merchant, Registrations.PASSWORD).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(Http.as(port, "reviewer", Http.DEMO_PASSWORD).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(Http.as(port, "admin", Http.DEMO_PASSWORD).get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(ops.get("/actuator/env").status()).as("not exposed").isEqualTo(404);

        var scrape = ops.get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("camunda_process_instances_started_total",
                "camunda_process_instances_ended_total", "camunda_jobs_executed_total", "camunda_jobs_failed_total",
                "camunda_jobs_acquired_total", "camunda_jobs_due", "camunda_incidents_open{type=\"failedJob\"}",
                "onboarding_review_tasks_open", "onboarding_tasks_overdue{kind=\"merchant\"}",
                "onboarding_tasks_overdue{kind=\"review\"}");
        for (var status : new String[] {"APPLYING", "ACTIVE", "REJECTED", "WITHDRAWN", "EXPIRED", "SUSPENDED"}) {
            assertThat(scrape.body()).contains("onboarding_applications{status=\"" + status + "\"}");
        }
    }

    @Test
    void aRegistrationCountsAsApplyingAndItsTaskAsOverdueOnceItsDueDatePasses() {
        double applying = scrape("onboarding_applications", "status=\"APPLYING\"");

        String merchant = "metrics-" + Long.toString(System.nanoTime(), 36);
        Registrations.register(port, merchant, "Metrics Test Ltd", "DOMESTIC", "beauty", "");

        assertThat(scrape("onboarding_applications", "status=\"APPLYING\"")).isEqualTo(applying + 1);
        Date due = taskService.createTaskQuery().taskAssignee(merchant).singleResult().getDueDate();
        assertThat(due).isNotNull();
        ClockUtil.setCurrentTime(new Date(due.getTime() - 1));
        double overdue = scrape("onboarding_tasks_overdue", "kind=\"merchant\"");
        ClockUtil.setCurrentTime(new Date(due.getTime() + 1));
        assertThat(scrape("onboarding_tasks_overdue", "kind=\"merchant\"")).isEqualTo(overdue + 1);
    }

    @Test
    void aReviewTaskCountsAsOpenAndAsOverdueOnceItsDueDatePasses() {
        double open = scrape("onboarding_review_tasks_open", null);

        String review = aTaskOfferedToReviewers();
        var task = taskService.createTaskQuery().taskId(review).singleResult();
        var due = new Date(System.currentTimeMillis() + 3_650L * 24 * 3600 * 1000 + (System.nanoTime() % 100_000));
        task.setDueDate(due);
        taskService.saveTask(task);

        assertThat(scrape("onboarding_review_tasks_open", null)).isEqualTo(open + 1);
        ClockUtil.setCurrentTime(new Date(due.getTime() - 1));
        double overdue = scrape("onboarding_tasks_overdue", "kind=\"review\"");
        double merchantOverdue = scrape("onboarding_tasks_overdue", "kind=\"merchant\"");
        ClockUtil.setCurrentTime(new Date(due.getTime() + 1));
        assertThat(scrape("onboarding_tasks_overdue", "kind=\"review\"")).isEqualTo(overdue + 1);
        assertThat(scrape("onboarding_tasks_overdue", "kind=\"merchant\"")).as("a review is no merchant task")
                .isEqualTo(merchantOverdue);

        taskService.complete(review);
        assertThat(scrape("onboarding_review_tasks_open", null)).isEqualTo(open);
    }

    @Test
    void engineCountersFollowStartedAndEndedInstances() {
        flushEngineMetrics();
        double started = scrape("camunda_process_instances_started_total", null);
        double ended = scrape("camunda_process_instances_ended_total", null);

        String review = aTaskOfferedToReviewers();
        flushEngineMetrics();
        assertThat(scrape("camunda_process_instances_started_total", null)).isEqualTo(started + 1);
        assertThat(scrape("camunda_process_instances_ended_total", null)).isEqualTo(ended);

        taskService.complete(review);
        assertThat(scrape("camunda_process_instances_ended_total", null)).isEqualTo(ended + 1);
    }

    @Test
    void theEngineFlushesItsCountersEveryMinute() {
        assertThat(reporter().getReportingIntervalInSeconds()).isEqualTo(60);
    }

    private void flushEngineMetrics() {
        reporter().reportNow();
    }

    private DbMetricsReporter reporter() {
        return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDbMetricsReporter();
    }

    private String aTaskOfferedToReviewers() {
        return ReviewProbe.taskOfferedToReviewers(REVIEW_PROBE, repositoryService, runtimeService, taskService);
    }

    /** One sample of the scrape, by meter name and (when the meter has labels) one label pair. */
    private double scrape(String name, String label) {
        var response = ops.get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        var sample = Pattern.compile("(?m)^" + Pattern.quote(name)
                + (label == null ? "" : "\\{[^}]*" + Pattern.quote(label) + "[^}]*\\}") + " (\\S+)$")
                .matcher(response.body());
        assertThat(sample.find()).as(name + " " + label + " in\n" + response.body()).isTrue();
        return Double.parseDouble(sample.group(1));
    }
}
