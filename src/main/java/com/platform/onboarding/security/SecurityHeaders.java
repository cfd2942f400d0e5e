package com.platform.onboarding.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our own pages and APIs (the portal, registration, /api) carry the headers the engine's web apps already send: no
 * framing (the page that takes a new password must not be overlaid by another site), no type sniffing, a content
 * policy that loads only our own scripts. The web apps under /camunda keep their own policy, which carries nonces.
 */
@Configuration
class SecurityHeaders {

    // form-js sets style attributes on its fields; scripts stay 'self' only. Documents open in the same origin.
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'self'; "
            + "frame-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    @Bean
    FilterRegistrationBean<HeadersFilter> securityHeadersFilter() {
        var registration = new FilterRegistrationBean<>(new HeadersFilter());
        registration.setName("security-headers");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static class HeadersFilter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", "max-age=31536000");
            }
            chain.doFilter(request, response);
        }
    }
}
