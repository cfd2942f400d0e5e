package com.platform.onboarding.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query expressions ({@code assigneeExpression: "${...}"}) are code run by the engine. The engine refuses them in
 * ad-hoc task queries but not inside {@code orQueries} nor in a filter's extending query, and Tasklist exposes the
 * same API under {@code /camunda/api/engine}. So no request may carry a {@code *Expression} key, at any depth, except
 * when a filter is stored, which only filter owners with CREATE/UPDATE (admins) may do.
 */
class QueryExpressionGuard extends OncePerRequestFilter {

    /** {@code POST .../filter/create} and {@code PUT .../filter/{id}}; not {@code .../filter/{id}/list} and the like. */
    private static final Pattern STORED_FILTER = Pattern.compile(".*/filter/[^/]+$");
    /** Maps keyed by variable names, which a merchant chooses freely and the engine never evaluates. */
    private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "processVariables",
            "processVariablesLocal", "localVariables", "correlationKeys", "localCorrelationKeys");
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var forbidden = Collections.list(request.getParameterNames()).stream().filter(QueryExpressionGuard::isExpressionKey)
                .findFirst();
        if (forbidden.isPresent()) {
            refuse(response, forbidden.get());
            return;
        }
        if (!isJson(request) || isStoredFilter(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        var forbiddenInBody = expressionKeyIn(body);
        if (forbiddenInBody.isPresent()) {
            refuse(response, forbiddenInBody.get());
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    static boolean isExpressionKey(String key) {
        return key.endsWith("Expression");
    }

    static Optional<String> expressionKeyIn(byte[] body) throws IOException {
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
        } catch (com.fasterxml.jackson.core.JsonParseException malformed) {
            // The engine answers malformed JSON itself; nothing in it can have been evaluated.
        }
        return Optional.empty();
    }

    private static boolean isJson(HttpServletRequest request) {
        return request.getContentType() != null && request.getContentType().toLowerCase().contains("json");
    }

    private static boolean isStoredFilter(HttpServletRequest request) {
        return ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
                && STORED_FILTER.matcher(request.getRequestURI()).matches();
    }

    private static void refuse(HttpServletResponse response, String key) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"ExpressionNotAllowed\",\"message\":\"Query expressions are not accepted ('"
                + key.replaceAll("[^A-Za-z0-9]", "") + "'); send plain values instead.\"}");
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
