package com.platform.onboarding.security.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QueryExpressionGuardTest {

    private static String found(String json) throws IOException {
        return QueryExpressionGuard.expressionKeyIn(json.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    @Test
    void findsAnExpressionKeyAtTheTopAndNestedInOrQueries() throws IOException {
        assertThat(found("{\"dueBeforeExpression\":\"${now()}\"}")).isEqualTo("dueBeforeExpression");
        assertThat(found("{\"orQueries\":[{\"assignee\":\"a\"},{\"candidateGroupsExpression\":\"${x}\"}]}"))
                .isEqualTo("candidateGroupsExpression");
    }

    @Test
    void variableNamesChosenByAMerchantAreNotKeysOfAQuery() throws IOException {
        assertThat(found("{\"variables\":{\"myExpression\":{\"value\":\"${x}\"}}}")).isNull();
        assertThat(found("{\"messageName\":\"m\",\"processVariables\":{\"someExpression\":{\"value\":1}}}")).isNull();
    }

    @Test
    void plainQueriesAndEmptyBodiesPass() throws IOException {
        assertThat(found("{\"assignee\":\"acme-hk\",\"orQueries\":[{\"name\":\"x\"}]}")).isNull();
        assertThat(found("")).isNull();
    }

    @Test
    void anEscapedKeyIsReadAsTheEngineWouldReadIt() throws IOException {
        assertThat(found("{\"assignee\\u0045xpression\":\"${x}\"}")).isEqualTo("assigneeExpression");
    }

    @Test
    void aBodyThatIsNotJsonCannotBeWavedThrough() {
        assertThatThrownBy(() -> found("{\"assignee\":")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> found("assigneeExpression=${x}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void whateverJerseyMayRouteToAJsonEndpointIsInspected() {
        assertThat(QueryExpressionGuard.readableAsJson(null)).isTrue();
        assertThat(QueryExpressionGuard.readableAsJson("*/*")).isTrue();
        assertThat(QueryExpressionGuard.readableAsJson("application/*")).isTrue();
        assertThat(QueryExpressionGuard.readableAsJson("application/json;charset=IBM037")).isTrue();
        assertThat(QueryExpressionGuard.readableAsJson("application/hal+json")).isTrue();
        assertThat(QueryExpressionGuard.readableAsJson("multipart/form-data; boundary=x")).isFalse();
    }
}
