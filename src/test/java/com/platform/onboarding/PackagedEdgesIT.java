package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's edges, where the paths are the container's and not a test's: six strangers' 60 MB uploads at
 * once are refused before anything buffers them; our pages and API carry their headers; behind a TLS proxy the
 * session cookie is Secure.
 */
class PackagedEdgesIT {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path dataDir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theEdgesHold() throws Exception {
        try (var service = PackagedService.start("edges", Map.of(), "--onboarding.data-dir=" + dataDir)) {
            var uploads = new ArrayList<Callable<String>>();
            for (int i = 0; i < 6; i++) {
                String path = i % 2 == 0 ? "/engine-rest/deployment/create" : "/api/merchants/x/tasks/y";
                uploads.add(() -> declaredUpload(service.port(), path, 60 * MB));
            }
            var pool = Executors.newFixedThreadPool(6);
            try {
                for (var answer : pool.invokeAll(uploads)) {
                    assertThat(answer.get()).startsWith("HTTP/1.1 413");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(Http.anonymous(service.port()).get("/api/categories").status()).isEqualTo(200);
            assertThat(service.log()).doesNotContain("OutOfMemoryError");

            for (String page : new String[] {"/", "/register", "/api/categories", "/api/merchants/me/applications"}) {
                var headers = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + page))
                        .GET().build(), HttpResponse.BodyHandlers.discarding()).headers();
                assertThat(headers.firstValue("X-Frame-Options")).as(page).hasValue("SAMEORIGIN");
                assertThat(headers.firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
                assertThat(headers.firstValue("Content-Security-Policy")).as(page).get().asString()
                        .contains("frame-ancestors 'self'");
            }

            var signIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port()
                            + "/api/session")).header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"merchant\",\"password\":\""
                            + Http.DEMO_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                    .contains("Secure").contains("HttpOnly"));
        }
    }

    /** Headers declaring the length, and a little of the body: the answer must come without the rest. */
    private static String declaredUpload(int port, String path, int length) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            String credentials = Base64.getEncoder().encodeToString(("merchant:" + Http.DEMO_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[256 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12];
            int n = in.readNBytes(head, 0, head.length);
            return new String(head, 0, n, StandardCharsets.US_ASCII);
        }
    }
}
