package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may open which web application, logged in as the login page does it (demo users): staff only. */
@OnboardingTest
class WebappAccessHttpTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} opens {1}: {2}")
    @CsvSource({
            "merchant, tasklist, 403", "merchant, cockpit, 403", "merchant, admin, 403", "merchant, welcome, 403",
            "payments, welcome,  403", "payments, tasklist, 403",
            "reviewer, tasklist, 200", "reviewer, cockpit, 403", "reviewer, admin, 403",
            "ops,      cockpit,  200", "ops,      tasklist, 200", "ops,      admin, 403",
            "admin,    admin,    200", "admin,    cockpit,  200"})
    void eachRoleOpensOnlyItsApplications(String user, String app, int status) {
        assertThat(Http.webappSession(port, user, Http.DEMO_PASSWORD, app).loginStatus()).isEqualTo(status);
    }
}
