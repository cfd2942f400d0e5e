package com.platform.onboarding.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.ExpressionProbe;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.security.Groups;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every way a staff user could hand the engine an expression; the probe bean proves none was evaluated. */
@OnboardingTest
class QueryExpressionHttpTest {

    static final String PROBE = "${expressionProbe.touch()}";

    @LocalServerPort
    int port;
    @Autowired
    ExpressionProbe probe;
    @Autowired
    FilterService filterService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;

    Http caller;
    String username;

    /** Only staff reach the engine; a reviewer of their own, so that their task lists are known to be empty. */
    @BeforeEach
    void aReviewer() {
        username = "expr-" + Long.toString(System.nanoTime(), 36);
        var user = identityService.newUser(username);
        user.setPassword("Durian2026x");
        identityService.saveUser(user);
        identityService.createMembership(username, Groups.REVIEWERS);
        caller = Http.as(port, username, "Durian2026x");
    }

    @Test
    void anAdHocTaskQueryWithAnExpressionIsRefused() {
        assertRefusedUnevaluated(caller.postJson("/engine-rest/task", "{\"assigneeExpression\":\"" + PROBE + "\"}"));
        assertRefusedUnevaluated(caller.get("/engine-rest/task?assigneeExpression=" + Http.encode(PROBE)));
        assertRefusedUnevaluated(caller.postJson("/engine-rest/task/count", "{\"dueBeforeExpression\":\"" + PROBE + "\"}"));
    }

    @Test
    void anExpressionInsideOrQueriesIsRefused() {
        // The engine's own ad-hoc check does not look inside orQueries: this one would be evaluated without the guard.
        assertRefusedUnevaluated(caller.postJson("/engine-rest/task",
                "{\"orQueries\":[{\"candidateGroupsExpression\":\"" + PROBE + "\"}]}"));
    }

    @Test
    void anExpressionInAFiltersExtendingQueryIsRefused() {
        String myTasks = filterService.createFilterQuery().filterName(RoleAuthorizations.MY_TASKS).singleResult().getId();

        assertRefusedUnevaluated(caller.postJson("/engine-rest/filter/" + myTasks + "/list",
                "{\"assigneeExpression\":\"" + PROBE + "\"}"));
        assertRefusedUnevaluated(caller.postJson("/engine-rest/filter/" + myTasks + "/count",
                "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}"));
        var plain = caller.postJson("/engine-rest/filter/" + myTasks + "/list", "{}");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.json().isArray()).isTrue();
        assertThat(plain.json()).isEmpty();
    }

    @Test
    void noContentTypeAWildcardOrAForeignCharsetDoesNotSlipAnExpressionPast() {
        String myTasks = filterService.createFilterQuery().filterName(RoleAuthorizations.MY_TASKS).singleResult().getId();
        byte[] query = ("{\"assigneeExpression\":\"" + PROBE + "\"}").getBytes(StandardCharsets.UTF_8);
        String list = "/engine-rest/filter/" + myTasks + "/list";

        assertRefusedUnevaluated(caller.post(list, null, query));
        assertRefusedUnevaluated(caller.post(list, "*/*", query));
        assertRefusedUnevaluated(caller.post(list, "application/*", query));
        var foreign = caller.post(list, "application/json;charset=IBM037",
                ("{\"assigneeExpression\":\"" + PROBE + "\"}").getBytes(Charset.forName("IBM037")));
        assertThat(foreign.status()).isEqualTo(415);
        var broken = caller.post(list, null, "{\"assigneeExpression\":".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(probe.calls()).isZero();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[QueryExpressionGuard.MAX_BODY_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');

        assertThat(caller.post("/engine-rest/task", "application/json", huge).status()).isEqualTo(413);
        assertThat(Http.anonymous(port).post("/engine-rest/task", "application/json", huge).status()).isEqualTo(401);
    }

    @Test
    void tasklistsOwnEngineApiRefusesExpressionsToo() {
        var session = Http.webappSession(port, username, "Durian2026x", "tasklist");
        assertThat(session.loginStatus()).isEqualTo(200);

        assertRefusedUnevaluated(session.postJson("/camunda/api/engine/engine/default/task",
                "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}"));
        var plain = session.postJson("/camunda/api/engine/engine/default/task", "{\"assignee\":\"" + username + "\"}");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.json().isArray()).isTrue();
        assertThat(plain.json()).isEmpty();
    }

    @Test
    void reviewersCannotStoreAFilterDeployOrStartAProcess() {
        long filters = filterService.createFilterQuery().count();
        long deployments = repositoryService.createDeploymentQuery().count();

        var filter = caller.postJson("/engine-rest/filter/create",
                "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{\"assigneeExpression\":\"" + PROBE + "\"}}");
        var start = caller.postJson("/engine-rest/process-definition/key/merchant-onboarding/start", "{}");
        var deploy = caller.postJson("/engine-rest/deployment/create", "{}");

        assertThat(filter.status()).isEqualTo(403);
        assertThat(start.status()).isEqualTo(403);
        assertThat(deploy.status()).isIn(400, 403, 415);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(probe.calls()).isZero();
    }

    private void assertRefusedUnevaluated(Http.Response response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Expression");
        assertThat(probe.calls()).isZero();
    }
}
