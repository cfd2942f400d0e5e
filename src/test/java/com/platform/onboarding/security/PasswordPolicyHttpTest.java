package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engine's user API and Admin hold passwords to the rule registration and the portal use. */
@OnboardingTest
class PasswordPolicyHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a", "Short2026", "NOLOWERCASE2026", "nodigitsatall", "policy-user-2026"})
    void aWeakPasswordIsRefusedWhenStaffCreateAUser(String password) {
        var admin = Http.as(port, "admin", Http.DEMO_PASSWORD);

        var created = admin.postJson("/engine-rest/user/create", "{\"profile\":{\"id\":\"policy-user\",\"firstName\":\"P\","
                + "\"lastName\":\"U\",\"email\":\"p@example.com\"},\"credentials\":{\"password\":\"" + password + "\"}}");

        assertThat(created.status()).as(created.body()).isEqualTo(400);
        assertThat(created.json().get("message").asText()).contains("at least 10 characters", "密码至少 10 位");
        assertThat(identityService.createUserQuery().userId("policy-user").count()).isZero();
    }

    @Test
    void aWeakPasswordIsRefusedWhenAUserChangesTheirOwnAndAGoodOneIsTaken() {
        var user = identityService.newUser("policy-reviewer");
        user.setPassword("Policy2026x");
        identityService.saveUser(user);
        identityService.createMembership("policy-reviewer", Groups.REVIEWERS);
        var reviewer = Http.as(port, "policy-reviewer", "Policy2026x");

        var weak = reviewer.putJson("/engine-rest/user/policy-reviewer/credentials",
                "{\"password\":\"a\",\"authenticatedUserPassword\":\"Policy2026x\"}");
        var good = Http.as(port, "admin", Http.DEMO_PASSWORD).putJson("/engine-rest/user/policy-reviewer/credentials",
                "{\"password\":\"Mangosteen2027\",\"authenticatedUserPassword\":\"" + Http.DEMO_PASSWORD + "\"}");

        assertThat(weak.status()).as(weak.body()).isEqualTo(400);
        assertThat(weak.json().get("message").asText()).contains("lower-case letter", "小写字母");
        assertThat(identityService.checkPassword("policy-reviewer", "a")).isFalse();
        assertThat(good.status()).as(good.body()).isEqualTo(204);
        assertThat(identityService.checkPassword("policy-reviewer", "Mangosteen2027")).isTrue();
    }

}
