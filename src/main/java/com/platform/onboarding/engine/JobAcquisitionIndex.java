package com.platform.onboarding.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The job executor polls for due jobs every few seconds. The engine's query ("due date null or past") reads the whole
 * job table, and each expiry watch keeps three timers in it for a year: with 100,000 pending timers on H2 one idle poll
 * took 0.2 to 1 s, and as a midnight burst thinned out, each poll for 3 jobs read most of the table (its e-mails took
 * more than twice the CPU; bench/TimersAtScaleBenchmark). With every job given a due date
 * (ensure-job-due-date-not-null in application.yaml) the query is "due date past", which this index answers by reading
 * only the due jobs. The engine's scripts have no such index, so it is made here, after the engine has created or
 * checked its schema.
 */
@Component
class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!configuration.isEnsureJobDueDateNotNull()) {
            return;
        }
        var jdbc = new JdbcTemplate(configuration.getDataSource());
        jdbc.execute("create index if not exists ACT_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)");
        // The query no longer finds jobs without a due date: those written before this setting would never run.
        jdbc.update("update ACT_RU_JOB set DUEDATE_ = CURRENT_TIMESTAMP where DUEDATE_ is null");
    }
}
