package com.platform.onboarding.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class JobExecutorHealthTest {

    @Test
    void upWhileTheJobExecutorRuns() {
        var health = new JobExecutorHealth(() -> executor(true), true).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("jobExecution", "enabled");
    }

    @Test
    void downWhenItShouldRunButDoesNot() {
        assertThat(new JobExecutorHealth(() -> executor(false), true).health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(new JobExecutorHealth(() -> null, true).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void upAndSaidSoWhenSwitchedOffByConfiguration() {
        var health = new JobExecutorHealth(() -> executor(false), false).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("jobExecution", "disabled");
    }

    private static JobExecutor executor(boolean active) {
        var executor = mock(JobExecutor.class);
        when(executor.isActive()).thenReturn(active);
        return executor;
    }
}
