package com.platform.onboarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Smtp;
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
import org.springframework.context.annotation.Import;

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
@Import(StatementCounter.class)
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
        runAllJobs(); // what startup left (the demo merchant's e-mail) is not an onboarding's
        for (int run = 0; run < RUNS + 1; run++) {
            var kindsBefore = StatementCounter.kinds();
            var before = StatementCounter.Count.now();
            ran = 0;
            String applicationId = Journeys.onboard(client, "bench-" + run, key -> runAllJobs());
            runAllJobs();
            jobs = ran;
            var used = StatementCounter.Count.now().since(before);
            var kindsBetween = StatementCounter.kinds();
            variables = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(instanceOf(applicationId)).count();

            before = StatementCounter.Count.now();
            ran = 0;
            Journeys.floor(client, "floor-" + run, (int) variables, key -> runAllJobs());
            runAllJobs();
            assertThat(ran).as("floor jobs").isEqualTo(jobs);
            var floorUsed = StatementCounter.Count.now().since(before);
            oursKinds = difference(kindsBetween, kindsBefore);
            floorKinds = difference(StatementCounter.kinds(), kindsBetween);
            if (run > 0) { // the first run warms caches (deployments, users)
                ours.add(used);
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

    /** Jobs run since the journey began: between its calls (a wait) and after its last. */
    private long ran;

    /** Jobs are run here, one by one, as the job executor would; counted in {@link #ran}. */
    private void runAllJobs() {
        for (var job = nextJob(); job != null; job = nextJob()) {
            managementService.executeJob(job.getId());
            ran++;
        }
    }

    /** A process's job: the engine's history cleanup, due again and again in its night window, is no onboarding's. */
    private org.camunda.bpm.engine.runtime.Job nextJob() {
        return managementService.createJobQuery().executable().list().stream()
                .filter(job -> job.getProcessInstanceId() != null).findFirst().orElse(null);
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
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        var d = new java.util.TreeMap<String, Long>();
        after.forEach((k, v) -> {
            long n = v - before.getOrDefault(k, 0L);
            if (n != 0) {
                d.put(k, n);
            }
        });
        return d;
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
