package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

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
    void plainQueriesAndMalformedBodiesPass() throws IOException {
        assertThat(found("{\"assignee\":\"acme-hk\",\"orQueries\":[{\"name\":\"x\"}]}")).isNull();
        assertThat(found("{\"assignee\":")).isNull();
    }
}
