package com.platform.onboarding;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Waiting for what runs after the caller was answered (the check of a hand-in, a payment's recording and what follows
 * it): read again, as the portal does, until it is done. Where the job executor is off (the tests' shared
 * configuration), {@code jobs} runs the due jobs before each read; on the packaged jar the executor runs them.
 */
public final class Waits {

    /** Runs the due jobs of an application, where no job executor does. */
    @FunctionalInterface
    public interface Jobs {
        void runFor(String applicationId);
    }

    /** The packaged jar: its job executor runs the jobs, a wait only reads. */
    public static final Jobs BY_JOB_EXECUTOR = applicationId -> { };

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A minute of reading without the answer awaited. */
    public static final class TimedOut extends RuntimeException {
        TimedOut(String message) {
            super(message);
        }
    }

    /** Reads at once, then every 200 ms, until {@code done}; answers the read that was. */
    public static <T> T until(Jobs jobs, String applicationId, Supplier<T> read, Predicate<T> done) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            jobs.runFor(applicationId);
            T seen = read.get();
            if (done.test(seen)) {
                return seen;
            }
            if (System.nanoTime() > until) {
                throw new TimedOut("still waiting after " + PATIENCE + ": " + seen);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimedOut("interrupted");
            }
        }
    }

    /**
     * In the tests' engine: runs, by id, the asynchronous continuations the application's onboarding waits at (its
     * e-mails are other instances, left to the tests that deliver them), as the job executor would.
     */
    public static Jobs continuations(ProcessEngine engine) {
        var jobs = engine.getManagementService();
        return applicationId -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(applicationId).processDefinitionKey("merchant-onboarding").list()
                .forEach(instance -> jobs.createJobQuery().processInstanceId(instance.getId()).messages().executable()
                        .list().forEach(job -> jobs.executeJob(job.getId())));
    }

    private Waits() {}
}
