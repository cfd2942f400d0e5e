package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.StreamSupport;

/** A merchant working through the merchant API (/api/merchants/...), by session or Basic: never the engine. */
public final class MerchantApi {

    private final Http http;

    public MerchantApi(Http http) {
        this.http = http;
    }

    public static MerchantApi basic(int port, String username, String password) {
        return new MerchantApi(Http.as(port, username, password));
    }

    public static MerchantApi session(int port, String username, String password) {
        return new MerchantApi(Http.session(port, username, password));
    }

    public Http http() {
        return http;
    }

    /** The merchant's open tasks of this application (200 asserted). */
    public JsonNode tasks(String applicationId) {
        var tasks = http.get("/api/merchants/" + applicationId + "/tasks");
        assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
        return tasks.json();
    }

    /** The open task with this key; fails when there is none. */
    public JsonNode task(String applicationId, String key) {
        return StreamSupport.stream(tasks(applicationId).spliterator(), false)
                .filter(t -> key.equals(t.get("key").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("No open task " + key + " in " + tasks(applicationId)));
    }

    /** Completes a task with the engine's body, {"variables": {...}}; answers what the API said. */
    public Http.Response complete(String applicationId, String taskId, String body) {
        return http.postJson("/api/merchants/" + applicationId + "/tasks/" + taskId, body);
    }

    /** Completes the open task with this key and asserts 204. */
    public void completeTask(String applicationId, String key, String body) {
        var done = complete(applicationId, task(applicationId, key).get("taskId").asText(), body);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    public JsonNode status(String applicationId) {
        var status = http.get("/api/merchants/" + applicationId);
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        return status.json();
    }
}
