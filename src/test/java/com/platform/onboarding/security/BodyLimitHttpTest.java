package com.platform.onboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A body over the bound is refused before anything buffers it, whoever sends it, on every path. */
@OnboardingTest
class BodyLimitHttpTest {

    private static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/engine-rest/deployment/create", "/camunda/api/engine/engine/default/deployment/create",
            "/api/registrations", "/api/merchants/x/tasks/y"})
    void aDeclaredSixtyMegabyteUploadIsRefusedUnread(String path) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + staffAuthorization()
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + 60 * MB + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();

            String answer = readHead(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("Too large");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/engine-rest/deployment/create", "/api/registrations"})
    void anUndeclaredChunkedBodyIsCutOffAtTheBound(String path) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + staffAuthorization()
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[MB];
            java.util.Arrays.fill(chunk, (byte) ' ');
            try {
                for (int i = 0; i < 40; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByServer) {
                // The service stopped reading and closed: what we want; its answer is already on its way.
            }
            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 413");
        }
        // And the service goes on answering.
        assertThat(Http.anonymous(port).get("/api/categories").status()).isEqualTo(200);
    }

    /** Staff: only they pass the engine mounts, where a merchant is refused before any body is read. */
    private static String staffAuthorization() {
        String credentials = "reviewer:" + Http.DEMO_PASSWORD;
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
                + "\r\n";
    }

    /** The status line, headers and what of the body has come: the service need not close the connection first. */
    private static String readHead(InputStream in) throws IOException {
        var head = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!head.toString().contains("\r\n\r\n") || !head.toString().contains("}")) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            head.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return head.toString();
    }
}
