package com.platform.onboarding.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.platform.onboarding.Http;
import com.platform.onboarding.Waits;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The two journeys the benchmarks hold against each other, each fourteen HTTP calls (more when a wait reads again):
 * <ul>
 * <li>ours: an overseas durian merchant registers, signs, uploads two PDF qualifications and reads the status until
 * the check has run, two reviewers claim and approve (four eyes), the payment system reports the payment (POST
 * /api/payments), the merchant reads the status until the store is ACTIVE. On the way the real models run every
 * check, screening and decision, and start three e-mail deliveries and two expiry watches;</li>
 * <li>the floor: the engine alone, a no-op model with the same waits (four user tasks, one message), the same number of
 * asynchronous jobs (five: two it waits for, like ours, and three like our e-mails) and of variables, through the
 * same engine REST calls by a user without admin rights.</li>
 * </ul>
 */
final class Journeys {

    static final String FLOOR_KEY = "bench-floor";
    static final String FLOOR_MESSAGE = "FloorPaid";
    /** E-mails one onboarding of ours sends: registration received, deposit due, store activated. */
    static final int MAILS_PER_ONBOARDING = 3;
    private static final String MERCHANT_PASSWORD = "Durian2026x";

    private Journeys() {}

    /** Bench merchants share a password; the demo staff's password is their name (security/DemoStaff). */
    static String password(String user) {
        return user.startsWith("bench-") ? MERCHANT_PASSWORD : Http.DEMO_PASSWORD;
    }

    /**
     * Ours, to an active store; returns the application id. The check after the upload and the payment's recording
     * run in jobs after their call was answered: the merchant polls the status, as the portal does, and {@code jobs}
     * runs what is due where no job executor does (StatementsPerOnboardingBenchmark).
     */
    static String onboard(Calls.Client client, String username, Waits.Jobs jobs) {
        var registration = client.call("start", null, "POST", "/api/registrations", """
                {"username":"%s","password":"%s","merchantName":"%s Ltd","contactEmail":"%s@example.com",
                 "entityType":"OVERSEAS","category":"food.fresh-fruit.durian","overseasMarkets":"US,HK",
                 "factoryProgram":false}""".formatted(username, MERCHANT_PASSWORD, username, username), 201);
        String applicationId = registration.get("applicationId").asText();
        merchantTask(client, username, applicationId,
                "{\"variables\":{\"agreementAccepted\":{\"value\":true},\"committedShippingDays\":{\"value\":7}}}");
        merchantTask(client, username, applicationId, QUALIFICATIONS);
        String status = "/api/merchants/" + applicationId;
        var checked = await(jobs, applicationId, () -> client.call("query", username, "GET", status, null, 200),
                seen -> !seen.hasNonNull("checking"));
        if (!checked.get("issues").isEmpty()) {
            throw new Calls.Unexpected(applicationId + " has issues " + checked.get("issues"));
        }
        review(client, "reviewer", applicationId);
        review(client, "reviewer2", applicationId);
        // Counted as "message", the floor's kind: the payments API records the payment and correlates DepositPaid.
        client.call("message", "payments", "POST", "/api/payments", """
                {"applicationId":"%s","paymentReference":"P-%s","amount":20000,"currency":"CNY"}"""
                .formatted(applicationId, username), 201);
        await(jobs, applicationId, () -> client.call("query", username, "GET", status, null, 200),
                seen -> "ACTIVE".equals(seen.get("status").asText()));
        return applicationId;
    }

    /** A wait that outlasts its patience is an error of this journey, not of the run. */
    private static JsonNode await(Waits.Jobs jobs, String key, Supplier<JsonNode> read, Predicate<JsonNode> done) {
        try {
            return Waits.until(jobs, key, read, done);
        } catch (Waits.TimedOut late) {
            throw new Calls.Unexpected(late.getMessage());
        }
    }

    private static void review(Calls.Client client, String reviewer, String applicationId) {
        String task = firstTask(client, reviewer, "{\"processInstanceBusinessKey\":\"" + applicationId + "\"}");
        client.call("claim", reviewer, "POST", "/engine-rest/task/" + task + "/claim",
                "{\"userId\":\"" + reviewer + "\"}", 204);
        complete(client, reviewer, task, "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}");
    }

    /** Who drives the floor: a plain user, so that the engine checks rights on every call as it does for ours. */
    static final String FLOOR_USER = "bench-floor";

    /**
     * Creates the floor's user with rights on every process definition, instance and task (resource types 6, 8
     * and 7; granted on "*", so the engine still checks them in every query), as an administrator would.
     */
    static void createFloorUser(Http admin) {
        expect(admin.postJson("/engine-rest/user/create", """
                {"profile":{"id":"%s","firstName":"Floor","lastName":"Bench","email":"floor@bench.example"},
                 "credentials":{"password":"%s"}}""".formatted(FLOOR_USER, MERCHANT_PASSWORD)), 204);
        for (int resourceType : new int[] {6, 7, 8}) {
            expect(admin.postJson("/engine-rest/authorization/create", """
                    {"type":1,"permissions":["ALL"],"userId":"%s","resourceType":%d,"resourceId":"*"}"""
                    .formatted(FLOOR_USER, resourceType)), 200);
        }
    }

    private static void expect(Http.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException(response.status() + ": " + response.body());
        }
    }

    /** The floor, as {@link #FLOOR_USER}; it waits for its two jobs as ours waits for the check and the payment. */
    static void floor(Calls.Client client, String businessKey, int variables, Waits.Jobs jobs) {
        String user = FLOOR_USER;
        var body = JsonNodeFactory.instance.objectNode().put("businessKey", businessKey);
        ObjectNode vars = body.putObject("variables");
        vars.putObject("assignee").put("value", user);
        for (int i = 1; i < variables; i++) {
            vars.putObject("v" + i).put("value", "value " + i);
        }
        String instance = client.call("start", user, "POST", "/engine-rest/process-definition/key/" + FLOOR_KEY
                + "/start", body.toString(), 200).get("id").asText();
        String byKey = "{\"processInstanceBusinessKey\":\"" + businessKey + "\"}";
        complete(client, user, firstTask(client, user, byKey), "{}");
        complete(client, user, firstTask(client, user, byKey), "{}");
        awaitFloorJob(client, businessKey, instance, "check", jobs);
        for (int review = 0; review < 2; review++) {
            String task = firstTask(client, user, byKey);
            client.call("claim", user, "POST", "/engine-rest/task/" + task + "/claim",
                    "{\"userId\":\"" + user + "\"}", 204);
            complete(client, user, task, "{}");
        }
        client.call("message", user, "POST", "/engine-rest/message",
                "{\"messageName\":\"" + FLOOR_MESSAGE + "\",\"businessKey\":\"" + businessKey + "\"}", 204);
        awaitFloorJob(client, businessKey, instance, "record", jobs);
    }

    /** The floor's status: its job at this step, until it has run. */
    private static void awaitFloorJob(Calls.Client client, String businessKey, String instance, String activity,
            Waits.Jobs jobs) {
        String job = "/engine-rest/job?processInstanceId=" + instance + "&activityId=" + activity;
        await(jobs, businessKey, () -> client.call("query", FLOOR_USER, "GET", job, null, 200), JsonNode::isEmpty);
    }

    /**
     * Four user tasks and a message in a row, our path's waits, with a job after the second task and after the message
     * (our check and the payment's recording); then three asynchronous no-op steps, our e-mails.
     */
    static BpmnModelInstance floorModel() {
        return Bpmn.createExecutableProcess(FLOOR_KEY).camundaHistoryTimeToLive(1).startEvent("started")
                .userTask("task-1").camundaAssignee("${assignee}")
                .userTask("task-2").camundaAssignee("${assignee}")
                .serviceTask("check").camundaAsyncBefore().camundaExpression("${true}")
                .userTask("task-3").camundaCandidateGroups("reviewers")
                .userTask("task-4").camundaCandidateGroups("reviewers")
                .intermediateCatchEvent("paid").message(FLOOR_MESSAGE)
                .serviceTask("record").camundaAsyncBefore().camundaExpression("${true}")
                .serviceTask("job-1").camundaAsyncBefore().camundaExpression("${true}")
                .serviceTask("job-2").camundaAsyncBefore().camundaExpression("${true}")
                .serviceTask("job-3").camundaAsyncBefore().camundaExpression("${true}")
                .endEvent("ended").done();
    }

    private static String firstTask(Calls.Client client, String user, String query) {
        JsonNode tasks = client.call("query", user, "POST", "/engine-rest/task", query, 200);
        if (tasks.isEmpty()) {
            throw new Calls.Unexpected(user + " has no task for " + query);
        }
        return tasks.get(0).get("id").asText();
    }

    /** The merchant's open task, done through the merchant API: what the portal and merchants' scripts call. */
    private static void merchantTask(Calls.Client client, String merchant, String applicationId, String body) {
        JsonNode tasks = client.call("query", merchant, "GET", "/api/merchants/" + applicationId + "/tasks", null, 200);
        if (tasks.isEmpty()) {
            throw new Calls.Unexpected(merchant + " has no task in " + applicationId);
        }
        client.call("complete", merchant, "POST", "/api/merchants/" + applicationId + "/tasks/"
                + tasks.get(0).get("taskId").asText(), body, 204);
    }

    private static void complete(Calls.Client client, String user, String task, String body) {
        client.call("complete", user, "POST", "/engine-rest/task/" + task + "/complete", body, 204);
    }

    /** Two PDF qualifications valid for a year: the upload form's variables. */
    static final String QUALIFICATIONS = qualifications();

    private static String qualifications() {
        String until = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(365).toString();
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 licence".getBytes(StandardCharsets.US_ASCII));
        var body = JsonNodeFactory.instance.objectNode();
        var vars = body.putObject("variables");
        for (String[] q : new String[][] {{"overseasEntity", "SG-FOOD-EXPORT-7"}, {"domesticEntrusted", "91350100M000100Y43"}}) {
            vars.putObject(q[0] + "HolderName").put("value", "Bench Ltd");
            vars.putObject(q[0] + "Number").put("value", q[1]);
            vars.putObject(q[0] + "Categories").put("value", "food");
            vars.putObject(q[0] + "ValidFrom").put("value", "2025-01-01");
            vars.putObject(q[0] + "ValidUntil").put("value", until);
            var document = vars.putObject(q[0] + "Document").put("value", pdf).put("type", "File");
            document.putObject("valueInfo").put("filename", q[0] + ".pdf").put("mimeType", "application/pdf");
        }
        return body.toString();
    }
}
