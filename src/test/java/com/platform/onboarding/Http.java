package com.platform.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Real HTTP as one person: Basic authentication for the APIs, a portal session on our /api with its CSRF token, or a
 * Tasklist/Cockpit session with its CSRF token.
 */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();
    /** Every demo login's password (README, "Play"): it follows the password rules like any other. */
    public static final String DEMO_PASSWORD = "Onboarding2026";

    public record Response(int status, String contentType, String body, String location, HttpHeaders headers) {

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    /** Bytes as served, with every header. */
    public record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final String authorization;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrfToken;
    private String apiCsrfToken;

    private Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public static Http anonymous(int port) {
        return new Http("http://localhost:" + port, null);
    }

    public static Http as(int port, String user, String password) {
        return new Http("http://localhost:" + port,
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Signs in to our /api as the portal does (POST /api/session); later requests carry the cookie and the token. */
    public static Http session(int port, String user, String password) {
        var http = anonymous(port);
        var signIn = http.postJson("/api/session", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        if (signIn.status() != 200) {
            throw new IllegalStateException("Sign-in as " + user + " answered " + signIn.status() + ": " + signIn.body());
        }
        http.apiCsrfToken = signIn.json().get("csrfToken").asText();
        return http;
    }

    /** The portal session's CSRF token; null to send none (as another site's page would). */
    public String apiCsrfToken() {
        return apiCsrfToken;
    }

    public void apiCsrfToken(String token) {
        apiCsrfToken = token;
    }

    /** Logs into one of the web applications ("tasklist", "cockpit", "admin") the way the login page does. */
    public static Http webappSession(int port, String user, String password, String app) {
        var http = anonymous(port);
        http.get("/camunda/app/tasklist/default/");
        http.readCsrfToken();
        var login = http.send(http.request("/camunda/api/admin/auth/user/default/login/" + app)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
        http.lastLoginStatus = login.status();
        // Login starts a new session, which gets its own token on the next read, as in the browser; a stale token
        // would end the session on the next POST.
        http.get("/camunda/api/admin/auth/user/default");
        http.readCsrfToken();
        return http;
    }

    private void readCsrfToken() {
        csrfToken = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    }

    private int lastLoginStatus;

    public int loginStatus() {
        return lastLoginStatus;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** As a browser opens a page: asking for HTML first. */
    public Response getPage(String path) {
        return send(request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
    }

    public Response postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** As Tasklist asks for a filter's list: HAL, with the variables the filter shows embedded. */
    public Response postHal(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/hal+json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postJson(String path, Object body) {
        try {
            return postJson(path, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any content type, or none at all (null), as a client may send it. */
    public Response post(String path, String contentType, byte[] body) {
        var request = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    public Response putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (csrfToken != null) {
            builder.header("X-XSRF-TOKEN", csrfToken);
        }
        if (apiCsrfToken != null) {
            builder.header("X-CSRF-Token", apiCsrfToken);
        }
        return builder;
    }

    public Download download(String path) {
        return download(path, "*/*");
    }

    /** The bytes of an answer in the type asked for (Accept). */
    public Download download(String path, String accept) {
        try {
            var response = client.send(request(path).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location").orElse(null), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
