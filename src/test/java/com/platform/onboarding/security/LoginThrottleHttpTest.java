package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Smtp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A stranger's wrong passwords, on any door, hold back the stranger: never the account, never for good. Guesses at one
 * account from everywhere hold it for a while, and ops get one e-mail for the hold, by the product's own mail.
 */
@OnboardingTest
class LoginThrottleHttpTest {

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    private static final String PASSWORD = "Throttle2026x";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void twelveWrongPasswordsFromAStrangerLockNobodyOutButTheStranger() throws Exception {
        String reviewer = reviewer("throttled-reviewer");

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

    @Test
    void anAccountHeldAfterGuessesFromManyAddressesIsToldToOpsOnce() throws Exception {
        String user = reviewer("held-reviewer");

        // 50 failures for one user (the default) from 50 addresses, then more while the account is held.
        for (int i = 0; i < 60; i++) {
            assertThat(get("/engine-rest/task", user, "guess-" + i, "203.0.113." + (i + 1))).isEqualTo(401);
        }
        assertThat(get("/engine-rest/task", user, PASSWORD, "198.51.100.7")).as("held, even with the right password")
                .isEqualTo(401);

        var alerts = jdbc.sql("select id from notification where event = 'ACCOUNT_HELD' and body like ?")
                .param("%'" + user + "'%").query(String.class).list();
        assertThat(alerts).as("one alert for the hold").hasSize(1);
        deliver(alerts.get(0));
        deliver(alerts.get(0));

        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ops@merchant-onboarding.invalid");
        assertThat(received[0].getSubject()).contains("账户登录已暂停", "An account is held");
        assertThat(GreenMailUtil.getBody(received[0])).contains(user);
    }

    private String reviewer(String id) {
        var user = identityService.newUser(id);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, Groups.REVIEWERS);
        return id;
    }

    private void deliver(String notificationId) {
        var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("notification-delivery")
                .variableValueEquals("notificationId", notificationId).singleResult();
        if (instance != null) {
            managementService.createJobQuery().processInstanceId(instance.getId()).list()
                    .forEach(job -> managementService.executeJob(job.getId()));
        }
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
