package com.platform.onboarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.platform.onboarding.Http;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Smtp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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
 * Not part of the build: `mvn -Pbench test` (see docs/benchmarks.md).
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
        deployFloor();
        runAllJobs(); // what startup left (the demo merchant's e-mail) is not an onboarding's
        for (int run = 0; run < RUNS + 1; run++) {
            var kindsBefore = StatementCounter.kinds();
            var before = StatementCounter.Count.now();
            String applicationId = onboard("bench-" + run);
            jobs = runAllJobs();
            var used = StatementCounter.Count.now().since(before);
            var kindsBetween = StatementCounter.kinds();
            variables = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(instanceOf(applicationId)).count();

            before = StatementCounter.Count.now();
            floorRun("floor-" + run, (int) variables);
            assertThat(runAllJobs()).as("floor jobs").isEqualTo(jobs);
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

    private String onboard(String username) {
        var registration = Http.anonymous(port).postJson("/api/registrations", Map.of("username", username,
                "password", "Durian2026x", "merchantName", username + " Ltd", "contactEmail", username + "@example.com",
                "entityType", "OVERSEAS", "category", "food.fresh-fruit.durian", "overseasMarkets", "US,HK",
                "factoryProgram", false));
        assertThat(registration.status()).isEqualTo(201);
        String applicationId = registration.json().get("applicationId").asText();
        var merchant = Http.as(port, username, "Durian2026x");
        complete(merchant, firstTask(merchant, "{}"),
                "{\"variables\":{\"agreementAccepted\":{\"value\":true},\"committedShippingDays\":{\"value\":7}}}");
        complete(merchant, firstTask(merchant, "{}"), qualifications());
        review(Http.as(port, "reviewer", "reviewer"), "reviewer", applicationId);
        review(Http.as(port, "reviewer2", "reviewer2"), "reviewer2", applicationId);
        assertThat(Http.as(port, "payments", "payments").postJson("/engine-rest/message", "{\"messageName\":\"DepositPaid\","
                + "\"businessKey\":\"" + applicationId + "\",\"processVariables\":{\"paymentReference\":{\"value\":\"P-"
                + username + "\"},\"paidAmount\":{\"value\":20000}}}").status()).isEqualTo(204);
        assertThat(merchant.get("/api/merchants/" + applicationId).json().get("status").asText()).isEqualTo("ACTIVE");
        return applicationId;
    }

    private void review(Http reviewer, String name, String businessKey) {
        String task = firstTask(reviewer, "{\"processInstanceBusinessKey\":\"" + businessKey + "\"}");
        assertThat(reviewer.postJson("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + name + "\"}").status())
                .isEqualTo(204);
        complete(reviewer, task, "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}");
    }

    private static String firstTask(Http user, String query) {
        return user.postJson("/engine-rest/task", query).json().get(0).get("id").asText();
    }

    private static void complete(Http user, String task, String body) {
        assertThat(user.postJson("/engine-rest/task/" + task + "/complete", body).status()).isEqualTo(204);
    }

    /** Jobs are run here, one by one, as the job executor would; returns how many ran. */
    private long runAllJobs() {
        long ran = 0;
        for (var job = nextJob(); job != null; job = nextJob()) {
            managementService.executeJob(job.getId());
            ran++;
        }
        return ran;
    }

    private org.camunda.bpm.engine.runtime.Job nextJob() {
        return managementService.createJobQuery().executable().listPage(0, 1).stream().findFirst().orElse(null);
    }

    /** Four user tasks and a message in a row, then three asynchronous no-op steps: our path's waits and jobs. */
    private void deployFloor() {
        var builder = Bpmn.createExecutableProcess("bench-floor").camundaHistoryTimeToLive(1).startEvent("started");
        BpmnModelInstance model = builder.userTask("task-1").camundaAssignee("${assignee}")
                .userTask("task-2").camundaAssignee("${assignee}")
                .userTask("task-3").camundaCandidateGroups("reviewers")
                .userTask("task-4").camundaCandidateGroups("reviewers")
                .intermediateCatchEvent("paid").message("FloorPaid")
                .serviceTask("job-1").camundaAsyncBefore().camundaExpression("${true}")
                .serviceTask("job-2").camundaAsyncBefore().camundaExpression("${true}")
                .serviceTask("job-3").camundaAsyncBefore().camundaExpression("${true}")
                .endEvent("ended").done();
        repositoryService.createDeployment().name("bench-floor").addModelInstance("bench-floor.bpmn", model).deploy();
    }

    private void floorRun(String businessKey, int variableCount) {
        var admin = Http.as(port, "admin", "admin");
        var vars = JsonNodeFactory.instance.objectNode();
        vars.putObject("assignee").put("value", "admin");
        for (int i = 1; i < variableCount; i++) {
            vars.putObject("v" + i).put("value", "value " + i);
        }
        var body = JsonNodeFactory.instance.objectNode().put("businessKey", businessKey);
        body.set("variables", vars);
        assertThat(admin.postJson("/engine-rest/process-definition/key/bench-floor/start", body.toString()).status())
                .isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            complete(admin, firstTask(admin, "{\"processInstanceBusinessKey\":\"" + businessKey + "\"}"), "{}");
        }
        assertThat(admin.postJson("/engine-rest/message", "{\"messageName\":\"FloorPaid\",\"businessKey\":\""
                + businessKey + "\"}").status()).isEqualTo(204);
    }

    private static String qualifications() {
        String until = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(365).toString();
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 licence".getBytes(StandardCharsets.US_ASCII));
        var vars = JsonNodeFactory.instance.objectNode();
        for (String[] q : new String[][] {{"overseasEntity", "SG-FOOD-EXPORT-7"}, {"domesticEntrusted", "91350100M000100Y43"}}) {
            vars.putObject(q[0] + "HolderName").put("value", "Bench Ltd");
            vars.putObject(q[0] + "Number").put("value", q[1]);
            vars.putObject(q[0] + "Categories").put("value", "food");
            vars.putObject(q[0] + "ValidFrom").put("value", "2025-01-01");
            vars.putObject(q[0] + "ValidUntil").put("value", until);
            var document = vars.putObject(q[0] + "Document").put("value", pdf).put("type", "File");
            document.putObject("valueInfo").put("filename", q[0] + ".pdf").put("mimetype", "application/pdf");
        }
        var body = JsonNodeFactory.instance.objectNode();
        body.set("variables", vars);
        return body.toString();
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
