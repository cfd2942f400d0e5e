package com.platform.onboarding.merchant.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.process.onboarding.MerchantOnboarding;
import com.platform.onboarding.security.Groups;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@OnboardingTest
class RegistrationHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    static Map<String, Object> registration(String username) {
        var body = new HashMap<String, Object>();
        body.put("username", username);
        body.put("password", "Durian2026x");
        body.put("merchantName", "ACME Trading Ltd");
        body.put("contactEmail", username + "@acme.example");
        body.put("entityType", "OVERSEAS");
        body.put("category", "food.fresh-fruit.durian");
        body.put("overseasMarkets", "US,HK");
        body.put("factoryProgram", false);
        return body;
    }

    @Test
    void aRegistrationCreatesTheMerchantLoginTheRecordAndTheProcessUnderTheApplicationId() {
        var response = Http.anonymous(port).postJson("/api/registrations", registration("reg-ok"));

        assertThat(response.status()).isEqualTo(201);
        String applicationId = response.json().get("applicationId").asText();
        assertThat(identityService.createUserQuery().userId("reg-ok").memberOfGroup(Groups.MERCHANTS).count()).isEqualTo(1);
        assertThat(identityService.checkPassword("reg-ok", "Durian2026x")).isTrue();
        var instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(MerchantOnboarding.PROCESS_KEY).processInstanceBusinessKey(applicationId).singleResult();
        assertThat(instance).isNotNull();
        assertThat(runtimeService.getVariable(instance.getId(), MerchantOnboarding.Variables.OVERSEAS_MARKETS)).isEqualTo("US,HK");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getAssignee())
                .isEqualTo("reg-ok");
        assertThat(jdbc.sql("select status from merchant_application where application_id = ?").param(applicationId)
                .query(String.class).single()).isEqualTo("APPLYING");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("contactEmail", "REQUIRED", null),
                Arguments.of("contactEmail", "EMAIL_INVALID", "ops-at-acme"),
                Arguments.of("password", "PASSWORD_TOO_WEAK", "short1"),
                Arguments.of("category", "CATEGORY_UNKNOWN", "food.jackfruit"),
                Arguments.of("entityType", "ENTITY_TYPE_UNKNOWN", "OFFSHORE"),
                Arguments.of("overseasMarkets", "MARKET_UNKNOWN", "US,JP"),
                Arguments.of("factoryProgram", "TYPE_MISMATCH", "yes"),
                Arguments.of("username", "USERNAME_INVALID", "ACME HK"),
                Arguments.of("username", "USERNAME_RESERVED", "admin"));
    }

    @ParameterizedTest(name = "{0} = {2} -> {1}")
    @MethodSource("badInputs")
    void aBadFieldIsNamedInAProblemAndNothingIsCreated(String field, String code, Object value) {
        var body = registration("reg-bad");
        body.put(field, value);

        var response = Http.anonymous(port).postJson("/api/registrations", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var errors = response.json().get("errors");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("field").asText()).isEqualTo(field);
            assertThat(e.get("code").asText()).isEqualTo(code);
            assertThat(e.get("message").asText()).isNotBlank();
            assertThat(e.get("messageZh").asText()).isNotBlank();
        });
        assertNothingCreatedFor("reg-bad");
        assertNothingCreatedFor("ACME HK");
        assertThat(jdbc.sql("select count(*) from merchant_application where username = 'admin'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aTakenUserNameIsRefusedAndTheFirstMerchantKeepsEverything() {
        var first = Http.anonymous(port).postJson("/api/registrations", registration("reg-taken"));
        assertThat(first.status()).isEqualTo(201);
        var second = registration("reg-taken");
        second.put("password", "Another2026pw");
        second.put("merchantName", "Impostor Ltd");

        var response = Http.anonymous(port).postJson("/api/registrations", second);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("code").asText()).isEqualTo("USERNAME_TAKEN");
        assertThat(identityService.checkPassword("reg-taken", "Durian2026x")).isTrue();
        assertThat(jdbc.sql("select merchant_name from merchant_application where username = 'reg-taken'")
                .query(String.class).list()).containsExactly("ACME Trading Ltd");
        assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("merchantUsername", "reg-taken").count())
                .isEqualTo(1);
    }

    @Test
    void twoRegistrationsOfOneNameAtOnceGiveOneMerchantAndOneClearRefusal() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> Http.anonymous(port).postJson("/api/registrations", registration("reg-race")));
            var second = pool.submit(() -> Http.anonymous(port).postJson("/api/registrations", registration("reg-race")));
            var statuses = List.of(first.get().status(), second.get().status());
            var refused = first.get().status() == 400 ? first.get() : second.get();

            assertThat(statuses).containsExactlyInAnyOrder(201, 400);
            assertThat(refused.json().get("errors").get(0).get("code").asText()).isEqualTo("USERNAME_TAKEN");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from merchant_application where username = 'reg-race'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("merchantUsername", "reg-race").count())
                .isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsAProblem() {
        var garbled = Http.anonymous(port).postJson("/api/registrations", "username=acme");
        var form = Http.anonymous(port).post("/api/registrations", "application/x-www-form-urlencoded",
                "username=acme".getBytes(StandardCharsets.UTF_8));

        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.json().get("errors").get(0).get("code").asText()).isEqualTo("UNREADABLE");
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.contentType()).startsWith("application/problem+json");
        assertThat(form.json().get("errors").get(0).get("code").asText()).isEqualTo("NOT_JSON");
        assertNothingCreatedFor("acme");
    }

    @Test
    void anEmailAddressGetsSoManyFirstMailsAnHourThenTheCallerIsToldWhenToComeBack() {
        var anonymous = Http.anonymous(port);
        for (int i = 1; i <= 3; i++) {
            var body = registration("flood-" + i);
            body.put("contactEmail", "Victim@Example.com");
            assertThat(anonymous.postJson("/api/registrations", body).status()).isEqualTo(201);
        }
        var fourth = registration("flood-4");
        fourth.put("contactEmail", "victim@example.com");

        var refused = anonymous.postJson("/api/registrations", fourth);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).matches("[0-9]+");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(60L, 3600L);
        assertThat(refused.json().get("detailZh").asText()).contains("注册过于频繁");
        assertNothingCreatedFor("flood-4");
    }

    private void assertNothingCreatedFor(String username) {
        assertThat(identityService.createUserQuery().userId(username).count()).isZero();
        assertThat(jdbc.sql("select count(*) from merchant_application where username = ?").param(username)
                .query(Long.class).single()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("merchantUsername", username).count())
                .isZero();
    }
}
