package com.platform.onboarding.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class ApiSecurity implements WebMvcConfigurer {

    private final ApiAuthentication authentication;

    ApiSecurity(IdentityService identityService) {
        this.authentication = new ApiAuthentication(identityService);
    }

    ApiAuthentication authentication() {
        return authentication;
    }

    @Bean
    FilterRegistrationBean<ApiAuthentication> apiAuthentication() {
        var registration = new FilterRegistrationBean<>(authentication);
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ActuatorAccess> actuatorAccess() {
        var registration = new FilterRegistrationBean<>(new ActuatorAccess(authentication));
        registration.setName("actuator-access");
        registration.addUrlPatterns("/actuator/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(authentication);
    }
}
