package com.platform.onboarding.bench;

import java.util.Map;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/** Flowable 7, configured as {@link CamundaPeer}: FULL history, UUIDs, no job executor, its own H2 database. */
final class FlowablePeer implements PeerEngine {

    private final Database database = new Database("peer-flowable");
    private final ProcessEngine engine;

    FlowablePeer() {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setEngineName("peer-flowable");
        configuration.setDataSource(database.dataSource);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistoryLevel(HistoryLevel.FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setAsyncExecutorActivate(false);
        engine = configuration.buildProcessEngine();
    }

    @Override
    public String name() {
        return "Flowable " + ProcessEngine.VERSION;
    }

    @Override
    public void deployFloor() {
        engine.getRepositoryService().createDeployment()
                .addString(Journeys.FLOOR_KEY + ".bpmn20.xml", FloorBpmn.write(FloorBpmn.Dialect.FLOWABLE)).deploy();
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

    /**
     * Flowable has no correlation by business key: a caller finds the execution subscribed to the message, then
     * delivers it there, which is what Camunda's correlation does inside one command.
     */
    @Override
    public void correlate(String messageName, String businessKey) {
        var runtime = engine.getRuntimeService();
        // true: the instance's child executions too, where the subscription is (the key is on the instance only)
        var execution = runtime.createExecutionQuery().messageEventSubscriptionName(messageName)
                .processInstanceBusinessKey(businessKey, true).singleResult();
        if (execution == null) {
            throw new IllegalStateException(businessKey + " does not wait for " + messageName);
        }
        runtime.messageEventReceived(messageName, execution.getId());
    }

    @Override
    public long read(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .list().size();
    }

    @Override
    public String nextJob(String processInstanceId) {
        // Flowable keeps timers apart (ACT_RU_TIMER_JOB): every job in this table is executable.
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
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
