package com.platform.onboarding.process;

import com.platform.onboarding.audit.AuditKind;
import com.platform.onboarding.audit.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Each decision table the engine evaluates for an application goes into our audit trail with its key and the version
 * evaluated, in the evaluation's transaction: the engine's own decision history is deleted by the nightly cleanup,
 * the trail is not, and "under which rule" must still be answerable years later.
 */
@Component
class DecisionsOnRecord extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    private final AuditTrail trail;

    DecisionsOnRecord(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var handlers = new ArrayList<HistoryEventHandler>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(this);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!(event instanceof HistoricDecisionEvaluationEvent evaluation)) {
            return;
        }
        var decision = evaluation.getRootHistoricDecisionInstance();
        if (decision.getProcessInstanceId() == null) {
            return; // evaluated outside any application (ops trying a table): nothing to attach it to
        }
        var instance = Context.getCommandContext().getExecutionManager()
                .findExecutionById(decision.getProcessInstanceId());
        if (instance == null || instance.getBusinessKey() == null) {
            return;
        }
        var definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedDecisionDefinitionById(decision.getDecisionDefinitionId());
        trail.append(instance.getBusinessKey(), AuditKind.DECISION_EVALUATED, null, Map.of(
                "decisionKey", decision.getDecisionDefinitionKey(),
                "version", definition.getVersion(),
                "activity", decision.getActivityId() == null ? "" : decision.getActivityId()));
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
