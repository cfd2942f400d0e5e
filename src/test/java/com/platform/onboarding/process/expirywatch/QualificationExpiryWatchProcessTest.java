package com.platform.onboarding.process.expirywatch;

import static com.platform.onboarding.process.expirywatch.QualificationExpiryWatch.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Smtp;
import com.platform.onboarding.merchant.ApplicationFixtures;
import com.platform.onboarding.process.EngineSteps;
import com.platform.onboarding.process.FlowNodeCoverage;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch.Messages;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch.Variables;
import com.platform.onboarding.qualification.HeldQualification;
import com.platform.onboarding.qualification.HeldQualifications;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path through bpmn/qualification-expiry-watch.bpmn. The engine clock starts at noon in Shanghai on
 * 2026-06-01; the qualification's last valid day is 2026-09-30, so the 30-day reminder and the renewal task fall
 * at 2026-08-31 00:00 Shanghai, the 7-day reminder at 2026-09-23 00:00, and the suspension at 2026-10-01 00:00.
 * What the merchant and ops are told is read from a real SMTP server.
 */
@OnboardingTest
class QualificationExpiryWatchProcessTest {

    static final LocalDate VALID_UNTIL = LocalDate.of(2026, 9, 30);
    static final Instant THIRTY_DAYS_BEFORE = Instant.parse("2026-08-30T16:00:00Z");
    static final Instant SEVEN_DAYS_BEFORE = Instant.parse("2026-09-22T16:00:00Z");
    static final Instant EXPIRY = Instant.parse("2026-09-30T16:00:00Z");
    static final String OVERSEAS_ENTITY = "overseasEntity";
    static final String DOMESTIC_ENTRUSTED = "domesticEntrusted";
    static final String VALID_CREDIT_CODE = "91350100M000100Y43";
    static final String OPS_MAILBOX = "ops@merchant-onboarding.invalid";
    static final Set<String> STARTED = ConcurrentHashMap.newKeySet();
    /** The tests that ran: the coverage is held to only after all of them. */
    static final Set<String> RAN = ConcurrentHashMap.newKeySet();

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    QualificationWatches watches;
    @Autowired
    HeldQualifications held;

    @BeforeEach
    void engine(TestInfo test) {
        RAN.add(FlowNodeCoverage.ran(test));
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T04:00:00Z")));
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @AfterAll
    static void flowNodeCoverage(@Autowired HistoryService historyService) throws IOException {
        FlowNodeCoverage.assertCovered(historyService, QualificationExpiryWatch.RESOURCE, STARTED,
                QualificationExpiryWatchProcessTest.class, RAN);
    }

    /** An active overseas durian seller holding these qualifications, each valid until {@link #VALID_UNTIL}. */
    private String activeMerchant(String... types) {
        String applicationId = UUID.randomUUID().toString();
        ApplicationFixtures.applying(context, applicationId, merchantOf(applicationId), "Watch Ltd",
                merchantOf(applicationId) + "@example.com", "OVERSEAS", "food.fresh-fruit.durian", "US", false);
        ApplicationFixtures.activate(context, applicationId);
        for (String type : types) {
            watches.hold(new HeldQualification(applicationId, type, "Watch Ltd",
                    type.equals(DOMESTIC_ENTRUSTED) ? VALID_CREDIT_CODE : "EXP-2026-0042", List.of("food"),
                    LocalDate.of(2025, 1, 1), VALID_UNTIL, false));
            STARTED.add(watch(applicationId, type).getId());
        }
        return applicationId;
    }

    private static String merchantOf(String applicationId) {
        return "watch-" + applicationId.substring(0, 8);
    }

    /** The watch of the validity period in force. */
    private ProcessInstance watch(String applicationId, String type) {
        var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(QualificationExpiryWatch.PROCESS_KEY)
                .processInstanceBusinessKey(applicationId).variableValueEquals(Variables.QUALIFICATION_TYPE, type)
                .singleResult();
        STARTED.add(instance.getId());
        return instance;
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers()
                .singleResult();
    }

    /** Due dates by the timer's element. */
    private Map<String, Date> timers(ProcessInstance instance) {
        var due = new HashMap<String, Date>();
        for (Job job : managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
            due.put(managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                    .getActivityId(), job.getDuedate());
        }
        return due;
    }

    private void fireAt(ProcessInstance instance, String activityId, Instant due) {
        EngineSteps.fireAt(managementService, instance, activityId, due);
    }

    private List<MimeMessage> mailFor(String applicationId) {
        return EngineSteps.deliverMail(runtimeService, managementService, smtp, applicationId);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object pdf(String name) {
        return org.camunda.bpm.engine.variable.Variables.fileValue(name)
                .file("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).mimeType("application/pdf").create();
    }

    /** The renewal task's fields, as the upload form sends them for one qualification. */
    private static Map<String, Object> renewedFields(String type, LocalDate validUntil) {
        return Map.of(type + "HolderName", "Watch Ltd", type + "Number", "EXP-2027-0001", type + "Categories", "food",
                type + "ValidFrom", "2026-08-01", type + "ValidUntil", validUntil.toString(),
                type + "Document", pdf("renewed.pdf"));
    }

    private void renewByMessage(String applicationId, String type, LocalDate validUntil) {
        runtimeService.createMessageCorrelation(Messages.QUALIFICATION_RENEWED)
                .processInstanceBusinessKey(applicationId)
                .processInstanceVariableEquals(Variables.QUALIFICATION_TYPE, type)
                .setVariable(Variables.VALID_UNTIL, validUntil.toString())
                .setVariable(type + "Document", pdf("renewed.pdf"))
                .correlateWithResult();
    }

    private String status(String applicationId) {
        return jdbc.sql("select status from merchant_application where application_id = ?").param(applicationId)
                .query(String.class).single();
    }

    private Task renewTask(String applicationId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(applicationId)
                .taskDefinitionKey(RENEW_QUALIFICATION).singleResult();
    }

    @Test
    void remindersPath_thirtyAndSevenDaysBeforeWithTheDaysLeftAndTheRenewalTaskOnlyAtTheFirst() {
        String applicationId = activeMerchant(OVERSEAS_ENTITY);
        var watch = watch(applicationId, OVERSEAS_ENTITY);
        assertThat(watch).isWaitingAt(REMINDER_DUE, RENEWAL_WINDOW_OPENED, QUALIFICATION_EXPIRED);
        assertThat(timer(watch, RENEWAL_WINDOW_OPENED).getDuedate()).isEqualTo(Date.from(THIRTY_DAYS_BEFORE));
        assertThat(timer(watch, QUALIFICATION_EXPIRED).getDuedate()).isEqualTo(Date.from(EXPIRY));

        fireAt(watch, REMINDER_DUE, THIRTY_DAYS_BEFORE);
        assertThat(renewTask(applicationId)).as("the window is a timer of its own").isNull();
        managementService.executeJob(timer(watch, RENEWAL_WINDOW_OPENED).getId());

        var task = renewTask(applicationId);
        assertThat(task.getAssignee()).isEqualTo(merchantOf(applicationId));
        assertThat(task.getDueDate()).isEqualTo(Date.from(EXPIRY));
        assertThat(taskService.getVariable(task.getId(), Variables.REQUIRED_QUALIFICATIONS_TEXT)).isEqualTo(OVERSEAS_ENTITY);
        var first = mailFor(applicationId);
        assertThat(first).hasSize(1);
        assertThat(recipient(first.get(0))).isEqualTo(merchantOf(applicationId) + "@example.com");
        assertThat(text(first.get(0))).contains("资质即将到期", "A qualification expires soon", "境外主体资质",
                "overseas-entity qualification", "2026-09-30", "剩余 30 天", "30 days left");

        fireAt(watch, REMINDER_DUE, SEVEN_DAYS_BEFORE);

        var both = mailFor(applicationId);
        assertThat(both).hasSize(2);
        assertThat(text(both.get(1))).contains("剩余 7 天", "7 days left");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(applicationId).count())
                .as("the renewal task only once").isOne();
        assertThat(watch).hasPassed(REMINDERS_SENT).isWaitingAt(RENEW_QUALIFICATION, QUALIFICATION_EXPIRED);
    }

    @Test
    void expiryPath_theStoreIsSuspendedAtTheStartOfTheNextDayInShanghaiAndMerchantAndOpsAreTold() {
        String applicationId = activeMerchant(OVERSEAS_ENTITY);
        var watch = watch(applicationId, OVERSEAS_ENTITY);

        fireAt(watch, QUALIFICATION_EXPIRED, EXPIRY);

        assertThat(watch).hasPassedInOrder(QUALIFICATION_EXPIRED, SUSPEND_MERCHANT, MERCHANT_SUSPENDED);
        assertThat(status(applicationId)).isEqualTo("SUSPENDED");
        var shown = Http.as(port, "ops", Http.DEMO_PASSWORD).get("/api/merchants/" + applicationId).json();
        assertThat(shown.get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(shown.get("statusReason").asText()).isEqualTo("QUALIFICATION_EXPIRED");
        var qualification = shown.get("qualifications").get(0);
        assertThat(qualification.get("type").asText()).isEqualTo(OVERSEAS_ENTITY);
        assertThat(qualification.get("validUntil").asText()).isEqualTo("2026-09-30");
        assertThat(qualification.get("suspended").asBoolean()).isTrue();
        assertThat(qualification.get("expired").asBoolean()).isTrue();
        var mail = mailFor(applicationId);
        assertThat(mail).extracting(QualificationExpiryWatchProcessTest::recipient)
                .containsExactlyInAnyOrder(merchantOf(applicationId) + "@example.com", OPS_MAILBOX);
        assertThat(mail).allSatisfy(m -> assertThat(text(m)).contains("店铺已暂停", "The store is suspended",
                "境外主体资质", "overseas-entity qualification", "2026-09-30", applicationId));
    }

    @Test
    void renewalByTaskBeforeExpiryPath_everyTimerIsRescheduledFromTheNewDateAndTheTaskIsGone() {
        String applicationId = activeMerchant(OVERSEAS_ENTITY);
        var watch = watch(applicationId, OVERSEAS_ENTITY);
        fireAt(watch, RENEWAL_WINDOW_OPENED, THIRTY_DAYS_BEFORE);

        taskService.complete(renewTask(applicationId).getId(), renewedFields(OVERSEAS_ENTITY, LocalDate.of(2027, 9, 30)));

        assertThat(watch).isEnded().hasPassedInOrder(RENEW_QUALIFICATION, CHECK_RENEWAL,
                RENEWAL_ACCEPTED, LIFT_SUSPENSION, START_NEXT_WATCH, WATCH_HANDED_OVER);
        var next = watch(applicationId, OVERSEAS_ENTITY);
        assertThat(runtimeService.getVariable(next.getId(), Variables.VALID_UNTIL)).isEqualTo("2027-09-30");
        assertThat(timer(next, REMINDER_DUE).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-08-30T16:00:00Z")));
        assertThat(timer(next, RENEWAL_WINDOW_OPENED).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-08-30T16:00:00Z")));
        assertThat(timer(next, QUALIFICATION_EXPIRED).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-09-30T16:00:00Z")));
        assertThat(managementService.createJobQuery().processInstanceId(watch.getId()).count()).isZero();
        assertThat(renewTask(applicationId)).isNull();
        var shown = Http.as(port, "ops", Http.DEMO_PASSWORD).get("/api/merchants/" + applicationId).json();
        assertThat(shown.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(shown.get("qualifications").get(0).get("validUntil").asText()).isEqualTo("2027-09-30");
        assertThat(shown.get("qualifications").get(0).get("number").asText()).isEqualTo("EXP-2027-0001");
        assertThat(shown.get("qualifications").get(0).get("expired").asBoolean()).isFalse();
        assertThat(mailFor(applicationId)).extracting(QualificationExpiryWatchProcessTest::text)
                .anySatisfy(t -> assertThat(t).contains("资质已更新", "Qualification renewed", "2027-09-30"));
    }

    @Test
    void renewalByMessageAfterSuspensionPath_liftsTheSuspensionAndTheStoreIsActiveAgain() {
        String applicationId = activeMerchant(OVERSEAS_ENTITY);
        var watch = watch(applicationId, OVERSEAS_ENTITY);
        fireAt(watch, RENEWAL_WINDOW_OPENED, THIRTY_DAYS_BEFORE);
        fireAt(watch, QUALIFICATION_EXPIRED, EXPIRY);
        assertThat(status(applicationId)).isEqualTo("SUSPENDED");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-02T04:00:00Z")));

        renewByMessage(applicationId, OVERSEAS_ENTITY, LocalDate.of(2027, 10, 31));

        assertThat(watch).isEnded().hasPassedInOrder(RENEWAL_MESSAGE_RECEIVED, CHECK_RECEIVED_RENEWAL,
                RECEIVED_RENEWAL_ACCEPTED, QUALIFICATION_RENEWED, LIFT_SUSPENSION,
                START_NEXT_WATCH, WATCH_HANDED_OVER);
        assertThat(status(applicationId)).isEqualTo("ACTIVE");
        assertThat(held.get(applicationId, OVERSEAS_ENTITY).suspended()).isFalse();
        assertThat(held.get(applicationId, OVERSEAS_ENTITY).validUntil()).isEqualTo(LocalDate.of(2027, 10, 31));
        assertThat(renewTask(applicationId)).as("the open task went with the old period").isNull();
        var next = watch(applicationId, OVERSEAS_ENTITY);
        assertThat(timer(next, QUALIFICATION_EXPIRED).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-10-31T16:00:00Z")));
        var shown = Http.as(port, "ops", Http.DEMO_PASSWORD).get("/api/merchants/" + applicationId).json();
        assertThat(shown.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(shown.has("statusReason")).isFalse();
        assertThat(shown.get("qualifications").get(0).get("suspended").asBoolean()).isFalse();
    }

    @Test
    void twoQualificationsExpiredPath_renewingOneKeepsTheStoreSuspendedUntilTheOtherIsRenewed() {
        String applicationId = activeMerchant(OVERSEAS_ENTITY, DOMESTIC_ENTRUSTED);
        fireAt(watch(applicationId, OVERSEAS_ENTITY), QUALIFICATION_EXPIRED, EXPIRY);
        fireAt(watch(applicationId, DOMESTIC_ENTRUSTED), QUALIFICATION_EXPIRED, EXPIRY);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-02T04:00:00Z")));

        renewByMessage(applicationId, OVERSEAS_ENTITY, LocalDate.of(2027, 10, 31));

        assertThat(status(applicationId)).isEqualTo("SUSPENDED");
        var shown = Http.as(port, "ops", Http.DEMO_PASSWORD).get("/api/merchants/" + applicationId).json().get("qualifications");
        assertThat(shown).extracting(q -> q.get("type").asText() + "=" + q.get("suspended").asBoolean())
                .containsExactlyInAnyOrder(DOMESTIC_ENTRUSTED + "=true", OVERSEAS_ENTITY + "=false");

        renewByMessage(applicationId, DOMESTIC_ENTRUSTED, LocalDate.of(2027, 10, 31));

        assertThat(status(applicationId)).isEqualTo("ACTIVE");
    }

    @Test
    void renewalByMessageShortOfThirtyDaysPath_isRefusedTheMerchantToldWhyAndNothingElseChanges() {
        String applicationId = activeMerchant(OVERSEAS_ENTITY);
        var watch = watch(applicationId, OVERSEAS_ENTITY);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-10T04:00:00Z")));
        var before = timers(watch);

        renewByMessage(applicationId, OVERSEAS_ENTITY, LocalDate.of(2026, 10, 9));

        assertThat(watch).isNotEnded().hasPassedInOrder(CHECK_RECEIVED_RENEWAL,
                REFUSE_RECEIVED_RENEWAL, RECEIVED_RENEWAL_REFUSED).hasNotPassed(LIFT_SUSPENSION);
        assertThat(runtimeService.getVariable(watch.getId(), Variables.VALID_UNTIL)).as("restored").isEqualTo("2026-09-30");
        assertThat(held.get(applicationId, OVERSEAS_ENTITY).validUntil()).isEqualTo(VALID_UNTIL);
        assertThat(timers(watch)).isEqualTo(before);
        var mail = mailFor(applicationId);
        assertThat(mail).hasSize(1);
        assertThat(text(mail.get(0))).contains("资质更新未通过", "The renewal was not accepted", "29 days left",
                "剩余 29 天");

        renewByMessage(applicationId, OVERSEAS_ENTITY, LocalDate.of(2026, 10, 10));

        assertThat(watch).isEnded().hasPassed(RECEIVED_RENEWAL_ACCEPTED);
        assertThat(held.get(applicationId, OVERSEAS_ENTITY).validUntil()).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void renewalByTaskShortOfThirtyDaysPath_goesBackToTheTaskWithTheIssues() {
        String applicationId = activeMerchant(OVERSEAS_ENTITY);
        var watch = watch(applicationId, OVERSEAS_ENTITY);
        fireAt(watch, RENEWAL_WINDOW_OPENED, THIRTY_DAYS_BEFORE);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-10T04:00:00Z")));
        var before = timers(watch);

        taskService.complete(renewTask(applicationId).getId(), renewedFields(OVERSEAS_ENTITY, LocalDate.of(2026, 10, 9)));

        assertThat(watch).isWaitingAt(RENEW_QUALIFICATION).hasPassedInOrder(CHECK_RENEWAL, REFUSE_RENEWAL);
        assertThat((String) runtimeService.getVariable(watch.getId(), Variables.QUALIFICATION_ISSUES))
                .contains("QUALIFICATION_EXPIRES_TOO_SOON");
        assertThat(runtimeService.getVariable(watch.getId(), OVERSEAS_ENTITY + "Document"))
                .as("the next try brings its own document").isNull();
        assertThat(held.get(applicationId, OVERSEAS_ENTITY).validUntil()).isEqualTo(VALID_UNTIL);
        assertThat(timers(watch)).isEqualTo(before);
        assertThat(mailFor(applicationId)).extracting(QualificationExpiryWatchProcessTest::text)
                .singleElement().satisfies(t -> assertThat(t).contains("资质更新未通过", "29 days left"));

        taskService.complete(renewTask(applicationId).getId(), renewedFields(OVERSEAS_ENTITY, LocalDate.of(2026, 10, 10)));

        assertThat(watch).isEnded().hasPassed(RENEWAL_ACCEPTED, START_NEXT_WATCH);
    }
}
