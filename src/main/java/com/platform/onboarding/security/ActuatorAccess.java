package com.platform.onboarding.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Health stays open: load balancers and Kubernetes probes carry no credentials, and it says only UP or DOWN per
 * component. Everything else under /actuator (metrics: business volumes, JVM and engine internals) is for ops and
 * admins, with the HTTP Basic a Prometheus scraper sends ({@code basic_auth}).
 */
class ActuatorAccess extends OncePerRequestFilter {

    private final ApiAuthentication authentication;

    ActuatorAccess(ApiAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The servlet path is decoded and normalised, unlike the request URI: "/actuator/health/../prometheus" is
        // judged as the prometheus endpoint it reaches.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = authentication.authenticate(request.getHeader("Authorization"));
        if (caller == null) {
            ApiAuthentication.askToSignIn(response, true);
            return;
        }
        if (!caller.inAny(Groups.OPS, Groups.ADMINS)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"title\":\"Not allowed / 无权操作\",\"status\":403,"
                    + "\"detail\":\"Metrics are for ops and administrators. / 仅运维与管理员可查看指标。\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
