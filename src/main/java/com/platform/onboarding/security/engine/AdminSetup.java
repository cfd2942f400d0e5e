package com.platform.onboarding.security.engine;

import com.platform.onboarding.security.Groups;
import com.platform.onboarding.security.ProblemAnswer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The first administrator comes from configuration, never from the Admin app's setup page. In 7.24 CE that page
 * creates an administrator for anyone while {@code camunda-admin} has no member (CVE-2026-77226, no fix will come),
 * so its endpoint is closed for good; and a production installation without an administrator refuses to start
 * rather than wait, open, for the first stranger.
 */
@Configuration
class AdminSetup {

    /**
     * Matched by the servlet container on the decoded, normalised path (path parameters dropped), so an encoded or
     * suffixed spelling of the same endpoint meets the same filter.
     */
    @Bean
    FilterRegistrationBean<Filter> adminSetupClosed() {
        Filter closed = (request, response, chain) -> {
            ProblemAnswer.write((HttpServletResponse) response, HttpServletResponse.SC_FORBIDDEN,
                    "Not available / 不可用", "Administrators are configured by the installation, not created here.",
                    "管理员由部署配置创建，不能在此创建。");
        };
        var registration = new FilterRegistrationBean<>(closed);
        registration.setName("admin-setup-closed");
        registration.addUrlPatterns("/camunda/api/admin/setup/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    AdministratorRequired administratorRequired(IdentityService identityService,
            @Value("${onboarding.require-administrator:false}") boolean required) {
        return new AdministratorRequired(identityService, required);
    }

    /** After the roles exist (RoleAuthorizations, order 10) and the configured administrator was created. */
    @Order(11)
    static class AdministratorRequired implements ApplicationRunner {

        private final IdentityService identityService;
        private final boolean required;

        AdministratorRequired(IdentityService identityService, boolean required) {
            this.identityService = identityService;
            this.required = required;
        }

        @Override
        public void run(ApplicationArguments args) {
            if (required && identityService.createUserQuery().memberOfGroup(Groups.ADMINS).count() == 0) {
                throw new IllegalStateException("No member of group " + Groups.ADMINS + ": set CAMUNDA_BPM_ADMINUSER_ID"
                        + " and CAMUNDA_BPM_ADMINUSER_PASSWORD for the first start (the setup page is closed)");
            }
        }
    }
}
