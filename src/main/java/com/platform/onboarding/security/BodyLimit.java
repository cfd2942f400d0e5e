package com.platform.onboarding.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request body, on every path and of every type (multipart included), is bounded before anything reads it:
 * the engine's REST API buffers a multipart body whole before it checks the caller's rights, so six strangers'
 * 60 MB uploads at once would exhaust the heap. A declared length over the bound is refused unread; an undeclared
 * (chunked) body is cut off where it passes the bound.
 */
@Configuration
class BodyLimit {

    @Bean
    FilterRegistrationBean<Limit> bodyLimitFilter(@Value("${onboarding.max-request-body:32MB}") DataSize max) {
        var registration = new FilterRegistrationBean<>(new Limit(max.toBytes()));
        registration.setName("body-limit");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static class Limit extends OncePerRequestFilter {

        private final long max;

        Limit(long max) {
            this.max = max;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > max) {
                refuse(response);
                return;
            }
            var bounded = new Bounded(request, max);
            try {
                chain.doFilter(bounded, new Muted(response, bounded));
            } catch (IOException | ServletException | RuntimeException e) {
                if (!causedByTooLarge(e) || response.isCommitted()) {
                    throw e;
                }
            }
            // A reader may have turned the cut-off into an answer of its own ("unreadable JSON"): the cause is the size.
            if (bounded.exceeded() && !response.isCommitted()) {
                response.reset();
                refuse(response);
            }
        }

        private void refuse(HttpServletResponse response) throws IOException {
            // The rest of the body is not read: the connection closes instead.
            response.setHeader("Connection", "close");
            long mb = max / (1024 * 1024);
            ProblemAnswer.write(response, 413, "Too large / 内容过大", "A request may carry at most " + mb + " MB.",
                    "单个请求最多 " + mb + " MB。");
        }

        private static boolean causedByTooLarge(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TooLarge) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whoever read the body may answer the cut-off in its own words ("unreadable JSON", 400); once the bound is passed,
     * what they write goes nowhere, so that the caller learns the real reason.
     */
    private static class Muted extends HttpServletResponseWrapper {

        private final Bounded request;

        Muted(HttpServletResponse response, Bounded request) {
            super(response);
            this.request = request;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            var real = super.getOutputStream();
            return new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    if (!request.exceeded()) {
                        real.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (!request.exceeded()) {
                        real.write(b, off, len);
                    }
                }

                @Override
                public void flush() throws IOException {
                    if (!request.exceeded()) {
                        real.flush();
                    }
                }

                @Override
                public boolean isReady() {
                    return real.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    real.setWriteListener(listener);
                }
            };
        }

        /** Unbuffered over the container's own writer, which the container flushes at the end as usual. */
        @Override
        public PrintWriter getWriter() throws IOException {
            var real = super.getWriter();
            return new PrintWriter(new Writer() {
                @Override
                public void write(char[] chars, int off, int len) {
                    if (!request.exceeded()) {
                        real.write(chars, off, len);
                    }
                }

                @Override
                public void flush() {
                    if (!request.exceeded()) {
                        real.flush();
                    }
                }

                @Override
                public void close() {
                    flush();
                }
            });
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!request.exceeded()) {
                super.flushBuffer();
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!request.exceeded()) {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!request.exceeded()) {
                super.sendError(status);
            }
        }
    }

    static class TooLarge extends IOException {
        TooLarge() {
            super("Request body over the limit");
        }
    }

    private static class Bounded extends HttpServletRequestWrapper {

        private final long max;
        private Counting stream;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        boolean exceeded() {
            return stream != null && stream.exceeded;
        }
    }

    private static class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;
        private boolean exceeded;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                exceeded = true;
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
