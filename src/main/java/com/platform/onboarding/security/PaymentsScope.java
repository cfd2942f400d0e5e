package com.platform.onboarding.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The payment system correlates DepositPaid and does nothing else. Correlating needs UPDATE on process instances,
 * which would also let it change variables or cancel instances; so callers whose only role is payments reach
 * {@code POST /engine-rest/message} and no other engine endpoint.
 */
class PaymentsScope extends OncePerRequestFilter {

    private static final Set<String> OTHER_ROLES = Set.of(Groups.MERCHANTS, Groups.REVIEWERS, Groups.OPS, Groups.ADMINS);

    private final IdentityService identityService;

    PaymentsScope(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = identityService.getCurrentAuthentication();
        boolean paymentsOnly = caller != null && caller.getGroupIds() != null
                && caller.getGroupIds().contains(Groups.PAYMENTS)
                && caller.getGroupIds().stream().noneMatch(OTHER_ROLES::contains);
        boolean correlation = "POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/message");
        if (paymentsOnly && !correlation) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.getWriter().write("{\"type\":\"NotAllowed\",\"message\":\"The payment system may only correlate"
                    + " messages (POST /engine-rest/message).\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
