package com.platform.onboarding.security.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API is open unless the authentication filter stands in front of it; then every call runs as its
 * caller. Only staff pass (StaffOnlyEngine); the expression guard stands in front of both engine API mounts.
 */
@Configuration
class RestAuthentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StaffOnlyEngine> staffOnlyEngine(IdentityService identityService) {
        var registration = new FilterRegistrationBean<>(new StaffOnlyEngine(identityService));
        registration.setName("staff-only-engine");
        // After the REST API's authentication (+10), which names the caller; on the whole of both engine mounts.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard() {
        var registration = new FilterRegistrationBean<>(new QueryExpressionGuard());
        registration.setName("query-expression-guard");
        // After authentication, so that strangers' bodies are never read; on both mounts of the engine API.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }
}
