package com.platform.onboarding.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The payment system correlates DepositPaid and does nothing else. Correlating needs UPDATE on process instances,
 * which would also let it change variables, cancel instances or send other messages; so callers whose only role is
 * payments reach {@code POST /engine-rest/message} with DepositPaid, its business key and its two variables, and
 * nothing else. Runs after the expression guard, whose cached body it reads again.
 */
class PaymentsScope extends OncePerRequestFilter {

    private static final Set<String> OTHER_ROLES = Set.of(Groups.MERCHANTS, Groups.REVIEWERS, Groups.OPS, Groups.ADMINS);

    private static final Set<String> MESSAGE_FIELDS = Set.of("messageName", "businessKey", "processVariables",
            "resultEnabled", "variablesInResultEnabled");
    private static final Set<String> PAYMENT_VARIABLES = Set.of("paymentReference", "paidAmount");
    private static final ObjectMapper JSON = new ObjectMapper();

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
        if (paymentsOnly && (!correlation || !depositPaid(request.getInputStream().readAllBytes()))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.getWriter().write("{\"type\":\"NotAllowed\",\"message\":\"The payment system may only send"
                    + " DepositPaid (businessKey, paymentReference, paidAmount) to POST /engine-rest/message.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean depositPaid(byte[] body) {
        try {
            JsonNode message = JSON.readTree(body);
            var fields = new ArrayList<String>();
            message.fieldNames().forEachRemaining(fields::add);
            var variables = new ArrayList<String>();
            message.path("processVariables").fieldNames().forEachRemaining(variables::add);
            return "DepositPaid".equals(message.path("messageName").asText())
                    && message.path("businessKey").isTextual()
                    && MESSAGE_FIELDS.containsAll(fields) && PAYMENT_VARIABLES.containsAll(variables);
        } catch (IOException notJson) {
            return false;
        }
    }
}
