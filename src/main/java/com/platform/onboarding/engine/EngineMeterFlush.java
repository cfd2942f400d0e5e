package com.platform.onboarding.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine writes its meters (jobs executed and failed, instances started) to the database every 15 minutes by
 * default, so an alert on failing jobs would wait that long; every minute costs one small insert per meter per node.
 */
@Component
class EngineMeterFlush extends AbstractProcessEnginePlugin {

    private static final long INTERVAL_SECONDS = 60;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // After the engine made its reporter, before the engine starts its timer.
        configuration.getDbMetricsReporter().setReportingIntervalInSeconds(INTERVAL_SECONDS);
    }
}
