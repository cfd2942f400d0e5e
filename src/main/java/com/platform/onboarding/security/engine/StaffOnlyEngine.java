package com.platform.onboarding.security.engine;

import com.platform.onboarding.security.Groups;
import com.platform.onboarding.security.ProblemAnswer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine is for staff. Merchants and the payment system have their own doors (the portal and /api); on the whole
 * of both engine mounts (/engine-rest/*, and /camunda/* with every web app and its APIs) a caller whose groups include
 * merchants or payments and none of the staff groups is refused by who they are, not by which resource they ask for:
 * after Basic authentication on the REST API (403), at a web-app login (403, no session), and for a web-app session
 * that holds such a user (from before this rule): the session ends, an API call answers 403 and a page goes to the
 * portal.
 */
class StaffOnlyEngine extends OncePerRequestFilter {

    static final Set<String> OUTSIDERS = Set.of(Groups.MERCHANTS, Groups.PAYMENTS);
    static final Set<String> STAFF = Set.of(Groups.REVIEWERS, Groups.OPS, Groups.ADMINS);
    /** The web apps' login, decoded and without path parameters (the servlet path and path info are). */
    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

    private final IdentityService identityService;

    StaffOnlyEngine(IdentityService identityService) {
        this.identityService = identityService;
    }

    static boolean outsider(Collection<String> groups) {
        return groups != null && groups.stream().anyMatch(OUTSIDERS::contains) && groups.stream().noneMatch(STAFF::contains);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/engine-rest")) {
            var caller = identityService.getCurrentAuthentication();
            if (caller != null && outsider(caller.getGroupIds())) {
                refuse(response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if ("POST".equals(request.getMethod()) && LOGIN.matcher(path).matches() && refusedLogin(request, response)) {
            return;
        }
        var session = request.getSession(false);
        var signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (signedIn != null && signedIn.getAuthentications().stream().anyMatch(a -> outsider(a.getGroupIds()))) {
            session.invalidate();
            if (path.startsWith("/camunda/api/")) {
                refuse(response);
            } else {
                response.sendRedirect("/");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * An outsider's login ends here: with their right password a 403 saying where to go, with a wrong one the 401 the
     * login would give (their password is checked once, so the engine's lockout counts it once).
     */
    private boolean refusedLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        if (username == null || !outsider(identityService.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).toList())) {
            return false;
        }
        String password = request.getParameter("password");
        if (password == null || !identityService.checkPassword(username, password)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return true;
        }
        refuse(response);
        return true;
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        ProblemAnswer.write(response, HttpServletResponse.SC_FORBIDDEN, "Not allowed / 无权操作",
                "The engine and its web apps are for platform staff. Merchants work in the merchant portal at /;"
                        + " the payment system uses POST /api/payments. / 流程引擎及其应用仅供平台员工使用。商家请使用商家中心"
                        + "（/），支付系统请使用 POST /api/payments。",
                "流程引擎及其应用仅供平台员工使用。商家请使用商家中心（/），支付系统请使用 POST /api/payments。");
    }
}
