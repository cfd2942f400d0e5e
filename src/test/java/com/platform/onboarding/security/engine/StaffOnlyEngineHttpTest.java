package com.platform.onboarding.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.security.Groups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Merchants and the payment system have their own doors; the engine, its REST API and its web apps refuse them by
 * who they are, whatever they ask for. Each attack seen on the raw engine is tried again here.
 */
@OnboardingTest
class StaffOnlyEngineHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    RoleAuthorizations roleAuthorizations;

    String merchant;
    String job;

    @BeforeEach
    void aMerchantWithATaskAndItsDeadline() {
        merchant = "outsider-" + Long.toString(System.nanoTime(), 36);
        Registrations.register(port, merchant, "Outsider Ltd", "DOMESTIC", "beauty", "");
        String instance = taskService.createTaskQuery().taskAssignee(merchant).singleResult().getProcessInstanceId();
        job = managementService.createJobQuery().processInstanceId(instance).list().get(0).getId();
    }

    @ParameterizedTest(name = "{0} is refused the engine API")
    @CsvSource({"merchant", "payments"})
    void theEngineApiRefusesThemWhateverTheyAskFor(String who) {
        String user = who.equals("merchant") ? merchant : "payments";
        var caller = Http.as(port, user, who.equals("merchant") ? Registrations.PASSWORD : Http.DEMO_PASSWORD);
        var dueDate = managementService.createJobQuery().jobId(job).singleResult().getDuedate();

        List<Http.Response> attempts = List.of(
                caller.get("/engine-rest/task"),
                caller.get("/engine-rest/job"),
                caller.delete("/engine-rest/job/" + job),
                caller.putJson("/engine-rest/job/" + job + "/retries", "{\"retries\":0}"),
                caller.putJson("/engine-rest/job/" + job + "/duedate", "{\"duedate\":\"2030-01-01T00:00:00.000+0000\"}"),
                caller.putJson("/engine-rest/job/" + job + "/suspended", "{\"suspended\":true}"),
                caller.get("/engine-rest/process-definition/statistics"),
                caller.get("/engine-rest/metrics/activity-instance-start/sum"),
                caller.putJson("/engine-rest/user/" + user + "/credentials",
                        "{\"password\":\"a\",\"authenticatedUserPassword\":\"" + (who.equals("merchant")
                                ? Registrations.PASSWORD : Http.DEMO_PASSWORD) + "\"}"),
                caller.postJson("/engine-rest/message", "{\"messageName\":\"MerchantWithdrawal\",\"businessKey\":\"x\"}"),
                caller.get("/camunda/api/engine/engine/default/task"));

        for (var attempt : attempts) {
            assertThat(attempt.status()).as(attempt.body()).isIn(401, 403);
            assertThat(attempt.body()).doesNotContain("ENGINE-").doesNotContain(job + "\"");
        }
        assertThat(attempts.get(0).json().get("detail").asText()).contains("merchant portal", "商家中心");
        var after = managementService.createJobQuery().jobId(job).singleResult();
        assertThat(after).isNotNull();
        assertThat(after.getRetries()).isEqualTo(3);
        assertThat(after.isSuspended()).isFalse();
        assertThat(after.getDuedate()).isEqualTo(dueDate);
        assertThat(identityService.checkPassword(user,
                who.equals("merchant") ? Registrations.PASSWORD : Http.DEMO_PASSWORD)).isTrue();
    }

    @ParameterizedTest(name = "{0} cannot log into {1}")
    @CsvSource({"merchant, welcome", "merchant, tasklist", "merchant, cockpit", "merchant, admin",
            "payments, welcome", "payments, tasklist", "payments, cockpit", "payments, admin"})
    void noWebAppLetsThemIn(String who, String app) {
        String user = who.equals("merchant") ? merchant : "payments";
        var session = Http.webappSession(port, user, who.equals("merchant") ? Registrations.PASSWORD : Http.DEMO_PASSWORD, app);

        assertThat(session.loginStatus()).isEqualTo(403);
        assertThat(session.get("/camunda/api/engine/engine/default/task").status()).isIn(401, 403);
    }

    @Test
    void aWrongPasswordIsTheLoginsOwn401NotAHintThatTheUserIsAMerchant() {
        // The merchant's own throwaway user: wrong passwords count towards the engine's permanent lockout.
        assertThat(Http.webappSession(port, merchant, "wrong-password", "tasklist").loginStatus()).isEqualTo(401);
    }

    @Test
    void staffKeepTheirDoors() {
        assertThat(Http.as(port, "reviewer", Http.DEMO_PASSWORD).get("/engine-rest/task").status()).isEqualTo(200);
        assertThat(Http.webappSession(port, "ops", Http.DEMO_PASSWORD, "cockpit").loginStatus()).isEqualTo(200);
    }

    @Test
    void aMerchantHoldsNoEngineRightsAndWhatOlderVersionsGrantedGoesAtStart() {
        assertThat(authorizationService.createAuthorizationQuery().userIdIn(merchant).count()).isZero();
        var old = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        old.setUserId(merchant);
        old.setResource(Resources.USER);
        old.setResourceId(merchant);
        old.addPermission(Permissions.UPDATE);
        authorizationService.saveAuthorization(old);
        var groupGrant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        groupGrant.setGroupId(Groups.MERCHANTS);
        groupGrant.setResource(Resources.APPLICATION);
        groupGrant.setResourceId("tasklist");
        groupGrant.addPermission(Permissions.ACCESS);
        authorizationService.saveAuthorization(groupGrant);

        roleAuthorizations.run(null);

        assertThat(authorizationService.createAuthorizationQuery().userIdIn(merchant).count()).isZero();
        assertThat(authorizationService.createAuthorizationQuery().userIdIn("payments").count()).isZero();
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Groups.MERCHANTS, Groups.PAYMENTS).count())
                .isZero();
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Groups.REVIEWERS).count()).isPositive();
    }
}
