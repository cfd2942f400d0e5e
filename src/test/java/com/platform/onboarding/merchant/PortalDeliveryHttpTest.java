package com.platform.onboarding.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.OnboardingTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** How the portal reaches a merchant's browser: compressed as the browser takes it, and cached as long as it can be. */
@OnboardingTest
class PortalDeliveryHttpTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void thePageIsAskedForEachVisitAndTheScriptItNamesIsKeptForAYear() throws Exception {
        var page = get("/", "identity");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        var script = get(script(page), "identity");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
    }

    @Test
    void theScriptGoesOutInBrotliOrGzipWhicheverTheBrowserTakesAndPlainOtherwise() throws Exception {
        String path = script(get("/", "identity"));
        var plain = get(path, "identity");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();

        var brotli = get(path, "gzip, deflate, br, zstd");
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.headers().allValues("Vary").toString()).containsIgnoringCase("accept-encoding");
        assertThat(brotli.body().length).isLessThan(plain.body().length / 2);

        var gzip = get(path, "gzip, deflate");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
    }

    @Test
    void anApiAnswerIsGzippedForABrowserThatTakesIt() throws Exception {
        var catalogue = get("/api/categories", "gzip");
        assertThat(catalogue.statusCode()).isEqualTo(200);
        assertThat(catalogue.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(gunzip(catalogue.body()), StandardCharsets.UTF_8)).contains("榴莲");
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", acceptEncoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String script(HttpResponse<byte[]> page) {
        var script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(new String(page.body(), StandardCharsets.UTF_8));
        assertThat(script.find()).as("the portal's script").isTrue();
        return script.group(1);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
