package com.platform.onboarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Smtp;
import com.platform.onboarding.StatementCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue "Benchmark", item 3: SQL statements and commits per onboarding, counted exactly at the DataSource, ours
 * against the engine's floor. Ours: an overseas durian merchant registered, agreement signed, qualifications uploaded,
 * two reviews, the deposit paid, activated, expiry watches started, every e-mail job run (to the log), all through
 * the same HTTP APIs people use. The floor: a model with nothing but the same wait states (four user tasks and a
 * message), the same number of asynchronous jobs and of variables, driven through the same engine API calls.
 * Not part of the build: `mvn -Pbench verify` (see docs/benchmarks.md).
 */
@Tag("benchmark")
@OnboardingTest
class StatementsPerOnboardingBenchmark {

    static final int RUNS = 5;

    /** The local mail sink the e-mail jobs deliver to. */
    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;

    @Test
    void statementsAndCommitsPerOnboardingAgainstTheEngineFloor() throws Exception {
        var ours = new ArrayList<StatementCounter.Count>();
        var floor = new ArrayList<StatementCounter.Count>();
        long variables = 0;
        long jobs = 0;
        Map<String, Long> oursKinds = Map.of();
        Map<String, Long> floorKinds = Map.of();
        repositoryService.createDeployment().name(Journeys.FLOOR_KEY)
                .addModelInstance(Journeys.FLOOR_KEY + ".bpmn", Journeys.floorModel()).deploy();
        Journeys.createFloorUser(Http.as(port, "admin", Http.DEMO_PASSWORD));
        var client = new Calls(port).client();
        // what startup left (the demo merchant's e-mail) is not an onboarding's
        CountedOnboarding.runAllJobs(managementService);
        for (int run = 0; run < RUNS + 1; run++) {
            var counted = CountedOnboarding.run(client, managementService, "bench-" + run);
            jobs = counted.jobs();
            variables = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(instanceOf(counted.applicationId())).count();

            var kindsBefore = StatementCounter.kinds();
            var before = StatementCounter.Count.now();
            assertThat(CountedOnboarding.floor(client, managementService, "floor-" + run, (int) variables))
                    .as("floor jobs").isEqualTo(jobs);
            var floorUsed = StatementCounter.Count.now().since(before);
            oursKinds = counted.kinds();
            floorKinds = CountedOnboarding.difference(StatementCounter.kinds(), kindsBefore);
            if (run > 0) { // the first run warms caches (deployments, users)
                ours.add(counted.used());
                floor.add(floorUsed);
            }
        }
        report(ours, floor, variables, jobs);
        profile(oursKinds, floorKinds);
    }

    private String instanceOf(String applicationId) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey("merchant-onboarding").singleResult().getId();
    }

    private static void report(List<StatementCounter.Count> ours, List<StatementCounter.Count> floor, long variables,
            long jobs) throws Exception {
        long oursStatements = median(ours.stream().mapToLong(StatementCounter.Count::statements).toArray());
        long oursCommits = median(ours.stream().mapToLong(StatementCounter.Count::commits).toArray());
        long floorStatements = median(floor.stream().mapToLong(StatementCounter.Count::statements).toArray());
        long floorCommits = median(floor.stream().mapToLong(StatementCounter.Count::commits).toArray());
        String table = """
                per onboarding (median of %d runs; %d variables, %d jobs) | ours | floor | ours / floor
                SQL statements | %d | %d | %.2f
                commits        | %d | %d | %.2f
                """.formatted(ours.size(), variables, jobs, oursStatements, floorStatements,
                (double) oursStatements / floorStatements, oursCommits, floorCommits, (double) oursCommits / floorCommits);
        String json = ("{\"runs\":%d,\"variables\":%d,\"jobs\":%d,\"ours\":{\"statements\":%d,\"commits\":%d},"
                + "\"floor\":{\"statements\":%d,\"commits\":%d},\"statementRatio\":%.3f,\"commitRatio\":%.3f}")
                .formatted(ours.size(), variables, jobs, oursStatements, oursCommits, floorStatements, floorCommits,
                        (double) oursStatements / floorStatements, (double) oursCommits / floorCommits);
        System.out.println(table + json);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "statements-per-onboarding.json"), json + "\n");
        Files.writeString(Path.of("target", "bench", "statements-per-onboarding.txt"), table);
        double[] ratios = new double[ours.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = (double) ours.get(i).statements() / floor.get(i).statements();
        }
        var ratio = Figures.Spread.of(ratios);
        Figures.headline("1-statements", "SQL statements per onboarding, ours / floor (%d / %d)"
                .formatted(oursStatements, floorStatements), ratio, "%.2f", "≤ 1.2", ratio.median() <= 1.2);
    }

    /** Where ours spends statements the floor does not: by kind, largest excess first (one run). */
    private static void profile(Map<String, Long> ours, Map<String, Long> floor) throws Exception {
        var kinds = new java.util.TreeSet<String>(ours.keySet());
        kinds.addAll(floor.keySet());
        var rows = kinds.stream().sorted(java.util.Comparator.comparingLong(
                (String k) -> ours.getOrDefault(k, 0L) - floor.getOrDefault(k, 0L)).reversed()).toList();
        var out = new StringBuilder("statement kind | ours | floor | excess\n");
        for (String k : rows) {
            out.append("%s | %d | %d | %d%n".formatted(k, ours.getOrDefault(k, 0L), floor.getOrDefault(k, 0L),
                    ours.getOrDefault(k, 0L) - floor.getOrDefault(k, 0L)));
        }
        System.out.println(out);
        Files.writeString(Path.of("target", "bench", "statements-by-kind.txt"), out);
    }

    private static long median(long[] values) {
        var sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
