package com.platform.onboarding.security.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query expressions ({@code assigneeExpression: "${...}"}) are code run by the engine. The engine refuses them in
 * ad-hoc task queries but not inside {@code orQueries} nor in a filter's extending query, and Tasklist exposes the
 * same API under {@code /camunda/api/engine}. So no request may carry a {@code *Expression} key, at any depth, except
 * when a filter is stored, which only filter owners with CREATE/UPDATE (admins) may do.
 *
 * <p>Every body the engine API could read as JSON is inspected: Jersey routes a body without a type, or with a
 * wildcard type, to JSON endpoints too, so the declared type is no reason to look away. What cannot be read here
 * (another charset, broken JSON) is refused rather than passed on unread.
 */
class QueryExpressionGuard extends OncePerRequestFilter {

    /** A 10 MB document travels base64-encoded inside JSON; anything much larger is not a request of this product. */
    static final int MAX_BODY_BYTES = 20 * 1024 * 1024;
    /** {@code POST .../filter/create} and {@code PUT .../filter/{id}}; not {@code .../filter/{id}/list} and the like. */
    private static final Pattern STORED_FILTER = Pattern.compile(".*/filter/[^/]+$");
    /** Maps keyed by variable names, which a merchant chooses freely and the engine never evaluates. */
    private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "processVariables",
            "processVariablesLocal", "localVariables", "correlationKeys", "localCorrelationKeys");
    private static final Set<Charset> READABLE = Set.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII);
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper ANSWER = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var forbidden = Collections.list(request.getParameterNames()).stream().filter(QueryExpressionGuard::isExpressionKey)
                .findFirst();
        if (forbidden.isPresent()) {
            refuse(response, 400, "ExpressionNotAllowed", "Query expressions are not accepted ('"
                    + forbidden.get().replaceAll("[^A-Za-z0-9]", "") + "'); send plain values instead.");
            return;
        }
        if (!hasBody(request) || !readableAsJson(request.getContentType()) || isStoredFilter(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!readableCharset(request.getContentType())) {
            refuse(response, 415, "UnsupportedCharset", "Send JSON encoded in UTF-8.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuse(response, 413, "BodyTooLarge", "The body may have at most " + MAX_BODY_BYTES / (1024 * 1024) + " MB.");
            return;
        }
        Optional<String> forbiddenInBody;
        try {
            forbiddenInBody = expressionKeyIn(body);
        } catch (JsonProcessingException malformed) {
            refuse(response, 400, "MalformedJson", "The body is not valid JSON: " + malformed.getOriginalMessage());
            return;
        }
        if (forbiddenInBody.isPresent()) {
            refuse(response, 400, "ExpressionNotAllowed", "Query expressions are not accepted ('"
                    + forbiddenInBody.get().replaceAll("[^A-Za-z0-9]", "") + "'); send plain values instead.");
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    static boolean isExpressionKey(String key) {
        return key.endsWith("Expression");
    }

    /** An empty body passes; anything else must be JSON through and through. */
    static Optional<String> expressionKeyIn(byte[] body) throws IOException {
        if (body.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    continue;
                }
                String key = parser.currentName();
                if (isExpressionKey(key)) {
                    return Optional.of(key);
                }
                if (VARIABLE_MAPS.contains(key)) {
                    parser.nextToken();
                    parser.skipChildren();
                }
            }
        }
        return Optional.empty();
    }

    /** What Jersey would hand to a JSON endpoint: no type at all, a wildcard, or any JSON type. */
    static boolean readableAsJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            var type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype() || type.getSubtype().contains("json");
        } catch (InvalidMediaTypeException unreadable) {
            return true;
        }
    }

    private static boolean readableCharset(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            var charset = MediaType.parseMediaType(contentType).getCharset();
            return charset == null || READABLE.contains(charset);
        } catch (InvalidMediaTypeException | UnsupportedCharsetException | IllegalCharsetNameException unreadable) {
            return false;
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() != 0 && !"GET".equals(request.getMethod())
                && !"HEAD".equals(request.getMethod()) && !"OPTIONS".equals(request.getMethod());
    }

    private static boolean isStoredFilter(HttpServletRequest request) {
        return ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
                && STORED_FILTER.matcher(request.getRequestURI()).matches();
    }

    private static void refuse(HttpServletResponse response, int status, String type, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        ANSWER.writeValue(response.getWriter(), Map.of("type", type, "message", message));
    }

    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous body only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
