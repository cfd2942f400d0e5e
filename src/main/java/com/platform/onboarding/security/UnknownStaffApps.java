package com.platform.onboarding.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web apps' page filter takes any name after /camunda/app/ for an app and fails (500) on one that does not exist,
 * a mistyped address for instance; such an address is a page that is not there (404, ErrorPages says so).
 */
@Configuration
class UnknownStaffApps {

    private static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin", "welcome");
    private static final Pattern APP = Pattern.compile("/camunda/app/([^/]+)(/.*)?");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unknownStaffAppsFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var app = APP.matcher(request.getRequestURI().substring(request.getContextPath().length()));
                if (app.matches() && !APPS.contains(app.group(1))) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("unknown-staff-apps");
        registration.addUrlPatterns("/camunda/app/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }
}
