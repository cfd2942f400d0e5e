package com.platform.onboarding.process;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Which flow nodes of a model the path tests passed, read from the engine's history of the instances they started:
 * written to {@code target/process-test-coverage/} and held to at least 90%, the rest named. Held to only when every
 * test of the class ran: one test run alone ({@code -Dtest=Class#method}) covers little, and must not fail for it.
 */
public final class FlowNodeCoverage {

    /** Each test method that ran, as the test's {@code @BeforeEach} tells it, to compare with the class's. */
    public static String ran(TestInfo test) {
        var method = test.getTestMethod().orElseThrow();
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }

    public static void assertCovered(HistoryService history, String resource, Set<String> startedInstances,
            Class<?> testClass, Set<String> ran) throws IOException {
        var model = Bpmn.readModelFromFile(Path.of(resource).toFile());
        // Gateways that route at once are not in the history (engine/EngineHistory): the path through one shows in
        // the nodes on either side of it.
        var nodes = model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> !(node instanceof Gateway) || node instanceof EventBasedGateway).map(FlowNode::getId)
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
        if (!ran.containsAll(tests(testClass))) {
            return;
        }
        Assertions.assertThat(coverage).as("flow-node coverage of %s; not passed: %s", resource, missed)
                .isGreaterThanOrEqualTo(0.9);
    }

    /** The test methods of the class and of its nested classes. */
    private static Set<String> tests(Class<?> testClass) {
        Set<String> tests = new TreeSet<>();
        for (Method method : testClass.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class)) {
                tests.add(testClass.getName() + "#" + method.getName());
            }
        }
        for (Class<?> inner : testClass.getDeclaredClasses()) {
            if (inner.isAnnotationPresent(Nested.class)) {
                tests.addAll(tests(inner));
            }
        }
        return tests;
    }

    private FlowNodeCoverage() {}
}
