package com.platform.onboarding.process.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.Waits;
import com.platform.onboarding.process.QualificationFields;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Elements;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review file each review task carries (task-local {@code reviewFile}, JSON), read as a reviewer reads it through
 * the engine's API, along a durian onboarding with an issue, a change request and a second review, and a factory
 * onboarding; and that nowhere along them a variable is a Java object. The engine clock stands at noon in Shanghai on
 * {@link #DAY_ONE}, so that days left are exact.
 */
@OnboardingTest
class ReviewFileHttpTest {

    static final Instant NOON = Instant.parse("2026-06-01T04:00:00Z");
    static final LocalDate DAY_ONE = LocalDate.of(2026, 6, 1);
    static final String CREDIT_CODE = "91350100M000100Y43";
    static final byte[] PDF = "%PDF-1.4 licence".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @BeforeEach
    void clock() {
        ClockUtil.setCurrentTime(Date.from(NOON));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Http reviewer(String user) {
        return Http.as(port, user, Http.DEMO_PASSWORD);
    }

    private Task openTask(String applicationId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey(MerchantOnboarding.PROCESS_KEY).singleResult();
    }

    /** The file as the reviewer's browser gets it: the task's own variable, of type Json, as its JSON text. */
    private JsonNode reviewFile(Http reviewer, Task task) throws IOException {
        var variable = reviewer.get("/engine-rest/task/" + task.getId()
                + "/localVariables/reviewFile?deserializeValue=false");
        assertThat(variable.status()).as(variable.body()).isEqualTo(200);
        assertThat(variable.json().get("type").asText()).isEqualTo("Json");
        return Http.JSON.readTree(variable.json().get("value").asText());
    }

    private static Map<String, Object> qualification(String prefix, String number, String categories, LocalDate until,
            String filename, byte[] document) {
        var variables = new HashMap<String, Object>();
        variables.put(prefix + QualificationFields.HOLDER_NAME, "Review File Durian Ltd");
        variables.put(prefix + QualificationFields.NUMBER, number);
        variables.put(prefix + QualificationFields.CATEGORIES, categories);
        variables.put(prefix + QualificationFields.VALID_FROM, "2025-01-01");
        variables.put(prefix + QualificationFields.VALID_UNTIL, until.toString());
        if (document != null) {
            variables.put(prefix + QualificationFields.DOCUMENT, org.camunda.bpm.engine.variable.Variables.fileValue(filename)
                    .file(document).create());
        }
        return variables;
    }

    private void decide(Http reviewer, String user, Task task, String decision, String reason) {
        assertThat(reviewer.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + user + "\"}")
                .status()).isEqualTo(204);
        var done = reviewer.postJson("/engine-rest/task/" + task.getId() + "/complete", "{\"variables\":{"
                + "\"decision\":{\"value\":\"" + decision + "\"}"
                + (reason == null ? "" : ",\"decisionReason\":{\"value\":\"" + reason + "\"}") + "}}");
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    private void pay(String applicationId, int amount) {
        var paid = Http.as(port, "payments", Http.DEMO_PASSWORD).postJson("/api/payments", "{\"applicationId\":\""
                + applicationId + "\",\"paymentReference\":\"RF-" + applicationId + "\",\"amount\":" + amount
                + ",\"currency\":\"CNY\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        Waits.continuations(engine).runFor(applicationId);
    }

    @Test
    void aDurianReviewShowsTheFileTheCheckTheEarlierRoundsAndToTheSecondReviewerTheFirstApproval() throws IOException {
        String username = "rf-durian-" + UUID.randomUUID().toString().substring(0, 6);
        String applicationId = Registrations.register(port, username, "Review File Durian Ltd", "OVERSEAS",
                "food.fresh-fruit.durian", "HK,US");
        taskService.complete(openTask(applicationId).getId(), Map.of(Variables.AGREEMENT_ACCEPTED, true,
                Variables.COMMITTED_SHIPPING_DAYS, 7));
        // First the credit code is mistyped: the check sends it back, and that round is in the file.
        var upload = new HashMap<String, Object>(qualification("overseasEntity", "SG-FOOD-EXPORT-7", "food.fresh-fruit",
                DAY_ONE.plusDays(212), "licence.pdf", PDF));
        upload.putAll(qualification("domesticEntrusted", "91350100M000100Y44", "food", DAY_ONE.plusDays(30),
                "entrusted.png", PNG));
        taskService.complete(openTask(applicationId).getId(), upload);
        Waits.continuations(engine).runFor(applicationId);
        assertThat(openTask(applicationId).getTaskDefinitionKey()).isEqualTo(Elements.UPLOAD_QUALIFICATIONS);
        taskService.complete(openTask(applicationId).getId(), Map.of("domesticEntrustedNumber", CREDIT_CODE));
        Waits.continuations(engine).runFor(applicationId);

        var reviewer = reviewer("reviewer");
        var review = openTask(applicationId);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(Elements.REVIEW_QUALIFICATIONS);
        var file = reviewFile(reviewer, review);

        assertThat(file.get("applicationId").asText()).isEqualTo(applicationId);
        var merchant = file.get("merchant");
        assertThat(merchant.get("name").asText()).isEqualTo("Review File Durian Ltd");
        assertThat(merchant.get("entityType").asText()).isEqualTo("境外企业 / Overseas company");
        assertThat(merchant.get("category").asText()).isEqualTo("食品 › 新鲜水果 › 榴莲 / Food › Fresh fruit › Durian");
        assertThat(merchant.get("markets").asText()).isEqualTo("美国、中国香港 / United States, Hong Kong");
        assertThat(merchant.get("factoryProgramme").asText()).isEqualTo("未参加 / Not joined");
        var qualifications = file.get("qualifications");
        assertThat(qualifications).extracting(q -> q.get("name").asText(), q -> q.get("number").asText(),
                q -> q.get("daysLeft").asLong(), q -> q.get("documentUrl").asText()).containsExactly(
                tuple("境外主体资质 / Overseas-entity qualification", "SG-FOOD-EXPORT-7", 212L,
                        "/api/merchants/" + applicationId + "/documents/overseasEntityDocument"),
                tuple("境内委托企业资质 / Domestic entrusted enterprise's qualification", CREDIT_CODE, 30L,
                        "/api/merchants/" + applicationId + "/documents/domesticEntrustedDocument"));
        assertThat(qualifications.get(0).get("categories").asText()).isEqualTo("新鲜水果 / Fresh fruit");
        assertThat(qualifications.get(1).get("validUntil").asText()).isEqualTo(DAY_ONE.plusDays(30).toString());
        assertThat(file.get("findings")).extracting(f -> f.get("rule").asText() + " · " + f.get("qualification").asText()
                + " · " + f.get("passed").asBoolean() + " · " + f.get("detail").asText())
                .contains("有效期 / Validity · 境外主体资质 / Overseas-entity qualification · true · 剩余 212 天 ≥ 30 / 212 days left ≥ 30",
                        "有效期 / Validity · 境内委托企业资质 / Domestic entrusted enterprise's qualification · true · 剩余 30 天 ≥ 30 / 30 days left ≥ 30",
                        "类目覆盖 / Category coverage · 境外主体资质 / Overseas-entity qualification · true · 类目覆盖：新鲜水果 / category covered by: Fresh fruit",
                        "信用代码 / Credit code · 境内委托企业资质 / Domestic entrusted enterprise's qualification · true · 信用代码校验通过 / credit code valid");
        assertThat(file.get("rounds")).hasSize(1);
        var check = file.get("rounds").get(0);
        assertThat(check.get("task").asText()).isEqualTo("自动检查 / Automated check");
        assertThat(check.get("issues").asText()).contains("91350100M000100Y44");
        assertThat(file.get("firstApproval").isNull()).isTrue();
        assertThat(file.get("factory").isNull()).isTrue();

        // Taken a day later: the file is counted again on the day the reviewer takes it.
        ClockUtil.setCurrentTime(Date.from(NOON.plus(1, ChronoUnit.DAYS)));
        assertThat(reviewer.postJson("/engine-rest/task/" + review.getId() + "/claim", "{\"userId\":\"reviewer\"}")
                .status()).isEqualTo(204);
        var claimed = reviewFile(reviewer, review);
        assertThat(claimed.get("qualifications")).extracting(q -> q.get("daysLeft").asLong()).containsExactly(211L, 29L);
        assertThat(claimed.get("findings")).extracting(f -> f.get("detail").asText() + " · " + f.get("passed").asBoolean())
                .contains("剩余 29 天 < 30 / 29 days left < 30 · false");
        var refused = reviewer.putJson("/engine-rest/task/" + review.getId() + "/localVariables/reviewFile",
                "{\"value\":\"{}\",\"type\":\"Json\"}");
        assertThat(refused.status()).as("the file is ours to write").isEqualTo(400);
        assertThat(reviewer.postJson("/engine-rest/task/" + review.getId() + "/complete", "{\"variables\":{"
                + "\"decision\":{\"value\":\"REQUEST_CHANGES\"},\"decisionReason\":{\"value\":\"委托资质下月到期 / renew the entrusted licence\"},"
                + "\"reviewFile\":{\"value\":\"{\\\"forged\\\":true}\",\"type\":\"Json\"}}}").status())
                .as("a form that hands the file back still completes").isEqualTo(204);
        assertThat(runtimeService.createVariableInstanceQuery().variableName("reviewFile")
                .processInstanceIdIn(review.getProcessInstanceId()).list()).as("and writes nothing back").isEmpty();

        taskService.complete(openTask(applicationId).getId(), Map.of("domesticEntrustedValidUntil",
                DAY_ONE.plusDays(400).toString()));
        Waits.continuations(engine).runFor(applicationId);
        decide(reviewer, "reviewer", openTask(applicationId), "APPROVE", "单据齐全 / complete");

        var second = openTask(applicationId);
        assertThat(second.getTaskDefinitionKey()).isEqualTo(Elements.SECOND_REVIEW_QUALIFICATIONS);
        var reviewer2 = reviewer("reviewer2");
        var secondFile = reviewFile(reviewer2, second);
        assertThat(secondFile.get("rounds")).extracting(r -> r.get("task").asText(), r -> r.get("decision").asText(),
                r -> r.get("by").asText(), r -> r.get("reason").asText()).containsSubsequence(
                tuple("资质审核 / Qualification review", "退回修改 / Changes requested", "reviewer",
                        "委托资质下月到期 / renew the entrusted licence"),
                tuple("资质审核 / Qualification review", "通过 / Approved", "reviewer", "单据齐全 / complete"));
        assertThat(secondFile.get("rounds")).allSatisfy(r -> assertThat(r.get("at").asText())
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
        assertThat(secondFile.get("firstApproval").get("by").asText()).isEqualTo("reviewer");
        assertThat(secondFile.get("firstApproval").get("note").asText()).isEqualTo("单据齐全 / complete");
        assertThat(secondFile.get("qualifications").get(1).get("daysLeft").asLong()).isEqualTo(399);
        decide(reviewer2, "reviewer2", second, "APPROVE", null);

        assertNoJavaObjects(applicationId);
        pay(applicationId, 20000);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey(MerchantOnboarding.PROCESS_KEY).finished().count()).isEqualTo(1);
        assertNoJavaObjects(applicationId);
    }

    @Test
    void aFactoryReviewShowsTheAuditAndTheReasonForEachCriterionOfTheSuggestedTier() throws IOException {
        String username = "rf-factory-" + UUID.randomUUID().toString().substring(0, 6);
        var registration = Http.anonymous(port).postJson("/api/registrations", Map.of("username", username,
                "password", Registrations.PASSWORD, "merchantName", "Review File Garments", "contactEmail",
                username + "@example.com", "entityType", "DOMESTIC", "category", "apparel.womenswear",
                "overseasMarkets", "", "factoryProgram", true));
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        String applicationId = registration.json().get("applicationId").asText();
        taskService.complete(openTask(applicationId).getId(), qualification("businessLicense", CREDIT_CODE, "apparel",
                DAY_ONE.plusDays(400), "licence.pdf", PDF));
        Waits.continuations(engine).runFor(applicationId);
        var reviewer = reviewer("reviewer");
        decide(reviewer, "reviewer", openTask(applicationId), "APPROVE", null);

        // One employee short of tier A, as a well-known domestic brand's maker, its audit 214 days old.
        var audit = new HashMap<>(MerchantOnboardingProcessTest.tierAFactory(DAY_ONE.minusDays(214), false));
        audit.put(Variables.HEADCOUNT, 299L);
        audit.put(Variables.OEM_BRAND_LEVEL, "DOMESTIC_KNOWN");
        taskService.complete(openTask(applicationId).getId(), audit);
        Waits.continuations(engine).runFor(applicationId);

        var review = openTask(applicationId);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(Elements.REVIEW_FACTORY);
        var file = reviewFile(reviewer, review);
        assertThat(file.get("merchant").get("factoryProgramme").asText()).isEqualTo("参加 / Joined");
        assertThat(file.get("auditPackUrl").asText()).isEqualTo("/api/merchants/" + applicationId + "/audit-pack");
        assertThat(file.get("merchant").get("markets").asText()).isEqualTo("—");
        assertThat(file.get("rounds")).extracting(r -> r.get("decision").asText() + " · " + r.get("by").asText())
                .containsExactly("通过 / Approved · reviewer");
        var factory = file.get("factory");
        assertThat(factory.get("issuer").asText()).isEqualTo("SGS");
        assertThat(factory.get("auditDate").asText()).isEqualTo(DAY_ONE.minusDays(214).toString());
        assertThat(factory.get("ageDays").asLong()).isEqualTo(214);
        assertThat(factory.get("facts")).extracting(f -> f.get("fact").asText() + " = " + f.get("value").asText())
                .contains("员工人数 / Employees = 299", "成立年限 / Years in operation = 5",
                        "代工品牌等级 / Brands made for = 国内知名 / well-known domestic brands");
        assertThat(factory.get("suggestedTier").asText()).isEqualTo("B级 工匠精选工厂 / Tier B, craft-select factory");
        assertThat(factory.get("reasons")).extracting(r -> r.get("criterion").asText(), r -> r.get("met").asBoolean(),
                r -> r.get("detail").asText()).contains(
                tuple("员工人数 / Employees", false, "299 < 300 人 / 299 < 300 staff"),
                tuple("厂房面积 / Plant area", true, "8,000 ≥ 8,000 平方米 / 8,000 ≥ 8,000 m²"),
                tuple("新材料/黑科技 / New-material technology", false,
                        "无新材料/黑科技：B级工匠精选工厂 / no new-material technology: tier B craft-select factory"));
        assertThat(file.get("firstApproval").isNull()).isTrue();

        // Through Tasklist, as its Camunda Form does: the file comes as Json text, and goes back with the submission.
        var tasklist = Http.webappSession(port, "reviewer", Http.DEMO_PASSWORD, "tasklist");
        String api = "/camunda/api/engine/engine/default/task/" + review.getId();
        var formVariables = tasklist.get(api + "/form-variables?deserializeValues=false");
        assertThat(formVariables.status()).isEqualTo(200);
        assertThat(formVariables.json().get("reviewFile").get("type").asText()).isEqualTo("Json");
        assertThat(Http.JSON.readTree(formVariables.json().get("reviewFile").get("value").asText()).get("factory")
                .get("ageDays").asLong()).isEqualTo(214);
        assertThat(tasklist.postJson(api + "/claim", "{\"userId\":\"reviewer\"}").status()).isEqualTo(204);
        var submitted = tasklist.postJson(api + "/submit-form", "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},"
                + "\"reviewFile\":{\"type\":\"Json\",\"value\":" + Http.JSON.writeValueAsString(
                formVariables.json().get("reviewFile").get("value").asText()) + "}}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
        assertNoJavaObjects(applicationId);
        pay(applicationId, 3000);
        assertNoJavaObjects(applicationId);
    }

    /**
     * No value a person may look at (Cockpit, a form) is a Java object: runtime and history, process and task-local,
     * every update history kept, of every process about this application.
     */
    private void assertNoJavaObjects(String applicationId) {
        var instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .list().stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        assertThat(instances).isNotEmpty();
        var found = new ArrayList<String>();
        runtimeService.createVariableInstanceQuery().processInstanceIdIn(instances).disableCustomObjectDeserialization()
                .disableBinaryFetching().list().forEach(v -> judge(found, "runtime " + v.getName(), v.getTypeName(),
                        v.getTypedValue()));
        historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instances)
                .disableCustomObjectDeserialization().disableBinaryFetching().list()
                .forEach(v -> judge(found, "history " + v.getName(), v.getTypeName(), v.getTypedValue()));
        for (String instance : instances) {
            historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
                    .disableCustomObjectDeserialization().disableBinaryFetching().list().stream()
                    .map(HistoricVariableUpdate.class::cast)
                    .forEach(u -> judge(found, "update of " + u.getVariableName(), u.getTypeName(), u.getTypedValue()));
        }
        assertThat(found).as("variables stored as Java objects").isEmpty();
    }

    private static void judge(List<String> found, String what, String typeName, TypedValue value) {
        String format = value instanceof SerializableValue serializable ? serializable.getSerializationDataFormat() : null;
        if ("object".equals(typeName) || value instanceof ObjectValue
                || "application/x-java-serialized-object".equals(format)) {
            found.add(what + " (" + typeName + ", " + format + ")");
        }
    }
}
