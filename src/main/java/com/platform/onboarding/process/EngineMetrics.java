package com.platform.onboarding.process;

import com.platform.onboarding.security.Groups;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * The engine and its tasks as Prometheus reads them. Every meter is one count query or one sum over the engine's
 * meter log, run at scrape, and counts the whole cluster (the database is shared): aggregate nodes with max, not sum.
 * Engine counters (started, jobs) move when the engine flushes its meters to the database, every minute
 * (EngineMeterFlush).
 */
@Component
class EngineMetrics implements MeterBinder {

    private final ManagementService managementService;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Clock clock;

    EngineMetrics(ManagementService managementService, HistoryService historyService, RuntimeService runtimeService,
            TaskService taskService, Clock clock) {
        this.managementService = managementService;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        engineCounter(registry, "camunda.process.instances.started", Metrics.ROOT_PROCESS_INSTANCE_START,
                "Process instances started (not counting called subprocesses)");
        FunctionCounter.builder("camunda.process.instances.ended", historyService,
                        h -> h.createHistoricProcessInstanceQuery().finished().count())
                .description("Process instances ended, as far as history still holds them")
                .register(registry);
        engineCounter(registry, "camunda.jobs.executed", Metrics.JOB_SUCCESSFUL, "Jobs executed successfully");
        engineCounter(registry, "camunda.jobs.failed", Metrics.JOB_FAILED, "Job executions that failed");
        engineCounter(registry, "camunda.jobs.acquired", Metrics.JOB_ACQUIRED_SUCCESS, "Jobs acquired for execution");
        Gauge.builder("camunda.jobs.due", managementService, m -> m.createJobQuery().executable().count())
                .description("Jobs due now with retries left, waiting for the job executor")
                .register(registry);
        for (String type : new String[] {Incident.FAILED_JOB_HANDLER_TYPE, Incident.EXTERNAL_TASK_HANDLER_TYPE}) {
            Gauge.builder("camunda.incidents.open", runtimeService, r -> r.createIncidentQuery().incidentType(type).count())
                    .description("Open incidents (ops repair them in Cockpit)")
                    .tag("type", type)
                    .register(registry);
        }

        Gauge.builder("onboarding.review.tasks.open", taskService,
                        t -> t.createTaskQuery().taskCandidateGroup(Groups.REVIEWERS).includeAssignedTasks().count())
                .description("Review tasks open, claimed or not")
                .register(registry);
        // Merchant tasks are assigned to the merchant and offered to no group; review tasks are offered to reviewers.
        Gauge.builder("onboarding.tasks.overdue", taskService,
                        t -> t.createTaskQuery().withoutCandidateGroups().includeAssignedTasks().taskAssigned()
                                .dueBefore(Date.from(clock.instant())).count())
                .description("Open tasks past their due date")
                .tag("kind", "merchant")
                .register(registry);
        Gauge.builder("onboarding.tasks.overdue", taskService,
                        t -> t.createTaskQuery().taskCandidateGroup(Groups.REVIEWERS).includeAssignedTasks()
                                .dueBefore(Date.from(clock.instant())).count())
                .description("Open tasks past their due date")
                .tag("kind", "review")
                .register(registry);
    }

    private void engineCounter(MeterRegistry registry, String name, String engineMetric, String description) {
        FunctionCounter.builder(name, managementService, m -> m.createMetricsQuery().name(engineMetric).sum())
                .description(description)
                .register(registry);
    }
}
