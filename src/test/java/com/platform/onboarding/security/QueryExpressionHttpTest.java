package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.ExpressionProbe;
import com.platform.onboarding.Http;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.OnboardingTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every way a merchant could hand the engine an expression; the probe bean proves none was evaluated. */
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

    Http merchant;
    String username;

    @BeforeEach
    void aMerchant() {
        username = "expr-" + Long.toString(System.nanoTime(), 36);
        Registrations.register(port, username, "Expr Ltd", "DOMESTIC", "beauty", "");
        merchant = Http.as(port, username, "Durian2026x");
    }

    @Test
    void anAdHocTaskQueryWithAnExpressionIsRefused() {
        assertRefusedUnevaluated(merchant.postJson("/engine-rest/task", "{\"assigneeExpression\":\"" + PROBE + "\"}"));
        assertRefusedUnevaluated(merchant.get("/engine-rest/task?assigneeExpression=" + Http.encode(PROBE)));
        assertRefusedUnevaluated(merchant.postJson("/engine-rest/task/count", "{\"dueBeforeExpression\":\"" + PROBE + "\"}"));
    }

    @Test
    void anExpressionInsideOrQueriesIsRefused() {
        // The engine's own ad-hoc check does not look inside orQueries: this one would be evaluated without the guard.
        assertRefusedUnevaluated(merchant.postJson("/engine-rest/task",
                "{\"orQueries\":[{\"candidateGroupsExpression\":\"" + PROBE + "\"}]}"));
    }

    @Test
    void anExpressionInAFiltersExtendingQueryIsRefused() {
        String myTasks = filterService.createFilterQuery().filterName(RoleAuthorizations.MY_TASKS).singleResult().getId();

        assertRefusedUnevaluated(merchant.postJson("/engine-rest/filter/" + myTasks + "/list",
                "{\"assigneeExpression\":\"" + PROBE + "\"}"));
        assertRefusedUnevaluated(merchant.postJson("/engine-rest/filter/" + myTasks + "/count",
                "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}"));
        var plain = merchant.postJson("/engine-rest/filter/" + myTasks + "/list", "{}");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.json().isArray()).isTrue();
        assertThat(plain.json()).hasSize(1);
    }

    @Test
    void noContentTypeAWildcardOrAForeignCharsetDoesNotSlipAnExpressionPast() {
        String myTasks = filterService.createFilterQuery().filterName(RoleAuthorizations.MY_TASKS).singleResult().getId();
        byte[] query = ("{\"assigneeExpression\":\"" + PROBE + "\"}").getBytes(StandardCharsets.UTF_8);
        String list = "/engine-rest/filter/" + myTasks + "/list";

        assertRefusedUnevaluated(merchant.post(list, null, query));
        assertRefusedUnevaluated(merchant.post(list, "*/*", query));
        assertRefusedUnevaluated(merchant.post(list, "application/*", query));
        var foreign = merchant.post(list, "application/json;charset=IBM037",
                ("{\"assigneeExpression\":\"" + PROBE + "\"}").getBytes(Charset.forName("IBM037")));
        assertThat(foreign.status()).isEqualTo(415);
        var broken = merchant.post(list, null, "{\"assigneeExpression\":".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(probe.calls()).isZero();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[QueryExpressionGuard.MAX_BODY_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');

        assertThat(merchant.post("/engine-rest/task", "application/json", huge).status()).isEqualTo(413);
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
        assertThat(plain.json()).hasSize(1);
    }

    @Test
    void merchantsCannotStoreAFilterDeployOrStartAProcess() {
        long filters = filterService.createFilterQuery().count();
        long deployments = repositoryService.createDeploymentQuery().count();

        var filter = merchant.postJson("/engine-rest/filter/create",
                "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{\"assigneeExpression\":\"" + PROBE + "\"}}");
        var start = merchant.postJson("/engine-rest/process-definition/key/merchant-onboarding/start", "{}");
        var deploy = merchant.postJson("/engine-rest/deployment/create", "{}");

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
