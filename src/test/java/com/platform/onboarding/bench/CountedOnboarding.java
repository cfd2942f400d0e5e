package com.platform.onboarding.bench;

import com.platform.onboarding.StatementCounter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * One durian onboarding of ours ({@link Journeys#onboard}) counted at the DataSource, its jobs then run one by one as
 * the job executor would: what the statement benchmark reports and the statement budget holds to.
 */
final class CountedOnboarding {

    /** The statements and commits it took, by kind too, and how many jobs ran. */
    record Counted(String applicationId, StatementCounter.Count used, Map<String, Long> kinds, long jobs) {}

    private CountedOnboarding() {}

    static Counted run(Calls.Client client, ManagementService managementService, String username) {
        var kindsBefore = StatementCounter.kinds();
        var before = StatementCounter.Count.now();
        var jobs = new AtomicLong();
        // Where the journey waits (the check, the payment's recording), the jobs run then, as the job executor would.
        String applicationId = Journeys.onboard(client, username, key -> jobs.addAndGet(runAllJobs(managementService)));
        jobs.addAndGet(runAllJobs(managementService));
        return new Counted(applicationId, StatementCounter.Count.now().since(before),
                difference(StatementCounter.kinds(), kindsBefore), jobs.get());
    }

    /** The engine's floor journey ({@link Journeys#floor}), its jobs run the same way; returns how many ran. */
    static long floor(Calls.Client client, ManagementService managementService, String businessKey, int variables) {
        var jobs = new AtomicLong();
        Journeys.floor(client, businessKey, variables, key -> jobs.addAndGet(runAllJobs(managementService)));
        return jobs.addAndGet(runAllJobs(managementService));
    }

    /** Due jobs of processes, one by one, as the job executor would run them; returns how many ran. */
    static long runAllJobs(ManagementService managementService) {
        long ran = 0;
        for (var job = nextJob(managementService); job != null; job = nextJob(managementService)) {
            managementService.executeJob(job.getId());
            ran++;
        }
        return ran;
    }

    /**
     * The processes' jobs only: the engine's history cleanup is a job of no process, run again and again in its night
     * window (01:00-05:00 in Shanghai), which a run may fall into; it is nobody's onboarding. Nor a job that failed
     * before: another test made it fail on purpose (a forged payment reference), and once its retry is due again it
     * would fail this onboarding's run; a job of this journey has never failed when it comes up.
     */
    private static Job nextJob(ManagementService managementService) {
        return managementService.createJobQuery().executable().list().stream()
                .filter(job -> job.getProcessInstanceId() != null && job.getExceptionMessage() == null)
                .findFirst().orElse(null);
    }

    /** Statements by kind from {@code before} to {@code after}; kinds that did not change are left out. */
    static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        var d = new TreeMap<String, Long>();
        after.forEach((k, v) -> {
            long n = v - before.getOrDefault(k, 0L);
            if (n != 0) {
                d.put(k, n);
            }
        });
        return d;
    }
}
