package com.platform.onboarding.security.engine;

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
import java.util.UUID;
import java.util.regex.Pattern;
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
 * engine's words. A refusal (4xx) keeps the engine's words, less its internal code.
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
            if (held.status < 500) {
                // A refusal keeps its words, less the engine's internal code ("ENGINE-14026 No job found ...").
                response.setStatus(held.status);
                response.getOutputStream().write(ENGINE_CODE.matcher(original).replaceAll("")
                        .getBytes(StandardCharsets.UTF_8));
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
