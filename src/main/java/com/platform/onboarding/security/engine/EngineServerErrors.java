package com.platform.onboarding.security.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.platform.onboarding.security.ConcurrentChange;
import com.platform.onboarding.security.ProblemAnswer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's own API answers a failure it did not foresee with a 500 that names the exception class, the engine code
 * and at times SQL. On both engine mounts such an answer is kept back: the caller gets a correlation id, the log the
 * engine's words. Two calls that changed the same thing at once (an optimistic-locking failure, or a claim that lost
 * to another) are a 409 that says so in both languages. A refusal (4xx) keeps the engine's words, less its internal
 * code, its numeric code and the exception's class name in {@code type}, which becomes a word for the kind of refusal.
 * The web apps read {@code type} only to tell an AuthorizationException apart, to name the missing permission; without
 * it they say "access denied" in general words, and every other answer they show by its {@code message}.
 */
@Configuration
class EngineServerErrors {

    private static final Logger log = LoggerFactory.getLogger(EngineServerErrors.class);
    private static final Pattern ENGINE_CODE = Pattern.compile("ENGINE-[0-9]+ ");

    @Bean
    FilterRegistrationBean<Masking> engineServerErrorsFilter() {
        var registration = new FilterRegistrationBean<>(new Masking());
        registration.setName("engine-server-errors");
        // Outside the engine's own filters, so that it sees what they answer too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        return registration;
    }

    static class Masking extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var held = new HeldServerError(response);
            chain.doFilter(request, held);
            if (!held.failed()) {
                return;
            }
            String original = held.body();
            // Whatever length the engine declared was that of the body held back.
            response.setContentLengthLong(-1);
            var answer = engineAnswer(original);
            if (held.status < 500) {
                response.setStatus(held.status);
                response.getOutputStream().write(refusal(held.status, original, answer).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (answer != null && (CONCURRENT_CHANGE.contains(answer.path("type").asText())
                    || answer.path("code").asInt() == BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode())) {
                log.info("Engine API {} {}: a concurrent change, answered 409: {}", request.getMethod(),
                        request.getRequestURI(), original);
                writeConflict(response);
                return;
            }
            String correlationId = UUID.randomUUID().toString();
            log.error("Engine API {} {} answered {}, correlationId={}: {}", request.getMethod(), request.getRequestURI(),
                    held.status, correlationId, original);
            ProblemAnswer.write(response, held.status, "Something went wrong / 出错了",
                    "Something went wrong on our side; quote " + correlationId + " if you contact us.",
                    "系统出错，请联系我们并提供编号 " + correlationId + "。");
        }
    }

    /**
     * What the engine names a failure whose cause is another call that changed the same object first: the loser of two
     * completions, claims or modifications at once (where the engine wraps it, as a task's completion does, its code
     * still says so). Nothing is wrong with the request; done again, it meets the new state.
     */
    private static final Set<String> CONCURRENT_CHANGE = Set.of("OptimisticLockingException", "TaskAlreadyClaimedException");
    /** A qualified Java name or an exception's simple name, as Jackson or the engine may put into a message. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*|\\b[A-Z]\\w*(Exception|Error)\\b");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The engine's JSON error body ({"type", "message", "code", ...}), or null when the answer is not one. */
    private static ObjectNode engineAnswer(String body) {
        try {
            return JSON.readTree(body) instanceof ObjectNode object ? object : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    /**
     * A refusal keeps its words ("No job found with id ..."), less the engine's internal code ("ENGINE-14026"), its
     * numeric {@code code} and its exception class; a message that names a class (Jackson's, when a body does not
     * fit) is replaced by plain words.
     */
    static String refusal(int status, String original, ObjectNode answer) {
        if (answer == null) {
            return words(original);
        }
        if (CLASS_NAME.matcher(answer.path("type").asText()).find()) {
            // The engine's exception class; our own kinds (InvalidInput, ExpressionNotAllowed, ...) are words already.
            answer.put("type", kind(status));
        }
        answer.remove("code");
        if (answer.path("message").isTextual()) {
            answer.put("message", words(answer.get("message").asText()));
        }
        return answer.toString();
    }

    private static String words(String message) {
        String withoutCode = ENGINE_CODE.matcher(message).replaceAll("");
        return CLASS_NAME.matcher(withoutCode).find()
                ? "The request is not complete or not well formed; see the API description. / 请求不完整或格式不正确，请参照接口说明。"
                : withoutCode;
    }

    /** A word for the kind of refusal, in place of the engine's exception class. */
    private static String kind(int status) {
        return switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "not-signed-in";
            case 403 -> "not-allowed";
            case 404 -> "not-found";
            case 409 -> "conflict";
            default -> "refused";
        };
    }

    /** In the engine's shape (the web apps show {@code message}) and ours (title, detail, detailZh) at once. */
    private static void writeConflict(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var body = JSON.createObjectNode();
        body.put("type", kind(HttpServletResponse.SC_CONFLICT));
        body.put("title", ConcurrentChange.TITLE);
        body.put("status", HttpServletResponse.SC_CONFLICT);
        body.put("detail", ConcurrentChange.EN);
        body.put("detailZh", ConcurrentChange.ZH);
        body.put("message", ConcurrentChange.EN + " / " + ConcurrentChange.ZH);
        JSON.writeValue(response.getOutputStream(), body);
    }

    /** Lets a successful response through untouched; holds back the body of a refusal or a failure (400 and above). */
    private static final class HeldServerError extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private int status = SC_OK;
        private PrintWriter writer;

        HeldServerError(HttpServletResponse response) {
            super(response);
        }

        boolean failed() {
            return status >= 400;
        }

        String body() {
            if (writer != null) {
                writer.flush();
            }
            return held.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            if (sc < 400) {
                super.setStatus(sc);
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            if (sc < 400) {
                super.sendError(sc, msg);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!failed()) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    held.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking writes only");
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!failed()) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8));
            }
            return writer;
        }

        // The length the engine declares is that of the body held back, not of the answer given instead.
        @Override
        public void setContentLength(int len) {
            if (!failed()) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!failed()) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!failed() || !"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!failed() || !"Content-Length".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!failed()) {
                super.flushBuffer();
            }
        }
    }
}
