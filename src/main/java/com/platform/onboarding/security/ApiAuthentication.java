package com.platform.onboarding.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Our own /api takes HTTP Basic (scripts) or a session opened at {@code POST /api/session} (the portal), both checked
 * against the engine's users and its login throttling. A session is a cookie the browser sends by itself, so every
 * request with it that may change something must also carry the session's CSRF token, which only our own pages can
 * read; Basic needs none. Registration, the catalogue and signing in stay open: a merchant has no login yet.
 */
class ApiAuthentication extends OncePerRequestFilter implements HandlerMethodArgumentResolver {

    private static final String CALLER = Caller.class.getName();
    static final String SESSION_CALLER = Caller.class.getName() + ".session";
    static final String SESSION_CSRF_TOKEN = "onboarding.csrfToken";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private final IdentityService identityService;

    ApiAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/")
                || ("POST".equals(request.getMethod()) && path.equals("/api/registrations"))
                || ("POST".equals(request.getMethod()) && path.equals("/api/registrations/confirm"))
                || ("GET".equals(request.getMethod()) && path.equals("/api/categories"))
                || ("POST".equals(request.getMethod()) && path.equals("/api/session"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null) {
            var caller = authenticate(header);
            if (caller == null) {
                askToSignIn(response, true);
                return;
            }
            request.setAttribute(CALLER, caller);
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        var caller = session == null ? null : (Caller) session.getAttribute(SESSION_CALLER);
        if (caller == null && session != null && readsDocument(request)) {
            caller = staffOfWebapps(session);
        }
        if (caller == null) {
            // No Basic challenge here: a browser would answer it with its own password prompt over the portal.
            askToSignIn(response, false);
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !tokenMatches(session, request.getHeader(CSRF_HEADER))) {
            refuseWithoutToken(response);
            return;
        }
        request.setAttribute(CALLER, caller);
        chain.doFilter(request, response);
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern DOCUMENT_PATH = Pattern.compile("/api/merchants/[^/]+/(documents/[^/]+|audit-pack)");

    /** Reading a document or the audit pack, the things of ours a reviewer's form links to from Tasklist. */
    private static boolean readsDocument(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && DOCUMENT_PATH.matcher(request.getRequestURI()).matches();
    }

    /**
     * The staff member signed into Tasklist or Cockpit in this browser session, so that a document linked from a
     * review form opens without a second sign-in; only for reading documents and the audit pack, and only for staff, whose groups are
     * read again here rather than trusted from the web apps' cache.
     */
    private Caller staffOfWebapps(HttpSession session) {
        var signedIn = AuthenticationUtil.getAuthsFromSession(session);
        var authentication = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(ENGINE);
        if (authentication == null || authentication.getName() == null) {
            return null;
        }
        var groups = identityService.createGroupQuery().groupMember(authentication.getName()).list().stream()
                .map(Group::getId).collect(Collectors.toUnmodifiableSet());
        var caller = new Caller(authentication.getName(), groups);
        return caller.inAny(Groups.REVIEWERS, Groups.OPS, Groups.ADMINS) ? caller : null;
    }

    private static final String ENGINE = "default";

    private static boolean tokenMatches(HttpSession session, String sent) {
        var expected = (String) session.getAttribute(SESSION_CSRF_TOKEN);
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuseWithoutToken(HttpServletResponse response) throws IOException {
        ProblemAnswer.write(response, HttpServletResponse.SC_FORBIDDEN, "Not allowed / 无权操作",
                "Send the session's CSRF token in the X-CSRF-Token header; sign in again if you lost it.",
                "请在 X-CSRF-Token 请求头中附上本次会话的 CSRF 令牌；如已丢失，请重新登录。");
    }

    /** @param challenge ask for HTTP Basic: for callers that sent it, and scrapers, never for the portal's browser */
    static void askToSignIn(HttpServletResponse response, boolean challenge) throws IOException {
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"merchant-onboarding\", charset=\"UTF-8\"");
        }
        ProblemAnswer.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in / 请登录",
                "Sign in, or send your user name and password with HTTP Basic authentication.",
                "请先登录，或以 HTTP Basic 方式提供用户名和密码。");
    }

    /** The caller with this user name and password, or null when there is none. */
    Caller signIn(String username, String password) {
        if (username == null || username.isEmpty() || password == null
                || !identityService.checkPassword(username, password)) {
            return null;
        }
        var groups = identityService.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).collect(Collectors.toUnmodifiableSet());
        return new Caller(username, groups);
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
        return signIn(decoded.substring(0, colon), decoded.substring(colon + 1));
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
