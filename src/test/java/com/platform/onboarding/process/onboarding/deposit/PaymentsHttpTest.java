package com.platform.onboarding.process.onboarding.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.deposit.Deposits;
import com.platform.onboarding.process.onboarding.MerchantOnboarding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** POST /api/payments over real HTTP, as the payment system calls it, and what it leaves in the ledger and process. */
@OnboardingTest
class PaymentsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Deposits deposits;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ManagementService managementService;

    private Http payments() {
        return Http.as(port, "payments", Http.DEMO_PASSWORD);
    }

    private static String body(String applicationId, String reference, String amount) {
        return "{\"applicationId\":\"" + applicationId + "\",\"paymentReference\":\"" + reference + "\",\"amount\":"
                + amount + ",\"currency\":\"CNY\"}";
    }

    private Http.Response pay(String applicationId, String reference, String amount) {
        return payments().postJson("/api/payments", body(applicationId, reference, amount));
    }

    /** Overseas snacks, no overseas markets, one review: waiting for its 5,000 CNY deposit. */
    private String awaitingDeposit(String username) {
        String applicationId = Registrations.register(port, username, username + " Ltd", "OVERSEAS", "food.snacks", "");
        var upload = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
        taskService.complete(upload.getId(), Registrations.overseasDurianQualifications(username + " Ltd"));
        runJobAt(applicationId, MerchantOnboarding.Elements.CHECK_QUALIFICATIONS);
        var review = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
        taskService.claim(review.getId(), "reviewer");
        taskService.complete(review.getId(), Map.of("decision", "APPROVE"));
        assertThat(waitingForDeposit(applicationId)).isTrue();
        return applicationId;
    }

    /** The job the answer left behind (the job executor is off in tests): run by id, as the executor would. */
    private void runJobAt(String applicationId, String activity) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey(MerchantOnboarding.PROCESS_KEY).singleResult();
        var job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activity)
                .singleResult();
        assertThat(job).as("a job at " + activity).isNotNull();
        managementService.executeJob(job.getId());
    }

    private void recordPayment(String applicationId) {
        runJobAt(applicationId, MerchantOnboarding.Elements.RECORD_DEPOSIT_PAYMENT);
    }

    private boolean waitingForDeposit(String applicationId) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(applicationId)
                .activityId(MerchantOnboarding.Elements.DEPOSIT_PAID).count() == 1;
    }

    private String status(String applicationId) {
        return jdbc.sql("select status from merchant_application where application_id = ?").param(applicationId)
                .query(String.class).single();
    }

    private long ledgerRows(String reference) {
        return jdbc.sql("select count(*) from deposit_payment where payment_reference = ?").param(reference)
                .query(Long.class).single();
    }

    private List<Task> refundTasks(String reference) {
        return taskService.createTaskQuery().taskName(RefundTasks.NAME).taskCandidateGroup("ops")
                .taskVariableValueEquals("paymentReference", reference).list();
    }

    @Test
    void aPaymentCountsOnceAnswersTheSameWhenSentAgainAndAReusedReferenceIsAConflict() {
        String applicationId = awaitingDeposit("pay-once");

        var first = pay(applicationId, "PAY-ONCE-1", "2000");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode answer = first.json();
        assertThat(answer.get("applicationId").asText()).isEqualTo(applicationId);
        assertThat(answer.get("paymentReference").asText()).isEqualTo("PAY-ONCE-1");
        assertThat(answer.get("amount").decimalValue()).isEqualByComparingTo("2000");
        assertThat(answer.get("counted").asBoolean()).isTrue();
        assertThat(answer.get("outstanding").decimalValue()).isEqualByComparingTo("3000");
        assertThat(answer.get("refund").decimalValue()).isZero();
        assertThat(first.header("Location")).isEqualTo("/api/payments/PAY-ONCE-1");

        var again = pay(applicationId, "PAY-ONCE-1", "2000.00");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(answer);
        var otherAmount = pay(applicationId, "PAY-ONCE-1", "2500");
        assertThat(otherAmount.status()).isEqualTo(409);
        assertThat(otherAmount.json().get("reason").asText()).isEqualTo("REFERENCE_USED");
        assertThat(otherAmount.json().get("detailZh").asText()).contains("流水号");
        assertThat(deposits.paidSoFar(applicationId)).isEqualByComparingTo("2000");
        recordPayment(applicationId);
        assertThat(waitingForDeposit(applicationId)).isTrue();

        var rest = pay(applicationId, "PAY-ONCE-2", "3000");
        assertThat(rest.status()).isEqualTo(201);
        assertThat(rest.json().get("outstanding").decimalValue()).isZero();
        // Answered before the store opens: the payment system reads the payment until it says ACTIVE.
        var read = payments().get("/api/payments/PAY-ONCE-2");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("applicationStatus").asText()).isEqualTo("APPLYING");
        assertThat(read.json().get("outstanding").decimalValue()).isZero();
        recordPayment(applicationId);
        assertThat(status(applicationId)).isEqualTo("ACTIVE");
        assertThat(payments().get("/api/payments/PAY-ONCE-2").json().get("applicationStatus").asText())
                .isEqualTo("ACTIVE");
        var more = pay(applicationId, "PAY-ONCE-3", "10");
        assertThat(more.status()).isEqualTo(409);
        assertThat(more.json().get("reason").asText()).isEqualTo("STORE_OPEN");
        assertThat(ledgerRows("PAY-ONCE-3")).isZero();
        assertThat(pay(applicationId, "PAY-ONCE-1", "2000").status()).as("a late copy is still the same payment")
                .isEqualTo(200);
    }

    @Test
    void tenIdenticalPaymentsAtTheSameMomentCountOnceAndAllAreAnswered() throws Exception {
        String applicationId = awaitingDeposit("pay-burst");
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(10);
        try {
            var answers = new ArrayList<Future<Http.Response>>();
            for (int i = 0; i < 10; i++) {
                var client = payments();
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.postJson("/api/payments", body(applicationId, "PAY-BURST", "1000.50"));
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                var response = answer.get();
                statuses.add(response.status());
                if (response.status() < 300) {
                    assertThat(response.json().get("amount").decimalValue()).isEqualByComparingTo("1000.50");
                    assertThat(response.json().get("outstanding").decimalValue()).isEqualByComparingTo("3999.50");
                }
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 200).hasSize(10);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ledgerRows("PAY-BURST")).isEqualTo(1);
        assertThat(deposits.paidSoFar(applicationId)).isEqualByComparingTo("1000.50");
        recordPayment(applicationId);
        assertThat(waitingForDeposit(applicationId)).isTrue();
        assertThat(managementService.createJobQuery().activityId(MerchantOnboarding.Elements.RECORD_DEPOSIT_PAYMENT)
                .processInstanceId(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                        .processDefinitionKey(MerchantOnboarding.PROCESS_KEY).singleResult().getId()).count())
                .as("one job for the one payment, run").isZero();
    }

    @Test
    void aMalformedPaymentIsA400NamingTheFieldInBothLanguagesAndRecordsNothing() {
        String applicationId = awaitingDeposit("pay-malformed");
        String id = "\"applicationId\":\"" + applicationId + "\"";
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("{" + id + ",\"paymentReference\":\"PAY-M\",\"currency\":\"CNY\"}", new String[] {"amount", "REQUIRED"});
        cases.put("{" + id + ",\"paymentReference\":\"PAY-M\",\"amount\":\"5000\",\"currency\":\"CNY\"}",
                new String[] {"amount", "AMOUNT_NOT_A_NUMBER"});
        cases.put("{" + id + ",\"paymentReference\":\"PAY-M\",\"amount\":1e308,\"currency\":\"CNY\"}",
                new String[] {"amount", "AMOUNT_TOO_LARGE"});
        cases.put("{" + id + ",\"paymentReference\":\"PAY-M\",\"amount\":10000000.01,\"currency\":\"CNY\"}",
                new String[] {"amount", "AMOUNT_TOO_LARGE"});
        cases.put("{" + id + ",\"paymentReference\":\"PAY-M\",\"amount\":100.005,\"currency\":\"CNY\"}",
                new String[] {"amount", "AMOUNT_TOO_PRECISE"});
        cases.put("{" + id + ",\"paymentReference\":\"PAY-M\",\"amount\":-5,\"currency\":\"CNY\"}",
                new String[] {"amount", "AMOUNT_NOT_POSITIVE"});
        cases.put("{" + id + ",\"paymentReference\":\"PAY-M\",\"amount\":0,\"currency\":\"CNY\"}",
                new String[] {"amount", "AMOUNT_NOT_POSITIVE"});
        cases.put("{" + id + ",\"paymentReference\":\"PAY M!\",\"amount\":5,\"currency\":\"CNY\"}",
                new String[] {"paymentReference", "PAYMENT_REFERENCE_INVALID"});
        cases.put("{" + id + ",\"paymentReference\":\"" + "P".repeat(65) + "\",\"amount\":5,\"currency\":\"CNY\"}",
                new String[] {"paymentReference", "PAYMENT_REFERENCE_INVALID"});
        cases.put("{" + id + ",\"paymentReference\":\"PAY-M\",\"amount\":5,\"currency\":\"USD\"}",
                new String[] {"currency", "CURRENCY_NOT_SUPPORTED"});
        cases.put("{" + id + ",\"paymentReference\":\"PAY-M\",\"amount\":5}", new String[] {"currency", "REQUIRED"});
        cases.put("{\"paymentReference\":\"PAY-M\",\"amount\":5,\"currency\":\"CNY\"}",
                new String[] {"applicationId", "REQUIRED"});
        cases.put("{" + id + ",\"paymentReference\":\"PAY-M\",\"amount\":5,\"currency\":\"CNY\",\"paidAmount\":5}",
                new String[] {"paidAmount", "UNKNOWN_FIELD"});
        cases.put("five thousand", new String[] {"body", "UNREADABLE"});

        cases.forEach((request, expected) -> {
            var refused = payments().postJson("/api/payments", request);
            assertThat(refused.status()).as(request + " → " + refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            JsonNode error = refused.json().get("errors").get(0);
            assertThat(error.get("field").asText()).as(request).isEqualTo(expected[0]);
            assertThat(error.get("code").asText()).as(request).isEqualTo(expected[1]);
            assertThat(error.get("label").asText()).isNotBlank();
            assertThat(error.get("labelZh").asText()).isNotBlank();
            assertThat(error.get("message").asText()).startsWith(error.get("label").asText());
            assertThat(error.get("messageZh").asText()).startsWith(error.get("labelZh").asText());
            assertThat(refused.body()).doesNotContain("Exception", "java.", "SQL");
        });
        var malformedAmount = payments().postJson("/api/payments",
                "{" + id + ",\"paymentReference\":\"PAY-M\",\"amount\":\"5000\",\"currency\":\"CNY\"}").json();
        assertThat(malformedAmount.get("errors").get(0).get("message").asText()).contains("Amount (CNY)");
        assertThat(malformedAmount.get("errors").get(0).get("messageZh").asText()).contains("金额");
        assertThat(ledgerRows("PAY-M")).isZero();
        assertThat(deposits.paidSoFar(applicationId)).isZero();
    }

    @Test
    void onlyThePaymentSystemPaysAndItHasNoEngineRights() {
        String applicationId = awaitingDeposit("pay-who");
        String request = body(applicationId, "PAY-WHO", "100");

        assertThat(Http.anonymous(port).postJson("/api/payments", request).status()).isEqualTo(401);
        for (var other : List.of(Http.as(port, "ops", Http.DEMO_PASSWORD), Http.as(port, "admin", Http.DEMO_PASSWORD),
                Http.as(port, "reviewer", Http.DEMO_PASSWORD), Http.as(port, "pay-who", Registrations.PASSWORD))) {
            var refused = other.postJson("/api/payments", request);
            assertThat(refused.status()).isEqualTo(403);
        }
        assertThat(payments().postJson("/engine-rest/message", "{\"messageName\":\"DepositPaid\",\"businessKey\":\""
                + applicationId + "\",\"processVariables\":{\"paymentReference\":{\"value\":\"PAY-WHO\"}}}").status())
                .as("no engine grant is left to the payment system").isEqualTo(403);
        assertThat(ledgerRows("PAY-WHO")).isZero();
        assertThat(waitingForDeposit(applicationId)).isTrue();
        assertThat(pay(applicationId, "PAY-WHO", "100").status()).isEqualTo(201);
        assertThat(Http.as(port, "reviewer", Http.DEMO_PASSWORD).get("/api/payments/PAY-WHO").status()).isEqualTo(403);
        assertThat(Http.as(port, "pay-who", Registrations.PASSWORD).get("/api/payments/PAY-WHO").status())
                .isEqualTo(403);
    }

    @Test
    void aPartPaidWhileTheLastIsStillBeingRecordedCountsAndOpensTheStore() {
        String applicationId = awaitingDeposit("pay-parts");

        assertThat(pay(applicationId, "PAY-PARTS-1", "2000").status()).isEqualTo(201);
        var second = pay(applicationId, "PAY-PARTS-2", "3000");

        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("outstanding").decimalValue()).isZero();
        assertThat(status(applicationId)).isEqualTo("APPLYING");
        recordPayment(applicationId);
        assertThat(status(applicationId)).as("the one job read both parts from the ledger").isEqualTo("ACTIVE");
        assertThat(deposits.paidSoFar(applicationId)).isEqualByComparingTo("5000");
    }

    @Test
    void anUnknownPaymentReadIs404InBothLanguages() {
        var unknown = payments().get("/api/payments/PAY-NEVER-SENT");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("paymentReference");
        assertThat(unknown.json().get("detailZh").asText()).contains("流水号");
    }

    @Test
    void anUnknownApplicationIs404AndOneNotAtTheDepositStageIs409() {
        var unknown = pay("00000000-0000-0000-0000-000000000000", "PAY-NOBODY", "100");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detailZh").asText()).isNotBlank();

        String inReview = Registrations.register(port, "pay-early", "Pay Early Ltd", "OVERSEAS", "beauty", "");
        var early = pay(inReview, "PAY-EARLY", "100");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("reason").asText()).isEqualTo("NOT_AT_DEPOSIT_STAGE");
        assertThat(early.json().get("detail").asText()).contains("deposit stage");
        assertThat(early.json().get("detailZh").asText()).contains("保证金");
        assertThat(ledgerRows("PAY-EARLY") + ledgerRows("PAY-NOBODY")).isZero();
    }

    @Test
    void payingMoreThanIsDueRecordsAllAndTheExcessBecomesARefundTaskForOps() {
        String applicationId = awaitingDeposit("pay-more");

        var paid = pay(applicationId, "PAY-MORE", "7000.50");

        assertThat(paid.status()).isEqualTo(201);
        assertThat(paid.json().get("amount").decimalValue()).isEqualByComparingTo("7000.50");
        assertThat(paid.json().get("refund").decimalValue()).isEqualByComparingTo("2000.50");
        assertThat(paid.json().get("outstanding").decimalValue()).isZero();
        recordPayment(applicationId);
        assertThat(status(applicationId)).isEqualTo("ACTIVE");
        assertThat(deposits.paidSoFar(applicationId)).isEqualByComparingTo("5000");
        var refund = refundTasks("PAY-MORE");
        assertThat(refund).hasSize(1);
        assertThat(refund.get(0).getDescription()).contains(applicationId, "2000.50", "退还");
        assertThat(taskService.getVariableLocal(refund.get(0).getId(), "refundAmount")).isEqualTo("2000.50");
    }

    @Test
    void aPaymentAfterWithdrawalIsRecordedAndRefundedInFull() {
        String applicationId = Registrations.register(port, "pay-late", "Pay Late Ltd", "OVERSEAS", "beauty", "");
        assertThat(Http.as(port, "pay-late", Registrations.PASSWORD)
                .postJson("/api/merchants/" + applicationId + "/withdrawal", "").status()).isEqualTo(202);

        var paid = pay(applicationId, "PAY-LATE", "5000");

        assertThat(paid.status()).isEqualTo(201);
        assertThat(paid.json().get("refund").decimalValue()).isEqualByComparingTo("5000");
        assertThat(paid.json().get("outstanding").decimalValue()).isZero();
        assertThat(ledgerRows("PAY-LATE")).isEqualTo(1);
        assertThat(deposits.paidSoFar(applicationId)).as("nothing counts towards a withdrawn deposit").isZero();
        assertThat(refundTasks("PAY-LATE")).singleElement()
                .satisfies(task -> assertThat(task.getDescription()).contains("withdrawn", "撤回"));
        assertThat(pay(applicationId, "PAY-LATE", "5000").status()).isEqualTo(200);
        assertThat(refundTasks("PAY-LATE")).as("a copy opens no second refund").hasSize(1);
    }

    @Test
    void aDepositPaidWithANewReferenceAndNoLedgerEntryCreditsNothing() {
        String applicationId = awaitingDeposit("pay-forged");
        assertThat(pay(applicationId, "PAY-FORGED-REAL", "1000").status()).isEqualTo(201);
        recordPayment(applicationId);

        var forged = Http.as(port, "admin", Http.DEMO_PASSWORD).postJson("/engine-rest/message",
                "{\"messageName\":\"DepositPaid\",\"businessKey\":\"" + applicationId + "\",\"processVariables\":{"
                        + "\"paymentReference\":{\"value\":\"PAY-FORGED-NEW\"},\"paidAmount\":{\"value\":4000}}}");

        // The engine takes the message; recording it finds no such payment in the ledger, on every try (an incident
        // for ops in the end), and credits nothing.
        assertThat(forged.status()).as(forged.body()).isEqualTo(204);
        assertThatThrownBy(() -> recordPayment(applicationId)).hasMessageContaining("paymentReference");
        assertThat(deposits.paidSoFar(applicationId)).isEqualByComparingTo("1000");
        assertThat(waitingForDeposit(applicationId)).isFalse();
        assertThat(status(applicationId)).isEqualTo("APPLYING");
    }
}
