package com.platform.onboarding.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * The decisions of {@code bpmn/}, parsed by the standalone DMN engine with its defaults (FEEL by feel-scala, as in
 * the process engine). Evaluations report the ids of the rows that matched, so tests can name the deciding row.
 */
final class Decisions {

    static final Path FOLDER = Path.of("bpmn");
    private static final ThreadLocal<List<String>> MATCHED = ThreadLocal.withInitial(ArrayList::new);
    static final DmnEngine ENGINE = engine();

    /** A decision's result and the ids of its matching rows, in table order. */
    record Evaluation(DmnDecisionResult result, List<String> matchedRules) {
    }

    private final DmnDecision decision;

    private Decisions(DmnDecision decision) {
        this.decision = decision;
    }

    private static DmnEngine engine() {
        var configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        DmnDecisionTableEvaluationListener listener = (DmnDecisionTableEvaluationEvent event) -> {
            MATCHED.get().clear();
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(MATCHED.get()::add);
        };
        configuration.customPostDecisionTableEvaluationListeners(List.of(listener));
        return configuration.buildEngine();
    }

    static Path file(String decisionId) {
        return FOLDER.resolve(decisionId + ".dmn");
    }

    static Decisions load(String decisionId) {
        try (InputStream in = Files.newInputStream(file(decisionId))) {
            return new Decisions(ENGINE.parseDecision(decisionId, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DmnDecision decision() {
        return decision;
    }

    Evaluation evaluate(Map<String, Object> variables) {
        MATCHED.get().clear();
        var result = ENGINE.evaluateDecision(decision, variables);
        return new Evaluation(result, List.copyOf(MATCHED.get()));
    }
}
