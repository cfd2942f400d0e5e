package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.OnboardingTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A stranger's wrong passwords, on any door, hold back the stranger: never the account, never for good. */
@OnboardingTest
class LoginThrottleHttpTest {

    private static final String PASSWORD = "Throttle2026x";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void twelveWrongPasswordsFromAStrangerLockNobodyOutButTheStranger() throws Exception {
        String reviewer = "throttled-reviewer";
        var user = identityService.newUser(reviewer);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(reviewer, Groups.REVIEWERS);

        for (int i = 0; i < 12; i++) {
            String door = i % 2 == 0 ? "/engine-rest/task" : "/api/merchants/me/applications";
            assertThat(get(door, reviewer, "guess-" + i, "203.0.113.9")).isEqualTo(401);
        }

        // The stranger, even with the right password now, waits.
        assertThat(get("/engine-rest/task", reviewer, PASSWORD, "203.0.113.9")).isEqualTo(401);
        // The reviewer, from their own desk, works on: not locked for a while, and never for good (ENGINE-27002).
        assertThat(get("/engine-rest/task", reviewer, PASSWORD, "198.51.100.7")).isEqualTo(200);
        assertThat(get("/engine-rest/task", reviewer, PASSWORD, null)).isEqualTo(200);
        assertThat(identityService.checkPassword(reviewer, PASSWORD)).isTrue();
    }

    private int get(String path, String user, String password, String forwardedFor) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
