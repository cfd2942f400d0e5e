package com.platform.onboarding.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * Which flow nodes of a model the path tests passed, read from the engine's history of the instances they started:
 * written to {@code target/process-test-coverage/} and held to at least 90%, the rest named.
 */
final class FlowNodeCoverage {

    static void assertCovered(HistoryService history, String resource, Set<String> startedInstances) throws IOException {
        var model = Bpmn.readModelFromFile(Path.of(resource).toFile());
        var nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        var passed = history.createHistoricActivityInstanceQuery().list().stream()
                .filter(a -> startedInstances.contains(a.getProcessInstanceId())).map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toSet());
        var missed = new TreeSet<>(nodes);
        missed.removeAll(passed);
        double coverage = 1.0 - (double) missed.size() / nodes.size();
        String report = Path.of(resource).getFileName().toString().replace(".bpmn", ".txt");
        Files.createDirectories(Path.of("target", "process-test-coverage"));
        Files.writeString(Path.of("target", "process-test-coverage", report),
                "flow-node coverage %.1f%% (%d of %d)%nnot passed: %s%n".formatted(100 * coverage,
                        nodes.size() - missed.size(), nodes.size(), missed));
        Assertions.assertThat(coverage).as("flow-node coverage of %s; not passed: %s", resource, missed)
                .isGreaterThanOrEqualTo(0.9);
    }

    private FlowNodeCoverage() {}
}
