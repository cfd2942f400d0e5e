package com.platform.onboarding.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing in and out of the portal. The session keeps the caller and a CSRF token that the portal reads from the
 * sign-in answer (never from a cookie), so another site that makes the browser send the cookie has no token.
 */
@RestController
class SessionController {

    record Credentials(String username, String password) {}

    record SessionView(String username, List<String> groups, String csrfToken) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiAuthentication authentication;

    SessionController(ApiSecurity security) {
        this.authentication = security.authentication();
    }

    @PostMapping("/api/session")
    ResponseEntity<?> signIn(@RequestBody Credentials credentials, HttpServletRequest request) {
        var caller = credentials == null ? null : authentication.signIn(credentials.username(), credentials.password());
        if (caller == null) {
            // One answer whether the user exists or not: the sign-in form must not confirm user names.
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "The user name or password is wrong.");
            problem.setTitle("Not signed in / 未登录");
            problem.setProperty("detailZh", "用户名或密码错误。");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        // A new session id at sign-in, so that an id planted before it (session fixation) is worth nothing.
        var previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        var session = request.getSession(true);
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        session.setAttribute(ApiAuthentication.SESSION_CALLER, caller);
        session.setAttribute(ApiAuthentication.SESSION_CSRF_TOKEN,
                Base64.getUrlEncoder().withoutPadding().encodeToString(token));
        return ResponseEntity.ok(view(caller, request));
    }

    /** Signed in by session or by Basic; the token only exists for a session. */
    @GetMapping("/api/session")
    SessionView current(Caller caller, HttpServletRequest request) {
        return view(caller, request);
    }

    @DeleteMapping("/api/session")
    ResponseEntity<Void> signOut(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return ResponseEntity.noContent().build();
    }

    private static SessionView view(Caller caller, HttpServletRequest request) {
        var session = request.getSession(false);
        String token = session == null ? null : (String) session.getAttribute(ApiAuthentication.SESSION_CSRF_TOKEN);
        return new SessionView(caller.username(), caller.groups().stream().sorted().toList(), token);
    }
}
