package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.OnboardingTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Our pages and APIs cannot be framed by another site, sniffed into another type, or load foreign scripts. */
@OnboardingTest
class SecurityHeadersHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/register", "/api/categories", "/api/merchants/unknown", "/no-such-page"})
    void everyAnswerOfOursCarriesTheHeaders(String path) throws Exception {
        var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        var headers = answer.headers();
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'self'", "script-src 'self';", "object-src 'self'");
        // Plain HTTP on loopback: no promise of TLS to the browser.
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theWebAppsKeepTheirSandboxButADocumentTheyOpenLeavesIt() throws Exception {
        var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/camunda/app/tasklist/default/")).GET().build(), HttpResponse.BodyHandlers.discarding());

        // A sandboxed tab may not run the browser's PDF viewer: a review form's document link opens outside it.
        assertThat(answer.headers().firstValue("Content-Security-Policy")).get().asString()
                .containsPattern("script-src 'nonce-[^']+' 'strict-dynamic'")
                .contains("frame-ancestors 'none'", "object-src 'none'", "sandbox allow-forms allow-scripts",
                        "allow-popups-to-escape-sandbox");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/api/categories"})
    void behindATlsProxyTheBrowserIsToldToStayOnTls(String path) throws Exception {
        var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.discarding());

        assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }
}
