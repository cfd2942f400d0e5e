package com.platform.onboarding.bench;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;

/** Camunda 7 as the service runs it (FULL history, UUIDs as the Spring Boot starter sets), without Spring. */
final class CamundaPeer implements PeerEngine {

    private final Database database = new Database("peer-camunda");
    private final ProcessEngine engine;

    CamundaPeer() {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        // Not "default": the Spring test contexts of the other benchmarks register an engine by that name.
        configuration.setProcessEngineName("peer-camunda");
        configuration.setDataSource(database.dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();
    }

    @Override
    public String name() {
        return "Camunda " + ProductPropertiesUtil.getProductVersion();
    }

    @Override
    public void deployFloor() {
        engine.getRepositoryService().createDeployment()
                .addString(Journeys.FLOOR_KEY + ".bpmn", FloorBpmn.write(FloorBpmn.Dialect.CAMUNDA)).deploy();
    }

    @Override
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    @Override
    public String firstTask(String businessKey) {
        var tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).list();
        return tasks.isEmpty() ? null : tasks.get(0).getId();
    }

    @Override
    public void claim(String taskId, String userId) {
        engine.getTaskService().claim(taskId, userId);
    }

    @Override
    public void complete(String taskId) {
        engine.getTaskService().complete(taskId);
    }

    @Override
    public void correlate(String messageName, String businessKey) {
        engine.getRuntimeService().createMessageCorrelation(messageName).processInstanceBusinessKey(businessKey)
                .correlate();
    }

    @Override
    public long read(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .list().size();
    }

    @Override
    public String nextJob(String processInstanceId) {
        // Camunda keeps timers in the same table: "executable" is what the job executor would pick up.
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).executable()
                .listPage(0, 1).stream().findFirst().map(job -> job.getId()).orElse(null);
    }

    @Override
    public void executeJob(String jobId) {
        engine.getManagementService().executeJob(jobId);
    }

    @Override
    public long ended(String processKey) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .finished().count();
    }

    @Override
    public long leftOver() {
        return engine.getRuntimeService().createProcessInstanceQuery().count()
                + engine.getManagementService().createJobQuery().count();
    }

    @Override
    public void counting(boolean on) {
        database.counting(on);
    }

    @Override
    public void close() {
        engine.close();
        database.close();
    }
}
