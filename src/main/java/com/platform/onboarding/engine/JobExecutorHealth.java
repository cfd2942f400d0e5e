package com.platform.onboarding.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: a node whose job executor should run but does not would take traffic while no timer, reminder
 * or e-mail fires. Named so that the starter's own indicator (DOWN whenever the executor is off, even on purpose)
 * steps aside; the component is "jobExecutor" either way.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

    private final Supplier<JobExecutor> jobExecutor;
    private final boolean enabled;

    @Autowired
    JobExecutorHealth(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        this(() -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor(), enabled);
    }

    JobExecutorHealth(Supplier<JobExecutor> jobExecutor, boolean enabled) {
        this.jobExecutor = jobExecutor;
        this.enabled = enabled;
    }

    @Override
    public Health health() {
        if (!enabled) {
            return Health.up().withDetail("jobExecution", "disabled").build();
        }
        var executor = jobExecutor.get();
        var health = executor != null && executor.isActive() ? Health.up() : Health.down();
        return health.withDetail("jobExecution", "enabled").build();
    }
}
