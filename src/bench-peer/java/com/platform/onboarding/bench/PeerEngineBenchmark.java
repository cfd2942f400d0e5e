package com.platform.onboarding.bench;

import com.platform.onboarding.StatementCounter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, "a peer, side by side": the engine part of the floor's journey (the 13 calls of {@link Journeys#floor}
 * made on the engine API, and its five jobs) under Camunda 7, which the service runs, and under Flowable 7, the
 * engine a Spring Boot 3 user would choose instead, in one run: each engine on its own in-memory H2 database,
 * without Spring, HTTP or authorization, so that the figure is the engines' own. Journeys per second, alone and on
 * {@value #THREADS_DEFAULT} threads, engines interleaved run by run so that the machine's noise falls on both; SQL
 * statements, JDBC executions and commits per journey, counted exactly in separate journeys. Sizes are system
 * properties ({@code bench.peer.*}). Only under {@code -Pbench}; it measures and never gates.
 */
@Tag("benchmark")
class PeerEngineBenchmark {

    static final int THREADS_DEFAULT = 4;
    static final int THREADS = Integer.getInteger("bench.peer.threads", THREADS_DEFAULT);
    /** Alone, then on {@link #THREADS}. */
    static final int[] THREAD_COUNTS = IntStream.of(1, THREADS).distinct().toArray();
    static final int RUNS = Integer.getInteger("bench.peer.runs", 5);
    static final int JOURNEYS_PER_RUN = Integer.getInteger("bench.peer.journeys", 200);
    static final int WARM_UP = Integer.getInteger("bench.peer.warmup", 300);
    static final int COUNTED = Integer.getInteger("bench.peer.counted", 20);
    /** As many as ours leaves (StatementsPerOnboardingBenchmark counts 39 on main 358e189), the assignee first. */
    static final int VARIABLES = Integer.getInteger("bench.peer.variables", 39);
    static final int JOBS = 5;

    @Test
    void theFloorsDescriptionIsTheFloor() {
        var described = Bpmn.readModelFromStream(new ByteArrayInputStream(
                FloorBpmn.write(FloorBpmn.Dialect.CAMUNDA).getBytes(StandardCharsets.UTF_8)));
        assertThat(shape(described)).hasSize(12).isEqualTo(shape(Journeys.floorModel()));
    }

    @Test
    void theFloorUnderCamundaAndFlowable() {
        try (var camunda = new CamundaPeer(); var flowable = new FlowablePeer()) {
            var engines = List.<PeerEngine>of(camunda, flowable);
            var started = new LinkedHashMap<PeerEngine, Integer>();
            for (var engine : engines) {
                engine.deployFloor();
                started.put(engine, journeys(engine, 1, WARM_UP, "warm-1-")
                        + journeys(engine, THREADS, WARM_UP, "warm-n-"));
            }
            var counts = new LinkedHashMap<PeerEngine, Counted>();
            for (var engine : engines) {
                counts.put(engine, count(engine));
                started.merge(engine, COUNTED, Integer::sum);
            }
            var rates = new LinkedHashMap<PeerEngine, Map<Integer, double[]>>();
            for (var engine : engines) {
                rates.put(engine, new LinkedHashMap<>());
                for (int threads : THREAD_COUNTS) {
                    rates.get(engine).put(threads, new double[RUNS]);
                }
            }
            for (int run = 0; run < RUNS; run++) {
                // Alternating who goes first, so that neither always runs on the warmer (or more fragmented) heap.
                var order = run % 2 == 0 ? engines : List.of(engines.get(1), engines.get(0));
                for (int threads : THREAD_COUNTS) {
                    for (var engine : order) {
                        long begin = System.nanoTime();
                        int done = journeys(engine, threads, JOURNEYS_PER_RUN, "run" + run + "-" + threads + "-");
                        rates.get(engine).get(threads)[run] = done / ((System.nanoTime() - begin) / 1e9);
                        started.merge(engine, done, Integer::sum);
                    }
                }
            }
            for (var engine : engines) {
                assertThat(engine.ended(Journeys.FLOOR_KEY)).as(engine.name() + ": journeys ended")
                        .isEqualTo(started.get(engine).longValue());
                assertThat(engine.leftOver()).as(engine.name() + ": instances and jobs left").isZero();
            }
            report(camunda, flowable, rates, counts);
        }
    }

    /**
     * The floor's journey on the engine API, call by call as {@link Journeys#floor} makes them over REST (start, find
     * the task, complete, twice; find, claim, complete, twice; the message; the read), then its jobs one by one.
     */
    static void journey(PeerEngine engine, String businessKey) {
        var variables = new LinkedHashMap<String, Object>();
        variables.put("assignee", Journeys.FLOOR_USER);
        for (int i = 1; i < VARIABLES; i++) {
            variables.put("v" + i, "value " + i);
        }
        String instance = engine.start(Journeys.FLOOR_KEY, businessKey, variables);
        engine.complete(task(engine, businessKey));
        engine.complete(task(engine, businessKey));
        int jobs = runJobs(engine, instance); // the check
        for (int review = 0; review < 2; review++) {
            String task = task(engine, businessKey);
            engine.claim(task, Journeys.FLOOR_USER);
            engine.complete(task);
        }
        engine.correlate(Journeys.FLOOR_MESSAGE, businessKey);
        if (engine.read(businessKey) != 1) {
            throw new IllegalStateException(engine.name() + ": " + businessKey + " is not waiting for its jobs");
        }
        jobs += runJobs(engine, instance); // the payment's recording, then the e-mails' steps
        if (jobs != JOBS) {
            throw new IllegalStateException(engine.name() + ": " + businessKey + " ran " + jobs + " jobs");
        }
    }

    /** The instance's jobs, one by one until none is left (each may lead to the next): how many ran. */
    private static int runJobs(PeerEngine engine, String instance) {
        int jobs = 0;
        for (String job = engine.nextJob(instance); job != null; job = engine.nextJob(instance)) {
            engine.executeJob(job);
            jobs++;
        }
        return jobs;
    }

    private static String task(PeerEngine engine, String businessKey) {
        String task = engine.firstTask(businessKey);
        if (task == null) {
            throw new IllegalStateException(engine.name() + ": no task for " + businessKey);
        }
        return task;
    }

    /** {@code journeys} journeys shared out among {@code threads} threads; a failed one fails the benchmark. */
    private static int journeys(PeerEngine engine, int threads, int journeys, String prefix) {
        var next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var workers = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < journeys; i = next.getAndIncrement()) {
                        journey(engine, prefix + i);
                    }
                }));
            }
            for (var worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(engine.name() + ": a journey failed", e);
        } finally {
            pool.shutdownNow();
        }
        return journeys;
    }

    /** What the database saw per journey, one journey at a time, and by kind for the last one. */
    record Counted(double[] statements, double[] executions, double[] commits, Map<String, Long> kinds) {}

    private static Counted count(PeerEngine engine) {
        var statements = new double[COUNTED];
        var executions = new double[COUNTED];
        var commits = new double[COUNTED];
        Map<String, Long> kinds = Map.of();
        engine.counting(true);
        try {
            for (int i = 0; i < COUNTED; i++) {
                var kindsBefore = StatementCounter.kinds();
                long s = StatementCounter.STATEMENTS.get();
                long e = StatementCounter.EXECUTIONS.get();
                long c = StatementCounter.COMMITS.get();
                journey(engine, "counted-" + i);
                statements[i] = StatementCounter.STATEMENTS.get() - s;
                executions[i] = StatementCounter.EXECUTIONS.get() - e;
                commits[i] = StatementCounter.COMMITS.get() - c;
                kinds = StatementCounter.kindsSince(kindsBefore);
            }
        } finally {
            engine.counting(false);
        }
        return new Counted(statements, executions, commits, kinds);
    }

    private static void report(PeerEngine camunda, PeerEngine flowable, Map<PeerEngine, Map<Integer, double[]>> rates,
            Map<PeerEngine, Counted> counts) {
        var rows = new ArrayList<Row>();
        for (int threads : THREAD_COUNTS) {
            double[] c = rates.get(camunda).get(threads);
            double[] f = rates.get(flowable).get(threads);
            var ratio = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                ratio[run] = c[run] / f[run]; // run by run: both engines saw that run's machine
            }
            rows.add(new Row("journeysPerSecond" + threads + (threads == 1 ? "Thread" : "Threads"),
                    "journeys/s, " + threads + (threads == 1 ? " thread" : " threads"), Figures.Spread.of(c),
                    Figures.Spread.of(f), Figures.Spread.of(ratio)));
        }
        Counted c = counts.get(camunda);
        Counted f = counts.get(flowable);
        rows.add(exact("statementsPerJourney", "SQL statements per journey (each batch entry)", c.statements(),
                f.statements()));
        rows.add(exact("executionsPerJourney", "JDBC executions per journey (a batch once)", c.executions(),
                f.executions()));
        rows.add(exact("commitsPerJourney", "commits per journey", c.commits(), f.commits()));

        var table = new StringBuilder("""
                The floor's engine part (13 engine API calls, 5 jobs run one by one, %d variables), history FULL,
                each engine on its own in-memory H2; median (lowest–highest) of %d runs × %d journeys after %d
                warm-up journeys on 1 and on %d; counts over %d journeys, one at a time. Camunda sends rows of a
                kind as a JDBC batch (each entry a statement), Flowable as one multi-row statement: "executions"
                compares the two. Flowable delivers the message in two calls (find the waiting execution, then
                deliver), Camunda in one. Camunda / Flowable is taken run by run; below 1, Camunda is slower.
                figure | %s | %s | Camunda / Flowable
                """.formatted(VARIABLES, RUNS, JOURNEYS_PER_RUN, 2 * WARM_UP, THREADS, COUNTED, camunda.name(),
                flowable.name()));
        var json = new LinkedHashMap<String, Object>();
        json.put("engines", List.of(camunda.name(), flowable.name()));
        json.put("variables", VARIABLES);
        json.put("jobs", JOBS);
        json.put("runs", RUNS);
        json.put("journeysPerRun", JOURNEYS_PER_RUN);
        json.put("warmUp", 2 * WARM_UP);
        json.put("threads", THREADS);
        json.put("counted", COUNTED);
        var figures = new LinkedHashMap<String, Object>();
        for (var row : rows) {
            table.append("%s | %s | %s | %s%n".formatted(row.label(), row.camunda().format("%.1f"),
                    row.flowable().format("%.1f"), row.ratio().format("%.2f")));
            var figure = new LinkedHashMap<String, Object>();
            figure.put("camunda", row.camunda().json());
            figure.put("flowable", row.flowable().json());
            figure.put("camundaPerFlowable", row.ratio().json());
            figures.put(row.key(), figure);
        }
        json.put("figures", figures);
        table.append("\nstatements of one journey by kind | Camunda | Flowable\n");
        var kinds = new TreeSet<>(c.kinds().keySet());
        kinds.addAll(f.kinds().keySet());
        for (String kind : kinds) {
            table.append("%s | %d | %d%n".formatted(kind, c.kinds().getOrDefault(kind, 0L),
                    f.kinds().getOrDefault(kind, 0L)));
        }
        json.put("kinds", Map.of("camunda", c.kinds(), "flowable", f.kinds()));
        Figures.write("peer-engine", table.toString(), json);
        var parallel = rows.get(rows.size() - 4); // the last thread count's rate
        Figures.headline("7-peer", "peer: the floor's engine part, %s, Camunda 7.24 / %s"
                .formatted(parallel.label(), flowable.name()), parallel.ratio(), "%.2f", "(for comparison)", null);
    }

    /** One figure of the table, as JSON names it and as people read it. */
    record Row(String key, String label, Figures.Spread camunda, Figures.Spread flowable, Figures.Spread ratio) {}

    /** Exact counts: the ratio of medians (the spread shows whether a journey's count ever moved). */
    private static Row exact(String key, String label, double[] camunda, double[] flowable) {
        var c = Figures.Spread.of(camunda);
        var f = Figures.Spread.of(flowable);
        return new Row(key, label, c, f, new Figures.Spread(c.median() / f.median(), c.min() / f.max(),
                c.max() / f.min()));
    }

    /** Each flow node in order, with what makes it wait, run asynchronously or assign itself. */
    private static List<String> shape(BpmnModelInstance model) {
        var shape = new ArrayList<String>();
        FlowNode node = model.getModelElementById("started");
        while (node != null) {
            var d = new StringBuilder(node.getElementType().getTypeName()).append(' ').append(node.getId());
            if (node instanceof UserTask task) {
                d.append(" assignee=").append(task.getCamundaAssignee())
                        .append(" groups=").append(task.getCamundaCandidateGroups());
            }
            if (node instanceof ServiceTask task) {
                d.append(" async=").append(task.isCamundaAsyncBefore()).append(" expression=")
                        .append(task.getCamundaExpression());
            }
            if (node instanceof IntermediateCatchEvent event) {
                var message = (MessageEventDefinition) event.getEventDefinitions().iterator().next();
                d.append(" message=").append(message.getMessage().getName());
            }
            shape.add(d.toString());
            String source = node.getId();
            // By the flows' sourceRef: the description leaves out the optional <outgoing> references.
            node = model.getModelElementsByType(SequenceFlow.class).stream()
                    .filter(flow -> flow.getSource().getId().equals(source)).map(SequenceFlow::getTarget).findFirst()
                    .orElse(null);
        }
        return shape;
    }
}
