package com.platform.onboarding.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * HTTP Basic for our own /api, checked against the engine's users (and its login throttling), so that one login
 * serves Tasklist, the engine API and ours. Registration and the catalogue stay open: a merchant has no login yet.
 */
class ApiAuthentication extends OncePerRequestFilter implements HandlerMethodArgumentResolver {

    private static final String CALLER = Caller.class.getName();

    private final IdentityService identityService;

    ApiAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/")
                || ("POST".equals(request.getMethod()) && path.equals("/api/registrations"))
                || ("GET".equals(request.getMethod()) && path.equals("/api/categories"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = authenticate(request.getHeader("Authorization"));
        if (caller == null) {
            askToSignIn(response);
            return;
        }
        request.setAttribute(CALLER, caller);
        chain.doFilter(request, response);
    }

    static void askToSignIn(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"merchant-onboarding\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"title\":\"Sign in / 请登录\",\"status\":401,"
                + "\"detail\":\"Send your user name and password with HTTP Basic authentication.\"}");
    }

    /** The caller of a Basic Authorization header, or null when it names no user with that password. */
    Caller authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return null;
        }
        String username = decoded.substring(0, colon);
        if (!identityService.checkPassword(username, decoded.substring(colon + 1))) {
            return null;
        }
        var groups = identityService.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).collect(Collectors.toUnmodifiableSet());
        return new Caller(username, groups);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        var caller = request.getAttribute(CALLER, NativeWebRequest.SCOPE_REQUEST);
        if (caller == null) {
            throw new IllegalStateException("No authenticated caller for " + parameter.getMethod());
        }
        return caller;
    }
}
