package com.platform.onboarding.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.platform.onboarding.DurianJourney;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Smtp;
import com.platform.onboarding.Waits;
import com.platform.onboarding.process.delivery.NotificationDelivery;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch;
import com.platform.onboarding.process.onboarding.MerchantOnboarding;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Elements;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.history.DefaultHistoryRemovalTimeProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the engine's history keeps of an onboarding, and until when (EngineHistory). */
@OnboardingTest
class EngineHistoryTest {

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;

    @Test
    void anOnboardingKeepsWhatItsReadersReadAndEachModelItsTimeToLive() {
        String applicationId = DurianJourney.toActiveStore(port, "history-hk", new DurianJourney.Staff("reviewer",
                Http.as(port, "reviewer", Http.DEMO_PASSWORD), Http.as(port, "reviewer2", Http.DEMO_PASSWORD),
                Http.as(port, "payments", Http.DEMO_PASSWORD), Http.as(port, "admin", Http.DEMO_PASSWORD)),
                Waits.continuations(engine));
        var deliveries = instances(applicationId, NotificationDelivery.PROCESS_KEY);
        for (var delivery : deliveries) {
            managementService.createJobQuery().processInstanceId(delivery.getId()).list()
                    .forEach(job -> managementService.executeJob(job.getId()));
        }
        var onboarding = instances(applicationId, MerchantOnboarding.PROCESS_KEY).get(0);
        var watches = instances(applicationId, QualificationExpiryWatch.PROCESS_KEY);

        // Until when: a delivery from its start, the onboarding from its end, a watch still running not yet.
        assertThat(deliveries).isNotEmpty().allSatisfy(d -> assertThat(d.getRemovalTime())
                .isEqualTo(plusDays(d.getStartTime(), 180)));
        assertThat(onboarding.getRemovalTime()).isEqualTo(plusDays(onboarding.getEndTime(), 1095));
        assertThat(watches).isNotEmpty().allSatisfy(w -> assertThat(w.getRemovalTime()).isNull());
        assertThat(jdbc.sql("select count(*) from act_hi_actinst where root_proc_inst_id_ = ? and removal_time_ is null")
                .param(onboarding.getId()).query(Long.class).single()).as("onboarding rows left unstamped").isZero();

        // The path: every task and event, no gateway between them.
        var activities = historyService.createHistoricActivityInstanceQuery().processInstanceId(onboarding.getId()).list();
        assertThat(activities).extracting(a -> a.getActivityType()).doesNotContain("exclusiveGateway", "parallelGateway")
                .contains("userTask", "serviceTask", "businessRuleTask", "startEvent", "noneEndEvent");
        assertThat(activities).extracting(a -> a.getActivityId()).contains(Elements.REVIEW_QUALIFICATIONS,
                Elements.SECOND_REVIEW_QUALIFICATIONS, Elements.DEPOSIT_PAID, Elements.MERCHANT_ACTIVATED);

        // What a job did is logged (each delivery once), not that a job was created or deleted.
        var roots = new ArrayList<String>(List.of(onboarding.getId()));
        deliveries.forEach(d -> roots.add(d.getId()));
        var jobStates = jdbc.sql("select job_state_ from act_hi_job_log where root_proc_inst_id_ in (:roots)")
                .param("roots", roots).query(Integer.class).list();
        // The onboarding's own jobs: the check, and the recording of each of the journey's two payments.
        assertThat(jobStates).as("job log states (2: succeeded)").containsOnly(2).hasSize(deliveries.size() + 3);
        assertThat(historyService.createHistoricJobLogQuery().processInstanceId(onboarding.getId()).list())
                .as("no deadline timer logged: people acted in time, and creations and deletions are not kept")
                .extracting(log -> log.getJobDefinitionType()).containsOnly("async-continuation");

        // A task's own variables keep their latest value; the process's keep every change.
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(onboarding.getId())
                .variableName(Variables.REVIEW_FILE).count()).as("review files, one per review").isEqualTo(2);
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(onboarding.getId()).variableUpdates()
                .list()).extracting(d -> d.getTaskId()).containsOnlyNulls();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(onboarding.getId()).variableUpdates()
                .list()).extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
                .contains(Variables.DECISION, Variables.QUALIFICATION_ISSUES);
    }

    private List<HistoricProcessInstance> instances(String applicationId, String processKey) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey(processKey).list();
    }

    private static Date plusDays(Date from, int days) {
        return DefaultHistoryRemovalTimeProvider.determineRemovalTime(from, days);
    }
}
