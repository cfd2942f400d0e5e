package com.platform.onboarding.process.onboarding;

import static com.platform.onboarding.process.onboarding.MerchantOnboarding.Elements.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Smtp;
import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.deposit.Payment;
import com.platform.onboarding.deposit.PaymentRequest;
import com.platform.onboarding.merchant.ApplicationFixtures;
import com.platform.onboarding.process.EngineSteps;
import com.platform.onboarding.process.FlowNodeCoverage;
import com.platform.onboarding.process.InvalidTaskInput;
import com.platform.onboarding.process.QualificationFields;
import com.platform.onboarding.process.UploadedDocuments;
import com.platform.onboarding.process.expirywatch.QualificationExpiryWatch;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import com.platform.onboarding.process.onboarding.deposit.DepositCollection;
import com.platform.onboarding.qualification.QualificationRules;
import com.platform.onboarding.review.ReviewLedger;
import com.platform.onboarding.screening.RiskHit;
import com.platform.onboarding.screening.RiskReason;
import com.platform.onboarding.screening.Screening;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path through bpmn/merchant-onboarding.bpmn, written as a trace. The engine clock stands at noon in
 * Shanghai on {@link #REVIEW_DAY}, so that "days of validity left" is exact.
 */
@OnboardingTest
class MerchantOnboardingProcessTest {

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    static final LocalDate REVIEW_DAY = LocalDate.of(2026, 6, 1);
    static final String VALID_CREDIT_CODE = "91350100M000100Y43";
    /** The instances this class started, for the flow-node coverage measured after all paths ran. */
    static final Set<String> STARTED = ConcurrentHashMap.newKeySet();
    /** The tests that ran: the coverage is held to only after all of them. */
    static final Set<String> RAN = ConcurrentHashMap.newKeySet();

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    FormService formService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Screening screening;
    @Autowired
    QualificationRules qualificationRules;
    @Autowired
    Deposits deposits;
    @Autowired
    DepositCollection depositCollection;
    @Autowired
    TaskService taskService;
    @Autowired
    ReviewLedger ledger;
    @Autowired
    ManagementService managementService;

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

    /** Every path together must pass at least 90% of the model's flow nodes; the rest is named in the report. */
    @AfterAll
    static void flowNodeCoverage(@Autowired HistoryService historyService) throws IOException {
        FlowNodeCoverage.assertCovered(historyService, MerchantOnboarding.RESOURCE, STARTED,
                MerchantOnboardingProcessTest.class, RAN);
    }

    /** The application record stands behind every instance: merchant tasks are assigned from it. */
    private ProcessInstance start(String entityType, String category, String overseasMarkets) {
        return start(entityType, category, overseasMarkets, false);
    }

    private ProcessInstance start(String entityType, String category, String overseasMarkets, boolean factoryProgram) {
        String applicationId = UUID.randomUUID().toString();
        ApplicationFixtures.applying(context, applicationId, merchantOf(applicationId), "Path Ltd", "path@example.com",
                entityType, category, overseasMarkets, factoryProgram);
        var instance = runtimeService.startProcessInstanceByKey(MerchantOnboarding.PROCESS_KEY, applicationId, withVariables(
                Variables.APPLICATION_ID, applicationId,
                Variables.MERCHANT_USERNAME, "not-the-assignee",
                Variables.MERCHANT_NAME, "Path Ltd",
                Variables.ENTITY_TYPE, entityType,
                Variables.CATEGORY, category,
                Variables.OVERSEAS_MARKETS, overseasMarkets,
                Variables.FACTORY_PROGRAM, factoryProgram));
        STARTED.add(instance.getId());
        return instance;
    }

    private static String merchantOf(String applicationId) {
        return "path-" + applicationId.substring(0, 8);
    }

    private ProcessInstance overseasDurian() {
        return start("OVERSEAS", "food.fresh-fruit.durian", "US,HK");
    }

    /** Both qualifications of an overseas durian seller, each with this many days of validity left. */
    private static Map<String, Object> dualQualifications(int daysLeft) {
        var variables = new HashMap<String, Object>();
        variables.putAll(qualification("overseasEntity", "EXP-2026-0042", daysLeft));
        variables.putAll(qualification("domesticEntrusted", VALID_CREDIT_CODE, daysLeft));
        return variables;
    }

    private static Map<String, Object> qualification(String prefix, String number, int daysLeft) {
        return Map.of(
                prefix + QualificationFields.HOLDER_NAME, "Path Ltd",
                prefix + QualificationFields.NUMBER, number,
                prefix + QualificationFields.CATEGORIES, "food",
                prefix + QualificationFields.VALID_FROM, "2025-01-01",
                prefix + QualificationFields.VALID_UNTIL, REVIEW_DAY.plusDays(daysLeft).toString(),
                prefix + QualificationFields.DOCUMENT, org.camunda.bpm.engine.variable.Variables.fileValue(prefix + ".pdf")
                        .file("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).mimeType("application/pdf").create());
    }

    /** The decision's list, stored as a JSON array that Cockpit and the forms can read. */
    private List<String> requiredQualifications(ProcessInstance instance) {
        var stored = runtimeService.getVariableTyped(instance.getId(), Variables.REQUIRED_QUALIFICATIONS, false);
        Assertions.assertThat(stored.getType().getName()).isEqualTo("json");
        return RequiredQualifications.of(runtimeService.getVariable(instance.getId(), Variables.REQUIRED_QUALIFICATIONS));
    }

    private static List<String> issueCodes(ProcessInstance instance) {
        try {
            var issues = new ObjectMapper().readTree((String) BpmnAwareTests.runtimeService()
                    .getVariable(instance.getId(), Variables.QUALIFICATION_ISSUES));
            return issues.findValuesAsText("code");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signAgreement(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(SIGN_OVERSEAS_AGREEMENT);
        complete(task(instance), withVariables(Variables.AGREEMENT_ACCEPTED, true, Variables.COMMITTED_SHIPPING_DAYS, 7));
    }

    /** A reviewer claims the task from the group queue and decides. */
    private void review(ProcessInstance instance, String reviewer, String decision, String reason) {
        var task = task(instance);
        taskService.claim(task.getId(), reviewer);
        var variables = new HashMap<String, Object>();
        variables.put(Variables.DECISION, decision);
        variables.put(Variables.DECISION_REASON, reason);
        taskService.complete(task.getId(), variables);
    }

    /**
     * As the payments API does it: into the ledger, then DepositPaid with the reference only; the payment system is
     * answered there. Recording it, and what follows, is a job of its own, run here by id.
     */
    private void pay(ProcessInstance instance, String reference, Number amount) {
        var outcome = depositCollection.pay(new PaymentRequest(instance.getBusinessKey(), reference,
                new BigDecimal(amount.toString()).setScale(2)));
        Assertions.assertThat(outcome).isInstanceOf(DepositCollection.Recorded.class);
        if (((DepositCollection.Recorded) outcome).first()) {
            assertThat(instance).isWaitingAt(RECORD_DEPOSIT_PAYMENT);
            execute(job(RECORD_DEPOSIT_PAYMENT, instance));
        }
    }

    /**
     * The merchant hands in qualifications or a factory audit: the completion reads what was sent (a value that cannot
     * be read is refused there) and is answered; the check is a job of its own, run here by id.
     */
    private void handIn(ProcessInstance instance, Map<String, Object> variables) {
        String check = UPLOAD_FACTORY_AUDIT.equals(task(instance).getTaskDefinitionKey()) ? CHECK_FACTORY_AUDIT
                : CHECK_QUALIFICATIONS;
        complete(task(instance), variables);
        assertThat(instance).isWaitingAt(check);
        execute(job(check, instance));
    }

    private BigDecimal paidSoFar(ProcessInstance instance) {
        return deposits.paidSoFar(instance.getBusinessKey());
    }

    /** Signed, uploaded with 90 days left, approved by two reviewers: waiting for the 20,000 CNY durian deposit. */
    private ProcessInstance durianAwaitingDeposit() {
        var instance = overseasDurian();
        signAgreement(instance);
        handIn(instance, dualQualifications(90));
        review(instance, "reviewer", "APPROVE", null);
        review(instance, "reviewer2", "APPROVE", null);
        assertThat(instance).isWaitingAt(DEPOSIT_PAID);
        return instance;
    }

    @Test
    void overseasDurianPath_signsUploadsPassesFourEyesPaysTheDepositInTwoPartsAndIsActivated() {
        var instance = overseasDurian();

        assertThat(instance).task().isAssignedTo(merchantOf(instance.getBusinessKey()));
        Assertions.assertThat(requiredQualifications(instance)).containsExactly("overseasEntity", "domesticEntrusted");
        assertThat(instance).variables()
                .containsEntry(Variables.REQUIRED_QUALIFICATIONS_TEXT, "overseasEntity,domesticEntrusted");
        signAgreement(instance);
        assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS).task().isAssignedTo(merchantOf(instance.getBusinessKey()));
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys()
                .singleResult().getCamundaFormRef().getKey()).isEqualTo(MerchantOnboarding.Forms.UPLOAD_QUALIFICATIONS);
        handIn(instance, dualQualifications(30));
        assertThat(instance).isWaitingAt(REVIEW_QUALIFICATIONS).task().hasCandidateGroup("reviewers").isNotAssigned();
        assertThat(instance).variables().containsEntry(Variables.DEPOSIT_AMOUNT, 20000)
                .containsEntry(Variables.REVIEW_DAY, "2026-06-01");
        review(instance, "reviewer", "APPROVE", null);
        assertThat(instance).isWaitingAt(SECOND_REVIEW_QUALIFICATIONS).task().hasCandidateGroup("reviewers");
        review(instance, "reviewer2", "APPROVE", null);
        assertThat(instance).isWaitingAt(DEPOSIT_PAID);
        pay(instance, "PAY-1", 12000);
        assertThat(instance).isWaitingAt(DEPOSIT_PAID);
        Assertions.assertThat(paidSoFar(instance)).isEqualByComparingTo("12000");
        pay(instance, "PAY-2", 8000);

        assertThat(instance).isEnded().hasPassedInOrder(APPLICATION_SUBMITTED, SCREEN_MERCHANT,
                DETERMINE_REQUIRED_QUALIFICATIONS, SIGN_OVERSEAS_AGREEMENT, CHECK_AGREEMENT, UPLOAD_QUALIFICATIONS,
                CHECK_QUALIFICATIONS, SCREEN_CREDIT_CODE, DETERMINE_DEPOSIT, REVIEW_QUALIFICATIONS,
                SECOND_REVIEW_QUALIFICATIONS, RECHECK_QUALIFICATIONS, DEPOSIT_PAID, RECORD_DEPOSIT_PAYMENT,
                ACTIVATE_MERCHANT, WATCH_QUALIFICATIONS, MERCHANT_ACTIVATED);
        assertThat(instance).hasNotPassed(REJECT_APPLICATION, REJECT_AFTER_REVIEW);
        Assertions.assertThat(runtimeService.createProcessInstanceQuery()
                        .processDefinitionKey(QualificationExpiryWatch.PROCESS_KEY)
                        .processInstanceBusinessKey(instance.getBusinessKey()).list())
                .as("one watch per qualification held, from its last valid day as checked")
                .extracting(watch -> runtimeService.getVariable(watch.getId(), QualificationExpiryWatch.Variables.QUALIFICATION_TYPE)
                        + "@" + runtimeService.getVariable(watch.getId(), QualificationExpiryWatch.Variables.VALID_UNTIL))
                .containsExactlyInAnyOrder("overseasEntity@2026-07-01", "domesticEntrusted@2026-07-01");
        Assertions.assertThat(ledger.of(instance.getBusinessKey()))
                .extracting(d -> d.taskKey() + ":" + d.reviewer() + ":" + d.decision())
                .containsExactly("review-qualifications:reviewer:APPROVE", "second-review-qualifications:reviewer2:APPROVE");
        assertThat(instance).variables().doesNotContainKey(Variables.LAST_REVIEWER);
        Assertions.assertThat(paidSoFar(instance)).isEqualByComparingTo("20000");
        Assertions.assertThat(deposits.required(instance.getBusinessKey())).hasValueSatisfying(
                required -> Assertions.assertThat(required).isEqualByComparingTo("20000"));
        verify(screening, times(1)).screen("Path Ltd", null);
        verify(screening, times(1)).screen("Path Ltd", VALID_CREDIT_CODE);
        verify(qualificationRules, times(2)).check(eq(List.of("overseasEntity", "domesticEntrusted")), anyMap(),
                eq("food.fresh-fruit.durian"), eq(REVIEW_DAY));
        verify(deposits, times(2)).record(any(Payment.class));
        Assertions.assertThat(record(instance, "status || ':' || overseas_markets")).isEqualTo("ACTIVE:US,HK");
    }

    @Test
    void lowRiskPath_oneReviewIsEnoughAndADeclinedAgreementLeavesNoMarkets() {
        var instance = start("OVERSEAS", "beauty", "MO");
        complete(task(instance), withVariables(Variables.AGREEMENT_ACCEPTED, false));
        var qualifications = new HashMap<String, Object>();
        qualifications.putAll(qualification("overseasEntity", "EXP-7", 400));
        qualifications.putAll(qualification("domesticEntrusted", VALID_CREDIT_CODE, 400));
        qualifications.put("overseasEntityCategories", "beauty");
        qualifications.put("domesticEntrustedCategories", "beauty");
        handIn(instance, qualifications);
        assertThat(instance).variables().containsEntry(Variables.DEPOSIT_AMOUNT, 5000);
        review(instance, "reviewer", "APPROVE", null);

        assertThat(instance).isWaitingAt(DEPOSIT_PAID).hasPassed(RECHECK_QUALIFICATIONS).hasNotPassed(SECOND_REVIEW_QUALIFICATIONS);
        pay(instance, "PAY-BEAUTY", 5000);
        assertThat(instance).isEnded().hasPassed(MERCHANT_ACTIVATED);
        Assertions.assertThat(record(instance, "status || ':' || overseas_markets")).isEqualTo("ACTIVE:");
    }

    @Test
    void fourEyesPath_theFirstReviewerCannotTakeTheSecondReview() {
        var instance = overseasDurian();
        signAgreement(instance);
        handIn(instance, dualQualifications(90));
        review(instance, "reviewer", "APPROVE", null);
        String secondReview = task(instance).getId();

        Assertions.assertThatThrownBy(() -> taskService.claim(secondReview, "reviewer"))
                .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(InvalidTaskInput.class)
                .hasMessageContaining("decision must come from a second reviewer: you gave the first review.");
        Assertions.assertThat(taskService.createTaskQuery().taskId(secondReview).singleResult().getAssignee()).isNull();

        review(instance, "reviewer2", "REJECT", "Licence photos do not match the register.");
        assertThat(instance).isEnded().hasPassed(REJECT_AFTER_REVIEW)
                .hasNotPassed(RECHECK_QUALIFICATIONS);
        Assertions.assertThat(record(instance, "status || ':' || status_reason")).isEqualTo("REJECTED:REVIEW_REJECTED");
    }

    @Test
    void aSecondReviewStartsBlankAndCannotInheritTheFirstApproval() {
        var instance = overseasDurian();
        signAgreement(instance);
        handIn(instance, dualQualifications(90));
        review(instance, "reviewer", "APPROVE", null);
        String second = task(instance).getId();
        taskService.claim(second, "reviewer2");

        Assertions.assertThatThrownBy(() -> taskService.complete(second)).hasMessageContaining(Variables.DECISION);

        assertThat(instance).isWaitingAt(SECOND_REVIEW_QUALIFICATIONS);
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), Variables.DECISION)).isNull();
    }

    @Test
    void secondReviewChangesRequestedPath_goesBackToTheMerchant() {
        var instance = overseasDurian();
        signAgreement(instance);
        handIn(instance, dualQualifications(90));
        review(instance, "reviewer", "APPROVE", null);

        review(instance, "reviewer2", "REQUEST_CHANGES", "Upload the licence's back page too.");

        assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS).hasPassed(NOTIFY_SECOND_REVIEW_CHANGES)
                .hasNotPassed(RECHECK_QUALIFICATIONS);
        assertThat(instance).variables().containsEntry(Variables.DECISION_REASON, "Upload the licence's back page too.");
    }

    @Test
    void depositPartialPath_keepsWaitingUntilTheTotalIsReached() {
        var instance = durianAwaitingDeposit();

        pay(instance, "PAY-A", 19999.99);

        assertThat(instance).isWaitingAt(DEPOSIT_PAID).hasPassed(RECORD_DEPOSIT_PAYMENT).hasNotPassed(ACTIVATE_MERCHANT);
        Assertions.assertThat(paidSoFar(instance)).isEqualByComparingTo("19999.99");
        Assertions.assertThat(deposits.complete(instance.getBusinessKey())).isFalse();
        Assertions.assertThat(record(instance, "status")).isEqualTo("APPLYING");
    }

    @Test
    void depositDuplicatePath_aPaymentSentTwiceCountsOnce() {
        var instance = durianAwaitingDeposit();

        pay(instance, "PAY-SAME", 15000);
        pay(instance, "PAY-SAME", 15000);

        assertThat(instance).isWaitingAt(DEPOSIT_PAID);
        Assertions.assertThat(paidSoFar(instance)).isEqualByComparingTo("15000");
        pay(instance, "PAY-REST", 5000);
        assertThat(instance).isEnded().hasPassed(MERCHANT_ACTIVATED);
        verify(deposits, times(2)).record(any(Payment.class));
    }

    @Test
    void domesticFoodPath_aBusinessLicenceAndAFoodPermitOneReviewAndTheDepositOpenTheStore() {
        var instance = start("DOMESTIC", "food.snacks", "");

        assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS);
        assertThat(instance).hasPassedInOrder(APPLICATION_SUBMITTED, SCREEN_MERCHANT,
                DETERMINE_REQUIRED_QUALIFICATIONS)
                .hasNotPassed(SIGN_OVERSEAS_AGREEMENT, REJECT_APPLICATION);
        Assertions.assertThat(requiredQualifications(instance)).containsExactly("businessLicense", "industryPermit");
        var documents = new HashMap<String, Object>(qualification("businessLicense", VALID_CREDIT_CODE, 200));
        documents.putAll(qualification("industryPermit", "JY13501000000001", 200));
        handIn(instance, documents);
        assertThat(instance).variables().containsEntry(Variables.DEPOSIT_AMOUNT, 5000);
        review(instance, "reviewer", "APPROVE", null);
        pay(instance, "PAY-SNACKS", 5000);

        assertThat(instance).isEnded().hasPassedInOrder(CHECK_QUALIFICATIONS, DETERMINE_DEPOSIT, REVIEW_QUALIFICATIONS,
                RECHECK_QUALIFICATIONS, DEPOSIT_PAID, ACTIVATE_MERCHANT, WATCH_QUALIFICATIONS, MERCHANT_ACTIVATED)
                .hasNotPassed(SECOND_REVIEW_QUALIFICATIONS, UPLOAD_FACTORY_AUDIT);
        verify(screening, times(1)).screen("Path Ltd", null);
        verify(qualificationRules, times(2)).check(eq(List.of("businessLicense", "industryPermit")), anyMap(),
                eq("food.snacks"), eq(REVIEW_DAY));
        Assertions.assertThat(record(instance, "status || ':' || overseas_markets || ':' || coalesce(tier, '-')"))
                .isEqualTo("ACTIVE::-");
    }

    @Test
    void riskListedPath_rejectsTheApplicationAtEntry() {
        doReturn(Optional.of(new RiskHit(RiskReason.COUNTERFEIT, "entry-1", "merchantName")))
                .when(screening).screen("Path Ltd", null);

        var instance = overseasDurian();

        assertThat(instance).isEnded().hasPassedInOrder(APPLICATION_SUBMITTED, SCREEN_MERCHANT, REJECT_APPLICATION, APPLICATION_REJECTED);
        assertThat(instance).hasNotPassed(DETERMINE_REQUIRED_QUALIFICATIONS, SIGN_OVERSEAS_AGREEMENT, UPLOAD_QUALIFICATIONS);
        assertThat(instance).variables().containsEntry(Variables.REJECTION_REASON, "COUNTERFEIT");
        verify(screening, times(1)).screen("Path Ltd", null);
        Assertions.assertThat(record(instance, "status || ':' || status_reason")).isEqualTo("REJECTED:COUNTERFEIT");
    }

    @Test
    void creditCodeListedPath_aListedEnterpriseIsRejectedOnceItsCodeIsKnown() {
        doReturn(Optional.of(new RiskHit(RiskReason.MAJOR_COMPLAINT, "entry-2", "creditCode")))
                .when(screening).screen("Path Ltd", VALID_CREDIT_CODE);
        var instance = overseasDurian();
        signAgreement(instance);

        handIn(instance, dualQualifications(90));

        assertThat(instance).isEnded().hasPassedInOrder(CHECK_QUALIFICATIONS, SCREEN_CREDIT_CODE, REJECT_APPLICATION, APPLICATION_REJECTED)
                .hasNotPassed(DETERMINE_DEPOSIT, REVIEW_QUALIFICATIONS);
        verify(screening, times(1)).screen("Path Ltd", null);
        verify(screening, times(1)).screen("Path Ltd", VALID_CREDIT_CODE);
        Assertions.assertThat(record(instance, "status || ':' || status_reason")).isEqualTo("REJECTED:MAJOR_COMPLAINT");
    }

    @Test
    void agreementPath_aDurianSellerMayCommitToFifteenDaysButNotSixteen() {
        var instance = overseasDurian();

        Assertions.assertThatThrownBy(() -> complete(task(instance),
                withVariables(Variables.AGREEMENT_ACCEPTED, true, Variables.COMMITTED_SHIPPING_DAYS, 16)))
                .isInstanceOf(InvalidTaskInput.class).hasMessage("committedShippingDays must be a whole number of days"
                        + " from 1 to 15 for food.fresh-fruit.durian, not 16 (发货时效须为 1–15 天)");
        assertThat(instance).isWaitingAt(SIGN_OVERSEAS_AGREEMENT).hasNotPassed(CHECK_AGREEMENT);

        complete(task(instance), withVariables(Variables.AGREEMENT_ACCEPTED, true, Variables.COMMITTED_SHIPPING_DAYS, 15));
        assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS).hasPassedInOrder(SIGN_OVERSEAS_AGREEMENT, CHECK_AGREEMENT);
    }

    @Test
    void agreementPath_otherCategoriesMayCommitToThirtyDaysAndADeclineNeedsNone() {
        var thirty = start("OVERSEAS", "beauty", "US");
        var declined = start("OVERSEAS", "beauty", "US");

        complete(task(thirty), withVariables(Variables.AGREEMENT_ACCEPTED, true, Variables.COMMITTED_SHIPPING_DAYS, 30));
        complete(task(declined), withVariables(Variables.AGREEMENT_ACCEPTED, false));

        assertThat(thirty).isWaitingAt(UPLOAD_QUALIFICATIONS);
        assertThat(declined).isWaitingAt(UPLOAD_QUALIFICATIONS).hasPassed(CHECK_AGREEMENT);
    }

    @Test
    void issuesFoundPath_29DaysLeftSendsTheMerchantBackAndACorrectionGoesToReview() {
        var instance = overseasDurian();
        signAgreement(instance);

        handIn(instance, dualQualifications(29));

        assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS);
        Assertions.assertThat(issueCodes(instance))
                .containsExactly("QUALIFICATION_EXPIRES_TOO_SOON", "QUALIFICATION_EXPIRES_TOO_SOON");
        assertThat(instance).variables().containsEntry(Variables.QUALIFICATIONS_IN_ORDER, false);

        handIn(instance, dualQualifications(30));

        assertThat(instance).isWaitingAt(REVIEW_QUALIFICATIONS);
        assertThat(instance).hasNotPassed(RECHECK_QUALIFICATIONS, NOTIFY_REVIEW_CHANGES);
        Assertions.assertThat(issueCodes(instance)).isEmpty();
        verify(qualificationRules, times(2)).check(anyList(), anyMap(), any(), eq(REVIEW_DAY));
    }

    @Test
    void changesRequestedPath_theReviewersReasonReachesTheMerchant() {
        var instance = overseasDurian();
        signAgreement(instance);
        handIn(instance, dualQualifications(90));

        review(instance, "reviewer", "REQUEST_CHANGES", "The overseas licence scan is cut off at the bottom.");

        assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS).task().isAssignedTo(merchantOf(instance.getBusinessKey()));
        assertThat(instance).hasPassed(NOTIFY_REVIEW_CHANGES).hasNotPassed(RECHECK_QUALIFICATIONS, REJECT_AFTER_REVIEW);
        assertThat(instance).variables().containsEntry(Variables.DECISION, "REQUEST_CHANGES")
                .containsEntry(Variables.DECISION_REASON, "The overseas licence scan is cut off at the bottom.");
    }

    @Test
    void reviewRejectedPath_endsTheApplicationRejected() {
        var instance = overseasDurian();
        signAgreement(instance);
        handIn(instance, dualQualifications(90));

        review(instance, "reviewer", "REJECT", "Forged licence.");

        assertThat(instance).isEnded().hasPassedInOrder(REVIEW_QUALIFICATIONS,
                REJECT_AFTER_REVIEW, APPLICATION_REJECTED_AFTER_REVIEW)
                .hasNotPassed(SECOND_REVIEW_QUALIFICATIONS, RECHECK_QUALIFICATIONS);
        Assertions.assertThat(record(instance, "status || ':' || status_reason")).isEqualTo("REJECTED:REVIEW_REJECTED");
    }

    @Test
    void approvalRecheckPath_validityThatRanShortDuringTheReviewGoesBackToTheMerchant() {
        var instance = overseasDurian();
        signAgreement(instance);
        handIn(instance, dualQualifications(31));
        review(instance, "reviewer", "APPROVE", null);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-03T04:00:00Z")));
        review(instance, "reviewer2", "APPROVE", null);

        assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS);
        assertThat(instance).hasPassedInOrder(RECHECK_QUALIFICATIONS)
                .hasNotPassed(NOTIFY_DEPOSIT_DUE, ACTIVATE_MERCHANT);
        Assertions.assertThat(issueCodes(instance))
                .containsExactly("QUALIFICATION_EXPIRES_TOO_SOON", "QUALIFICATION_EXPIRES_TOO_SOON");
    }

    @Test
    void aQualificationWithoutAnExpiryDateIsRefusedAndTheTaskStaysOpen() {
        var instance = overseasDurian();
        signAgreement(instance);
        var variables = dualQualifications(90);
        variables.put("domesticEntrustedValidUntil", "31/12/2027");

        Assertions.assertThatThrownBy(() -> complete(task(instance), variables))
                .rootCause().isInstanceOf(InvalidTaskInput.class).hasMessageStartingWith("domesticEntrustedValidUntil must be");

        assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS);
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), "domesticEntrustedValidUntil")).isNull();
    }

    private void withdraw(ProcessInstance instance) {
        runtimeService.createMessageCorrelation(MerchantOnboarding.Messages.MERCHANT_WITHDRAWAL)
                .processInstanceBusinessKey(instance.getBusinessKey()).correlate();
    }

    @Test
    void withdrawalBeforeTheDepositPath_endsTheApplicationAndTheMerchantsTask() {
        var instance = overseasDurian();
        signAgreement(instance);

        withdraw(instance);

        assertThat(instance).isEnded().hasPassedInOrder(MERCHANT_WITHDREW, WITHDRAW_APPLICATION, APPLICATION_WITHDRAWN).hasNotPassed(REFUND_DEPOSIT, CHECK_QUALIFICATIONS);
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        Assertions.assertThat(record(instance, "status || ':' || status_reason")).isEqualTo("WITHDRAWN:MERCHANT_WITHDREW");
    }

    @Test
    void withdrawalDuringReviewPath_theReviewersTaskDisappears() {
        var instance = overseasDurian();
        signAgreement(instance);
        handIn(instance, dualQualifications(90));
        assertThat(instance).isWaitingAt(REVIEW_QUALIFICATIONS);

        withdraw(instance);

        assertThat(instance).isEnded().hasPassed(APPLICATION_WITHDRAWN).hasNotPassed(REFUND_DEPOSIT);
        Assertions.assertThat(taskService.createTaskQuery().taskCandidateGroup("reviewers")
                .processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void withdrawalAfterAPartialDepositPath_opsRefundIt() {
        var instance = durianAwaitingDeposit();
        pay(instance, "PAY-PART", 5000);

        withdraw(instance);

        assertThat(instance).isWaitingAt(REFUND_DEPOSIT).task().hasCandidateGroup("ops");
        Assertions.assertThat(taskService.getVariableLocal(task(instance).getId(), "refundAmount"))
                .as("from the ledger, for the form").isEqualTo("5000.00");
        Assertions.assertThat(record(instance, "status")).isEqualTo("WITHDRAWN");
        Assertions.assertThat(jdbc.sql("select kind from audit_event where application_id = ? order by id")
                .param(instance.getBusinessKey()).query(String.class).list())
                .as("the audit trail").endsWith("PAYMENT", "WITHDRAWN", "REFUND");
        complete(task(instance), withVariables(Variables.REFUND_REFERENCE, "REFUND-77"));
        assertThat(instance).isEnded().hasPassedInOrder(WITHDRAW_APPLICATION, REFUND_DEPOSIT, APPLICATION_WITHDRAWN).hasNotPassed(ACTIVATE_MERCHANT);
        assertThat(instance).variables().containsEntry(Variables.REFUND_REFERENCE, "REFUND-77");
    }

    /** A womenswear factory whose qualifications passed one review: waiting for its factory audit. */
    private ProcessInstance factoryAwaitingAudit() {
        var instance = start("DOMESTIC", "apparel.womenswear", "", true);
        var licence = new HashMap<String, Object>(qualification("businessLicense", VALID_CREDIT_CODE, 400));
        licence.put("businessLicenseCategories", "apparel");
        handIn(instance, licence);
        review(instance, "reviewer", "APPROVE", null);
        assertThat(instance).isWaitingAt(UPLOAD_FACTORY_AUDIT).task().isAssignedTo(merchantOf(instance.getBusinessKey()));
        return instance;
    }

    /** Meets every tier-A threshold exactly (RULES.md §3; thresholds in bpmn/factory-tier.dmn). */
    static Map<String, Object> tierAFactory(LocalDate issuedOn, boolean willLiveStream) {
        var facts = new HashMap<String, Object>();
        facts.put(Variables.AUDIT_ISSUER, "SGS");
        facts.put(Variables.AUDIT_ISSUED_ON, issuedOn.toString());
        facts.put(Variables.AUDIT_REPORT_DOCUMENT, org.camunda.bpm.engine.variable.Variables.fileValue("audit.pdf")
                .file("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).mimeType("application/pdf").create());
        facts.put(Variables.HAS_ODM_TEAM, true);
        facts.put(Variables.HAS_PRODUCTION_MANAGEMENT, true);
        facts.put(Variables.QUALITY_SYSTEM_CERTIFIED, true);
        facts.put(Variables.ANNUAL_OUTPUT_UNITS, 1_000_000L);
        facts.put(Variables.HEADCOUNT, 300L);
        facts.put(Variables.FOUNDED_YEAR, 2021L);
        facts.put(Variables.PLANT_AREA_SQM, 8000L);
        facts.put(Variables.OEM_BRAND_LEVEL, "INTERNATIONAL");
        facts.put(Variables.NEW_MATERIAL_TECH, false);
        facts.put(Variables.OWN_OPERATIONS_TEAM, false);
        facts.put(Variables.WILL_LIVE_STREAM, willLiveStream);
        facts.put(Variables.SELECTIVE_PLATFORMS, "");
        return facts;
    }

    @Test
    void factoryPath_auditedTieredReviewedFirstAndCertifiedAtActivation() {
        var instance = factoryAwaitingAudit();

        handIn(instance, tierAFactory(REVIEW_DAY.minusMonths(3), true));

        assertThat(instance).isWaitingAt(REVIEW_FACTORY).task().hasCandidateGroup("reviewers");
        Assertions.assertThat(task(instance).getPriority()).as("a preferred factory is reviewed first").isEqualTo(80);
        assertThat(instance).variables().containsEntry(Variables.YEARS_IN_OPERATION, 5L)
                .containsEntry(Variables.PRIORITY, true).containsEntry(Variables.SUGGESTED_TIER, "A");
        review(instance, "reviewer2", "APPROVE", null);
        assertThat(instance).isWaitingAt(DEPOSIT_PAID).variables().containsEntry(Variables.TIER, "A")
                .containsEntry(Variables.DEPOSIT_AMOUNT, 3000);
        // Whoever could still write the variable (an operator repairing the instance) does not change the tier on record.
        runtimeService.setVariable(instance.getId(), Variables.TIER, "S");
        pay(instance, "PAY-FACTORY", 3000);
        Assertions.assertThat(ledger.latest(instance.getBusinessKey(), REVIEW_FACTORY)).get()
                .extracting(d -> d.reviewer() + ":" + d.decision() + ":" + d.tier()).isEqualTo("reviewer2:APPROVE:A");

        assertThat(instance).isEnded().hasPassedInOrder(UPLOAD_FACTORY_AUDIT, CHECK_FACTORY_AUDIT, DETERMINE_FACTORY_TIER, REVIEW_FACTORY, MERCHANT_ACTIVATED);
        Assertions.assertThat(record(instance, "status || ':' || tier || ':' || tags"))
                .isEqualTo("ACTIVE:A:FACTORY_CERTIFIED");
    }

    @Test
    void factoryAuditTooOldPath_aThirdPartyReportOf366DaysGoesBackAnd365DaysPasses() {
        var instance = factoryAwaitingAudit();

        handIn(instance, tierAFactory(REVIEW_DAY.minusDays(366), false));

        assertThat(instance).isWaitingAt(UPLOAD_FACTORY_AUDIT).hasPassed(CHECK_FACTORY_AUDIT, NOTIFY_FACTORY_AUDIT_ISSUES)
                .hasNotPassed(DETERMINE_FACTORY_TIER);
        Assertions.assertThat(issueCodes(instance)).containsExactly("AUDIT_REPORT_TOO_OLD");
        handIn(instance, tierAFactory(REVIEW_DAY.minusDays(365), false));
        assertThat(instance).isWaitingAt(REVIEW_FACTORY);
        Assertions.assertThat(task(instance).getPriority()).isEqualTo(50);
    }

    @Test
    void factoryPlatformAuditPath_theAgeLimitIsForThirdPartyReportsOnly() {
        var instance = factoryAwaitingAudit();
        var platformAudit = tierAFactory(REVIEW_DAY.minusYears(2), false);
        platformAudit.put(Variables.AUDIT_ISSUER, "PLATFORM");

        handIn(instance, platformAudit);

        assertThat(instance).isWaitingAt(REVIEW_FACTORY).hasPassed(DETERMINE_FACTORY_TIER);
    }

    @Test
    void factoryTierOverridePath_needsAReasonAndThenTheReviewersTierHolds() {
        var instance = factoryAwaitingAudit();
        handIn(instance, tierAFactory(REVIEW_DAY.minusMonths(1), false));
        String review = task(instance).getId();
        taskService.claim(review, "reviewer2");

        Assertions.assertThatThrownBy(() -> taskService.complete(review,
                Map.of(Variables.DECISION, "APPROVE", Variables.TIER_OVERRIDE, "S")))
                // A completion listener's refusal reaches a Java caller wrapped by the engine; REST answers it as 400.
                .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(InvalidTaskInput.class)
                .hasRootCauseMessage("tierOverrideReason is required when you override the tier");
        assertThat(instance).isWaitingAt(REVIEW_FACTORY);

        taskService.complete(review, Map.of(Variables.DECISION, "APPROVE", Variables.TIER_OVERRIDE, "S",
                Variables.TIER_OVERRIDE_REASON, "Makes for two international top brands; audit understates output."));
        pay(instance, "PAY-S", 3000);
        Assertions.assertThat(record(instance, "tier")).isEqualTo("S");
    }

    @Test
    void factoryRejectedPath_endsTheApplicationRejected() {
        var instance = factoryAwaitingAudit();
        handIn(instance, tierAFactory(REVIEW_DAY.minusMonths(1), false));

        review(instance, "reviewer2", "REJECT", "The plant visit found a wholesale stall, not a factory.");

        assertThat(instance).isEnded().hasPassedInOrder(REJECT_AFTER_REVIEW,
                APPLICATION_REJECTED_AFTER_REVIEW).hasNotPassed(ACTIVATE_MERCHANT);
        Assertions.assertThat(record(instance, "status || ':' || status_reason")).isEqualTo("REJECTED:REVIEW_REJECTED");
    }

    @Test
    void aDocumentOverTenMegabytesIsRefusedAndTheTaskStaysOpen() {
        var instance = start("DOMESTIC", "beauty", "");
        var licence = new HashMap<String, Object>(qualification("businessLicense", VALID_CREDIT_CODE, 200));
        byte[] large = new byte[UploadedDocuments.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        licence.put("businessLicenseDocument", org.camunda.bpm.engine.variable.Variables.fileValue("big.pdf").file(large)
                .mimeType("application/pdf").create());

        Assertions.assertThatThrownBy(() -> complete(task(instance), licence))
                .rootCause().isInstanceOf(InvalidTaskInput.class).hasMessageContaining("businessLicenseDocument")
                .hasMessageContaining("10 MB");
        assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS);
    }

    @Test
    void factoryFactsThatCannotBeReadAreRefusedNamingTheFieldAndTheTaskStaysOpen() {
        var instance = factoryAwaitingAudit();
        var unknownLevel = tierAFactory(REVIEW_DAY.minusMonths(1), false);
        unknownLevel.put(Variables.OEM_BRAND_LEVEL, "LUXURY");
        var unknownPlatform = tierAFactory(REVIEW_DAY.minusMonths(1), false);
        unknownPlatform.put(Variables.SELECTIVE_PLATFORMS, "KEEP, TAOBAO");

        Assertions.assertThatThrownBy(() -> complete(task(instance), unknownLevel))
                .rootCause().isInstanceOf(InvalidTaskInput.class).hasMessage("oemBrandLevel must be one of"
                        + " [INTERNATIONAL_TOP, INTERNATIONAL, DOMESTIC_KNOWN, NONE], not LUXURY");
        Assertions.assertThatThrownBy(() -> complete(task(instance), unknownPlatform))
                .rootCause().isInstanceOf(InvalidTaskInput.class).hasMessageContaining(Variables.SELECTIVE_PLATFORMS)
                .hasMessageContaining("TAOBAO");

        assertThat(instance).isWaitingAt(UPLOAD_FACTORY_AUDIT).hasNotPassed(CHECK_FACTORY_AUDIT);
    }

    @Test
    void aDepositPaidNamingNoPaymentInTheLedgerCreditsNothing() {
        var instance = durianAwaitingDeposit();
        pay(instance, "PAY-REAL", 1000);

        // The old hole: a new reference and no amount was credited the previous payment's amount; an amount in the
        // message is no better. It is not in the ledger, so recording it fails in its job, again on each try, and
        // nothing moves: the job ends as an incident for ops.
        runtimeService.createMessageCorrelation(MerchantOnboarding.Messages.DEPOSIT_PAID)
                .processInstanceBusinessKey(instance.getBusinessKey())
                .setVariable(Variables.PAYMENT_REFERENCE, "PAY-FORGED")
                .setVariable("paidAmount", 19000)
                .correlate();
        assertThat(instance).isWaitingAt(RECORD_DEPOSIT_PAYMENT);
        String recording = job(RECORD_DEPOSIT_PAYMENT, instance).getId();
        Assertions.assertThatThrownBy(() -> managementService.executeJob(recording))
                .hasMessageStartingWith("paymentReference names no payment recorded for this application");
        Assertions.assertThat(job(RECORD_DEPOSIT_PAYMENT, instance).getRetries()).isEqualTo(2);

        assertThat(instance).isWaitingAt(RECORD_DEPOSIT_PAYMENT).hasNotPassed(ACTIVATE_MERCHANT);
        Assertions.assertThat(paidSoFar(instance)).isEqualByComparingTo("1000");
        Assertions.assertThat(record(instance, "status")).isEqualTo("APPLYING");
    }

    @Test
    void theDepositVariableDecidesNothing_theRecordedDepositDoes() {
        var instance = durianAwaitingDeposit();

        runtimeService.setVariable(instance.getId(), Variables.DEPOSIT_AMOUNT, 0);
        pay(instance, "PAY-SOME", 1000);

        assertThat(instance).isWaitingAt(DEPOSIT_PAID);
        Assertions.assertThat(deposits.outstanding(instance.getBusinessKey())).isEqualByComparingTo("19000");
        // Correlated again with a reference the ledger holds: the total is the ledger's, still short.
        runtimeService.createMessageCorrelation(MerchantOnboarding.Messages.DEPOSIT_PAID)
                .processInstanceBusinessKey(instance.getBusinessKey())
                .setVariable(Variables.PAYMENT_REFERENCE, "PAY-SOME").correlate();
        execute(job(RECORD_DEPOSIT_PAYMENT, instance));
        assertThat(instance).isWaitingAt(DEPOSIT_PAID).hasNotPassed(ACTIVATE_MERCHANT);
    }

    @Test
    void everyFormResolvesFromTheDeployment() {
        var instance = overseasDurian();

        Assertions.assertThat(read(formService.getDeployedTaskForm(task(instance).getId())))
                .contains("\"key\": \"agreementAccepted\"", "\"key\": \"committedShippingDays\"");
        signAgreement(instance);
        Assertions.assertThat(read(formService.getDeployedTaskForm(task(instance).getId())))
                .contains("\"key\": \"overseasEntityDocument\"", "\"type\": \"filepicker\"");
        handIn(instance, dualQualifications(60));
        Assertions.assertThat(read(formService.getDeployedTaskForm(task(instance).getId())))
                .contains("\"key\": \"decision\"", "\"key\": \"decisionReason\"");
    }

    /**
     * The clock paths: every timer fired by moving the engine clock, and what each person was told, read back from a
     * real SMTP conversation. Deadlines are counted from noon in Shanghai on the day a task or payment became due.
     */
    @Nested
    class Deadlines {

        static final Instant NOON = Instant.parse("2026-06-01T04:00:00Z");
        static final String MERCHANT_MAILBOX = "path@example.com";
        static final String OPS_MAILBOX = "ops@merchant-onboarding.invalid";

        private void fire(ProcessInstance instance, String timer, Instant at) {
            EngineSteps.fireAt(managementService, instance, timer, at);
        }

        private org.camunda.bpm.engine.runtime.JobQuery timers(ProcessInstance instance, String timer) {
            return managementService.createJobQuery().processInstanceId(instance.getId()).timers().activityId(timer);
        }

        private List<MimeMessage> mail(ProcessInstance instance) {
            return EngineSteps.deliverMail(runtimeService, managementService, smtp, instance.getBusinessKey());
        }

        private MimeMessage lastMail(ProcessInstance instance, String subject) throws Exception {
            var matching = new java.util.ArrayList<MimeMessage>();
            for (var m : mail(instance)) {
                if (m.getSubject().contains(subject)) {
                    matching.add(m);
                }
            }
            Assertions.assertThat(matching).as("mail about '%s'", subject).isNotEmpty();
            return matching.get(matching.size() - 1);
        }

        private void assertMail(MimeMessage mail, String recipient, String... texts) throws Exception {
            Assertions.assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(recipient);
            Assertions.assertThat(mail.getSubject() + "\n" + mail.getContent()).contains(texts);
        }

        @Test
        void agreementLapsePath_remindedAfterThreeDaysAndExpiredAfterFourteen() throws Exception {
            var instance = overseasDurian();
            Assertions.assertThat(task(instance).getDueDate()).isEqualTo(Date.from(NOON.plus(Duration.ofDays(14))));

            fire(instance, AGREEMENT_REMINDER_DUE, NOON.plus(Duration.ofDays(3)));

            assertThat(instance).isWaitingAt(SIGN_OVERSEAS_AGREEMENT)
                    .hasPassedInOrder(AGREEMENT_REMINDER_DUE, REMIND_TO_SIGN_AGREEMENT, AGREEMENT_REMINDER_SENT);
            assertMail(lastMail(instance, "待办提醒"), MERCHANT_MAILBOX, "A task is waiting for you", "签署出海协议",
                    "sign the overseas agreement", "2026-06-15 12:00 (Asia/Shanghai)");

            fire(instance, AGREEMENT_DEADLINE_PASSED, NOON.plus(Duration.ofDays(14)));

            assertThat(instance).isEnded().hasPassedInOrder(AGREEMENT_DEADLINE_PASSED, LAPSE_WITHOUT_AGREEMENT,
                    LAPSED_WITHOUT_AGREEMENT).hasNotPassed(CHECK_AGREEMENT, UPLOAD_QUALIFICATIONS);
            Assertions.assertThat(record(instance, "status || ':' || status_reason")).isEqualTo("EXPIRED:AGREEMENT_NOT_SIGNED");
            assertMail(lastMail(instance, "入驻申请已失效"), MERCHANT_MAILBOX, "Your application has lapsed", "签署出海协议",
                    "signing the overseas agreement was not done in time");
        }

        @Test
        void qualificationsLapsePath_aTaskDoneInTimeLeavesNoTimerAndTheNextTaskGetsItsOwnDeadline() throws Exception {
            var instance = overseasDurian();
            ClockUtil.setCurrentTime(Date.from(NOON.plus(Duration.ofDays(2))));
            signAgreement(instance);
            Assertions.assertThat(timers(instance, AGREEMENT_DEADLINE_PASSED).count()).isZero();
            Assertions.assertThat(task(instance).getDueDate()).isEqualTo(Date.from(NOON.plus(Duration.ofDays(16))));

            fire(instance, QUALIFICATIONS_REMINDER_DUE, NOON.plus(Duration.ofDays(5)));
            assertMail(lastMail(instance, "待办提醒"), MERCHANT_MAILBOX, "上传资质", "upload the qualifications",
                    "2026-06-17 12:00 (Asia/Shanghai)");
            fire(instance, QUALIFICATIONS_DEADLINE_PASSED, NOON.plus(Duration.ofDays(16)));

            assertThat(instance).isEnded().hasPassedInOrder(QUALIFICATIONS_REMINDER_DUE,
                    REMIND_TO_UPLOAD_QUALIFICATIONS, QUALIFICATIONS_REMINDER_SENT, QUALIFICATIONS_DEADLINE_PASSED,
                    LAPSE_WITHOUT_QUALIFICATIONS, LAPSED_WITHOUT_QUALIFICATIONS).hasNotPassed(CHECK_QUALIFICATIONS);
            Assertions.assertThat(record(instance, "status || ':' || status_reason"))
                    .isEqualTo("EXPIRED:QUALIFICATIONS_NOT_UPLOADED");
            assertMail(lastMail(instance, "入驻申请已失效"), MERCHANT_MAILBOX, "uploading the qualifications");
        }

        @Test
        void factoryAuditLapsePath_remindedThenExpired() throws Exception {
            var instance = factoryAwaitingAudit();

            fire(instance, FACTORY_AUDIT_REMINDER_DUE, NOON.plus(Duration.ofDays(3)));
            assertMail(lastMail(instance, "待办提醒"), MERCHANT_MAILBOX, "上传验厂报告", "upload the factory audit report");
            fire(instance, FACTORY_AUDIT_DEADLINE_PASSED, NOON.plus(Duration.ofDays(14)));

            assertThat(instance).isEnded().hasPassedInOrder(FACTORY_AUDIT_REMINDER_DUE,
                    REMIND_TO_UPLOAD_FACTORY_AUDIT, FACTORY_AUDIT_REMINDER_SENT, FACTORY_AUDIT_DEADLINE_PASSED,
                    LAPSE_WITHOUT_FACTORY_AUDIT, LAPSED_WITHOUT_FACTORY_AUDIT).hasNotPassed(CHECK_FACTORY_AUDIT);
            Assertions.assertThat(record(instance, "status || ':' || status_reason"))
                    .isEqualTo("EXPIRED:FACTORY_AUDIT_NOT_UPLOADED");
        }

        @Test
        void depositLapsePath_theMerchantIsToldTheAmountAndDeadlineRemindedAndExpired() throws Exception {
            var instance = durianAwaitingDeposit();
            assertThat(instance).hasPassedInOrder(NOTIFY_DEPOSIT_DUE, DEPOSIT_REQUESTED);
            assertMail(lastMail(instance, "请缴纳类目保证金"), MERCHANT_MAILBOX, "Your category deposit is due", "20000",
                    "2026-06-15 12:00 (Asia/Shanghai)");

            fire(instance, DEPOSIT_REMINDER_DUE, NOON.plus(Duration.ofDays(3)));
            assertMail(lastMail(instance, "保证金缴纳提醒"), MERCHANT_MAILBOX, "尚需缴纳保证金 20000 元",
                    "still needs a deposit of CNY 20000", "2026-06-15 12:00 (Asia/Shanghai)");
            fire(instance, DEPOSIT_DEADLINE_PASSED, NOON.plus(Duration.ofDays(14)));

            assertThat(instance).isEnded().hasPassedInOrder(DEPOSIT_REMINDER_DUE, REMIND_TO_PAY_DEPOSIT,
                    DEPOSIT_REMINDER_SENT, DEPOSIT_DEADLINE_PASSED, LAPSE_WITHOUT_DEPOSIT,
                    LAPSED_WITHOUT_DEPOSIT).hasPassed(COLLECT_DEPOSIT)
                    .hasNotPassed(DEPOSIT_COLLECTED, ACTIVATE_MERCHANT, REFUND_LAPSED_DEPOSIT);
            Assertions.assertThat(record(instance, "status || ':' || status_reason")).isEqualTo("EXPIRED:DEPOSIT_NOT_PAID");
            assertMail(lastMail(instance, "入驻申请已失效"), MERCHANT_MAILBOX, "paying the category deposit");
        }

        @Test
        void depositLapseAfterPartPaymentPath_theReminderStatesWhatIsLeftAndOpsRefundWhatWasPaid() throws Exception {
            var instance = durianAwaitingDeposit();
            pay(instance, "PAY-PART-LAPSE", 12000);

            fire(instance, DEPOSIT_REMINDER_DUE, NOON.plus(Duration.ofDays(3)));
            assertMail(lastMail(instance, "保证金缴纳提醒"), MERCHANT_MAILBOX, "尚需缴纳保证金 8000 元",
                    "still needs a deposit of CNY 8000");
            fire(instance, DEPOSIT_DEADLINE_PASSED, NOON.plus(Duration.ofDays(14)));

            assertThat(instance).isWaitingAt(REFUND_LAPSED_DEPOSIT).task().hasCandidateGroup("ops");
            Assertions.assertThat(taskService.getVariableLocal(task(instance).getId(), "refundAmount")).isEqualTo("12000.00");
            Assertions.assertThat(record(instance, "status")).isEqualTo("EXPIRED");
            complete(task(instance), withVariables(Variables.REFUND_REFERENCE, "REFUND-PART"));
            assertThat(instance).isEnded().hasPassedInOrder(LAPSE_WITHOUT_DEPOSIT,
                    REFUND_LAPSED_DEPOSIT, LAPSED_DEPOSIT_REFUNDED).hasNotPassed(LAPSED_WITHOUT_DEPOSIT);
        }

        @Test
        void reviewSlaBreachedPath_aFridayReviewIsDueTuesdayThenEscalatedToOpsAndRaisedButStaysWithTheReviewers()
                throws Exception {
            Instant friday = Instant.parse("2026-06-05T02:00:00Z");
            ClockUtil.setCurrentTime(Date.from(friday));
            var instance = start("DOMESTIC", "food.snacks", "");
            submitSnackQualifications(instance);
            Instant tuesday = Instant.parse("2026-06-09T02:00:00Z");
            Assertions.assertThat(task(instance).getDueDate()).as("the weekend does not count").isEqualTo(Date.from(tuesday));
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-08T15:59:00Z")));
            Assertions.assertThat(timers(instance, REVIEW_SLA_BREACHED).executable().count())
                    .as("not breached on Monday night").isZero();

            fire(instance, REVIEW_SLA_BREACHED, tuesday);

            assertThat(instance).isWaitingAt(REVIEW_QUALIFICATIONS)
                    .hasPassedInOrder(REVIEW_SLA_BREACHED, ESCALATE_REVIEW, REVIEW_ESCALATED);
            assertThat(instance).task().hasCandidateGroup("reviewers").isNotAssigned();
            Assertions.assertThat(task(instance).getPriority()).isEqualTo(90);
            assertMail(lastMail(instance, "审核超时"), OPS_MAILBOX, "A review is overdue", "Review qualifications",
                    "2026-06-09 10:00 (Asia/Shanghai)");
            review(instance, "reviewer", "APPROVE", null);
            assertThat(instance).isWaitingAt(DEPOSIT_PAID);
        }

        @Test
        void reviewSlaAcrossNationalDay_theHolidayWeekIsSkippedAndTheMakeUpSaturdayCounts() throws Exception {
            // Wednesday 30 September 2026, 10:00 in Shanghai: 1 to 7 October are off, Thursday 8 and Friday 9 count.
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-30T02:00:00Z")));
            var beforeHoliday = start("DOMESTIC", "food.snacks", "");
            submitSnackQualifications(beforeHoliday);
            Instant friday = Instant.parse("2026-10-09T02:00:00Z");
            Assertions.assertThat(task(beforeHoliday).getDueDate()).isEqualTo(Date.from(friday));
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-05T02:00:00Z")));
            Assertions.assertThat(timers(beforeHoliday, REVIEW_SLA_BREACHED).executable().count())
                    .as("not breached on the holiday Monday").isZero();
            fire(beforeHoliday, REVIEW_SLA_BREACHED, friday);
            assertThat(beforeHoliday).hasPassed(ESCALATE_REVIEW).isWaitingAt(REVIEW_QUALIFICATIONS);

            // Thursday 8 October: Friday 9 and the make-up Saturday 10 are working days.
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-08T02:00:00Z")));
            var beforeMakeUpDay = start("DOMESTIC", "food.snacks", "");
            submitSnackQualifications(beforeMakeUpDay);
            Instant saturday = Instant.parse("2026-10-10T02:00:00Z");
            Assertions.assertThat(task(beforeMakeUpDay).getDueDate()).isEqualTo(Date.from(saturday));
            fire(beforeMakeUpDay, REVIEW_SLA_BREACHED, saturday);
            assertThat(beforeMakeUpDay).hasPassed(ESCALATE_REVIEW).isWaitingAt(REVIEW_QUALIFICATIONS);
        }

        private void submitSnackQualifications(ProcessInstance instance) {
            var documents = new HashMap<String, Object>(qualification("businessLicense", VALID_CREDIT_CODE, 200));
            documents.putAll(qualification("industryPermit", "JY13501000000001", 200));
            handIn(instance, documents);
        }

        @Test
        void secondReviewSlaBreachedPath_escalatedLikeTheFirst() throws Exception {
            var instance = overseasDurian();
            signAgreement(instance);
            handIn(instance, dualQualifications(90));
            review(instance, "reviewer", "APPROVE", null);

            fire(instance, SECOND_REVIEW_SLA_BREACHED, Instant.parse("2026-06-03T04:00:00Z"));

            assertThat(instance).isWaitingAt(SECOND_REVIEW_QUALIFICATIONS)
                    .hasPassedInOrder(SECOND_REVIEW_SLA_BREACHED, ESCALATE_SECOND_REVIEW, SECOND_REVIEW_ESCALATED);
            Assertions.assertThat(task(instance).getPriority()).isEqualTo(90);
            assertMail(lastMail(instance, "审核超时"), OPS_MAILBOX, "Second review of qualifications");
        }

        @Test
        void factoryReviewSlaBreachedPath_aPreferredFactoryRisesFromEightyToNinety() throws Exception {
            var instance = factoryAwaitingAudit();
            handIn(instance, tierAFactory(REVIEW_DAY.minusMonths(3), true));
            Assertions.assertThat(task(instance).getPriority()).isEqualTo(80);

            fire(instance, FACTORY_REVIEW_SLA_BREACHED, Instant.parse("2026-06-03T04:00:00Z"));

            assertThat(instance).isWaitingAt(REVIEW_FACTORY).hasPassedInOrder(FACTORY_REVIEW_SLA_BREACHED,
                    ESCALATE_FACTORY_REVIEW, FACTORY_REVIEW_ESCALATED);
            Assertions.assertThat(task(instance).getPriority()).isEqualTo(90);
        }

        @Test
        void issuesFoundPath_theMerchantReadsEachIssueInBothLanguages() throws Exception {
            var instance = overseasDurian();
            signAgreement(instance);

            handIn(instance, dualQualifications(29));

            assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS)
                    .hasPassedInOrder(NOTIFY_QUALIFICATION_ISSUES);
            assertMail(lastMail(instance, "资质需要修改"), MERCHANT_MAILBOX, "Your qualifications need changes",
                    "境外主体资质将于 2026-06-30 到期，剩余 29 天，须至少 30 天",
                    "The overseas-entity qualification expires on 2026-06-30: 29 days left, at least 30 are required");
        }

        @Test
        void changesRequestedPath_theMerchantReadsTheReviewersReason() throws Exception {
            var instance = overseasDurian();
            signAgreement(instance);
            handIn(instance, dualQualifications(90));

            review(instance, "reviewer", "REQUEST_CHANGES", "请补充证件背面 / Please add the licence's back page.");

            assertThat(instance).isWaitingAt(UPLOAD_QUALIFICATIONS)
                    .hasPassedInOrder(NOTIFY_REVIEW_CHANGES);
            assertMail(lastMail(instance, "审核员要求修改"), MERCHANT_MAILBOX, "The reviewer asks for changes",
                    "请补充证件背面 / Please add the licence's back page.");
        }

        @Test
        void factoryChangesRequestedPath_goesBackToTheAuditUploadWithTheReason() throws Exception {
            var instance = factoryAwaitingAudit();
            handIn(instance, tierAFactory(REVIEW_DAY.minusMonths(1), false));

            review(instance, "reviewer2", "REQUEST_CHANGES", "The audit report's last page is missing.");

            assertThat(instance).isWaitingAt(UPLOAD_FACTORY_AUDIT).hasPassedInOrder(NOTIFY_FACTORY_REVIEW_CHANGES).hasNotPassed(NOTIFY_DEPOSIT_DUE, ACTIVATE_MERCHANT);
            assertMail(lastMail(instance, "审核员要求修改"), MERCHANT_MAILBOX, "The audit report's last page is missing.");
        }
    }

    private String record(ProcessInstance instance, String column) {
        return jdbc.sql("select " + column + " from merchant_application where application_id = ?")
                .param(instance.getBusinessKey()).query(String.class).single();
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
