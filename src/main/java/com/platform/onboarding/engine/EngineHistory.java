package com.platform.onboarding.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.DefaultHistoryRemovalTimeProvider;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine's full history, less what nobody reads but every onboarding paid for in SQL statements (issue 17;
 * docs/operations.md, "History grows"). The level stays {@code full} in the database, so no node and no existing
 * database needs a migration, and Cockpit, Tasklist, {@code /engine-rest/history} and our readers (merchant status,
 * documents, review file, progress) see what they need: process, task, decision, incident, identity-link and
 * operation-log history and every variable's latest value are untouched.
 * <ul>
 * <li>No activity rows for gateways that route at once (exclusive, parallel): the path through one shows in the steps
 * on either side, which all keep their rows, tasks of every kind, events, subprocesses. Every stage the merchant's
 * stepper reads from history (api/ApplicationProgress) has a task or an event of its own.</li>
 * <li>No job log rows for a job's creation and deletion. A job that waits is in the runtime tables, and a deadline
 * timer deleted because the merchant acted in time is no event; writing the row even read the job's definition each
 * time. What a job did is kept: each run that succeeded (the cluster tests count them, once per job) and each that
 * failed (with its message, next to the incident ops retry in Cockpit).</li>
 * <li>No change log ({@code ACT_HI_DETAIL}) of task-local variables. Those are what our task listeners put on a task
 * for the person working it (the review file, the merchant's and category's names), derived from the record; their
 * latest value stays in {@code ACT_HI_VARINST}. Every variable a person or a step sets on the process, form fields and
 * check results alike, keeps its whole change log (the review file shows earlier rounds of issues from it).</li>
 * <li>History is removed {@code historyTimeToLive} days after an instance ended, as the engine does by default, except
 * for the models listed in {@code onboarding.history.removal-time-from-start}, whose instances end within moments of
 * their start (an e-mail's delivery): their rows get their removal time as they are written, from the start, and the
 * end need not stamp it on every history table of the instance afterwards (fifteen updates per instance). Counting
 * from the start would remove the history of an instance still running once it outlived its time to live (an expiry
 * watch waits for years), so the others keep the engine's default.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // its database handler first, before the audit's (process/DecisionsOnRecord)
class EngineHistory extends AbstractProcessEnginePlugin {

    private final Set<String> removalTimeFromStart;

    EngineHistory(@Value("${onboarding.history.removal-time-from-start:}") List<String> removalTimeFromStart) {
        this.removalTimeFromStart = Set.copyOf(removalTimeFromStart);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventProducer(new Producer());
        // Each row is stamped as it is written, by the provider below; the producer stamps the rest at the end.
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
        configuration.setHistoryRemovalTimeProvider(new RemovalTimes());
        // The engine's own database handler is replaced by the one below; handlers other plugins add come after it.
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        var handlers = new ArrayList<HistoryEventHandler>();
        handlers.add(new Handler());
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /**
     * A gateway that routes at once (exclusive, parallel, inclusive): the path through it shows in the steps on
     * either side. An event-based gateway waits, and keeps its row.
     */
    private static boolean isGateway(DelegateExecution execution) {
        var activity = ((ExecutionEntity) execution).getActivity();
        return activity != null && ROUTING_GATEWAYS.contains(activity.getProperty(BpmnProperties.TYPE.getName()));
    }

    private static final Set<String> ROUTING_GATEWAYS = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway");

    private boolean fromStart(String processDefinitionKey) {
        return removalTimeFromStart.contains(processDefinitionKey);
    }

    /** From the start for the listed models; from the end (known only then) for the others. */
    private final class RemovalTimes extends DefaultHistoryRemovalTimeProvider {

        @Override
        public Date calculateRemovalTime(HistoricProcessInstanceEventEntity root, ProcessDefinition definition) {
            if (root.getEndTime() == null && !fromStart(definition.getKey())) {
                return null;
            }
            return super.calculateRemovalTime(root, definition);
        }
    }

    private final class Producer extends CacheAwareHistoryEventProducer {

        @Override
        public HistoryEvent createActivityInstanceStartEvt(DelegateExecution execution) {
            return isGateway(execution) ? null : super.createActivityInstanceStartEvt(execution);
        }

        @Override
        public HistoryEvent createActivityInstanceUpdateEvt(DelegateExecution execution, DelegateTask task) {
            return isGateway(execution) ? null : super.createActivityInstanceUpdateEvt(execution, task);
        }

        @Override
        public HistoryEvent createActivityInstanceEndEvt(DelegateExecution execution) {
            return isGateway(execution) ? null : super.createActivityInstanceEndEvt(execution);
        }

        /** No event (so no row, and no read of the job's definition) for a job's creation or deletion. */
        @Override
        public HistoryEvent createHistoricJobLogCreateEvt(Job job) {
            return null;
        }

        @Override
        public HistoryEvent createHistoricJobLogDeleteEvt(Job job) {
            return null;
        }

        /**
         * A row of an instance whose removal time comes only at its end is written without one, as under the engine's
         * default, and without reading the instance's history first (a read per transaction): its execution, which the
         * transaction holds, names its model.
         */
        @Override
        protected HistoricProcessInstanceEventEntity getHistoricRootProcessInstance(String rootProcessInstanceId) {
            var root = Context.getCommandContext().getDbEntityManager()
                    .getCachedEntity(ExecutionEntity.class, rootProcessInstanceId);
            if (root != null && !fromStart(root.getProcessDefinition().getKey())) {
                return null;
            }
            return super.getHistoricRootProcessInstance(rootProcessInstanceId);
        }

        /** At the end of a root instance whose rows were written without a removal time: stamp them all now. */
        @Override
        public HistoryEvent createProcessInstanceEndEvt(DelegateExecution execution) {
            var event = (HistoricProcessInstanceEventEntity) super.createProcessInstanceEndEvt(execution);
            if (isRootProcessInstance(event) && !fromStart(event.getProcessDefinitionKey())) {
                Date removalTime = calculateRemovalTime(event);
                if (removalTime != null) {
                    addRemovalTimeToHistoricProcessInstances(event.getRootProcessInstanceId(), removalTime);
                    if (isDmnEnabled()) {
                        addRemovalTimeToHistoricDecisions(event.getRootProcessInstanceId(), removalTime);
                    }
                }
            }
            return event;
        }
    }

    /** The engine's database handler, without the change log of task-local variables. */
    private static final class Handler extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return event.getTaskId() == null && super.shouldWriteHistoricDetail(event);
        }
    }
}
