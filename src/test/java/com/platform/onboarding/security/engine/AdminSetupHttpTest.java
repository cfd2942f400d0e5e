package com.platform.onboarding.security.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.security.Groups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** CVE-2026-77226: the Admin app's setup page must never create an administrator, however the URL is spelled. */
@OnboardingTest
class AdminSetupHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/camunda/api/admin/setup/default/user/create",
            "/camunda/api/admin/setup/%64efault/user/create",
            "/camunda/api/admin/setup/default/user/create/",
            "/camunda/api/admin/setup/default/user/create;x=1",
            "/camunda/api/admin/./setup/default/user/create",
            "/camunda/api/admin/%73etup/default/user/create"})
    void nobodyCreatesAnAdministratorThroughTheSetupPage(String path) {
        String intruder = "intruder" + Math.abs(path.hashCode());
        // The engine's own check opens the page while the group has no member: the state the CVE exploits.
        withoutAdministrators(() -> {
            var answer = Http.anonymous(port).postJson(path, "{\"profile\":{\"id\":\"" + intruder
                    + "\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@n.example\"},"
                    + "\"credentials\":{\"password\":\"Intruder-2026\"}}");

            assertThat(answer.status()).isIn(400, 403, 404);
            assertThat(answer.body()).doesNotContain("Exception", "ENGINE-");
            assertThat(identityService.createUserQuery().userId(intruder).count()).isZero();
        });
    }

    @Test
    void aProductionStartWithoutAnAdministratorIsRefused() {
        withoutAdministrators(() -> {
            assertThatThrownBy(() -> new AdminSetup.AdministratorRequired(identityService, true).run(null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_ID");
            // The embedded demo may start without one: it seeds its own.
            new AdminSetup.AdministratorRequired(identityService, false).run(null);
        });
        new AdminSetup.AdministratorRequired(identityService, true).run(null);
    }

    private void withoutAdministrators(Runnable check) {
        List<String> admins = identityService.createUserQuery().memberOfGroup(Groups.ADMINS).list().stream()
                .map(u -> u.getId()).toList();
        assertThat(admins).isNotEmpty();
        admins.forEach(id -> identityService.deleteMembership(id, Groups.ADMINS));
        try {
            check.run();
        } finally {
            admins.forEach(id -> identityService.createMembership(id, Groups.ADMINS));
        }
    }
}
