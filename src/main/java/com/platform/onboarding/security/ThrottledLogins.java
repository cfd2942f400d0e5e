package com.platform.onboarding.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import java.time.Duration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Every password set is held to {@link PasswordRules} first, as a bad request. Every password check, whichever door it came by (our /api and portal, /engine-rest, the web apps' login), goes
 * through the engine's identity service: held there by the {@link LoginThrottle}, keyed by the caller's address as
 * the last trusted proxy saw it.
 */
@Component
class ThrottledLogins extends AbstractProcessEnginePlugin {

    private final LoginThrottle throttle;

    ThrottledLogins(@Value("${onboarding.login-throttle.failures-per-caller:5}") int perCaller,
            @Value("${onboarding.login-throttle.failures-per-user:50}") int perUser,
            @Value("${onboarding.login-throttle.period:15m}") Duration period,
            @Value("${onboarding.login-throttle.account-hold:15m}") Duration hold, MeterRegistry meters,
            AccountHoldAlerts alerts) {
        this.throttle = new LoginThrottle(perCaller, perUser, period, hold, meters, alerts);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityService(new ThrottledIdentityService(throttle));
    }

    static class ThrottledIdentityService extends IdentityServiceImpl {

        private final LoginThrottle throttle;

        ThrottledIdentityService(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public boolean checkPassword(String userId, String password) {
            String address = callerAddress();
            if (!throttle.mayTry(address, userId)) {
                return false;
            }
            boolean right = super.checkPassword(userId, password);
            if (!right) {
                throttle.failed(address, userId);
            }
            return right;
        }

        @Override
        public void saveUser(User user) {
            PasswordRules.check(this, user);
            super.saveUser(user);
        }

        @Override
        public void saveUser(User user, boolean skipPasswordPolicy) {
            if (!skipPasswordPolicy) {
                PasswordRules.check(this, user);
            }
            super.saveUser(user, skipPasswordPolicy);
        }

        /** Code of ours checking a password outside any request (none today) counts as one caller. */
        private static String callerAddress() {
            String address = CALLER_ADDRESS.get();
            return address == null ? "internal" : address;
        }
    }

    /**
     * The caller's address, for the request's own thread: the authentication filters check passwords before Spring's
     * request context exists, so this runs first of all.
     */
    private static final ThreadLocal<String> CALLER_ADDRESS = new ThreadLocal<>();

    @Bean
    static FilterRegistrationBean<Filter> callerAddressFilter() {
        Filter remember = (request, response, chain) -> {
            CALLER_ADDRESS.set(request.getRemoteAddr());
            try {
                chain.doFilter(request, response);
            } finally {
                CALLER_ADDRESS.remove();
            }
        };
        var registration = new FilterRegistrationBean<>(remember);
        registration.setName("caller-address");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
