package com.platform.onboarding.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** What the process tests do to the engine, written once: fire a timer at its time, deliver an application's mail. */
final class EngineSteps {

    /**
     * Fires the one timer of this element, due exactly at {@code due}: the engine clock is moved to a minute before
     * (the timer must not fire yet), then to {@code due}, and the timer's job is run.
     */
    static void fireAt(ManagementService jobs, ProcessInstance instance, String timer, Instant due) {
        var pending = timers(jobs, instance, timer).list();
        assertThat(pending).as(timer).hasSize(1);
        assertThat(pending.get(0).getDuedate()).as("%s due", timer).isEqualTo(Date.from(due));
        ClockUtil.setCurrentTime(Date.from(due.minusSeconds(60)));
        assertThat(timers(jobs, instance, timer).executable().count()).as("%s a minute early", timer).isZero();
        ClockUtil.setCurrentTime(Date.from(due));
        assertThat(timers(jobs, instance, timer).executable().count()).as("%s at %s", timer, due).isOne();
        jobs.executeJob(pending.get(0).getId());
    }

    /** Runs every pending delivery job of the application's notifications; answers all the mail received so far. */
    static List<MimeMessage> deliverMail(RuntimeService runtime, ManagementService jobs, GreenMailExtension smtp,
            String applicationId) {
        for (var delivery : runtime.createProcessInstanceQuery().processDefinitionKey(NotificationDelivery.PROCESS_KEY)
                .processInstanceBusinessKey(applicationId).list()) {
            jobs.createJobQuery().processInstanceId(delivery.getId()).list().forEach(job -> jobs.executeJob(job.getId()));
        }
        return List.of(smtp.getReceivedMessages());
    }

    private static JobQuery timers(ManagementService jobs, ProcessInstance instance, String timer) {
        return jobs.createJobQuery().processInstanceId(instance.getId()).timers().activityId(timer);
    }

    private EngineSteps() {}
}
