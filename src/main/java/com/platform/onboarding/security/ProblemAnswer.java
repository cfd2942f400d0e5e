package com.platform.onboarding.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

/**
 * The answer a filter gives when it refuses a request before any controller runs: problem+json with the title and
 * detail in English, and the detail in Chinese, as our controllers answer (security/ApiErrors).
 */
public final class ProblemAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void write(HttpServletResponse response, int status, String title, String detail, String detailZh)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (detailZh != null) {
            body.put("detailZh", detailZh);
        }
        JSON.writeValue(response.getWriter(), body);
    }

    private ProblemAnswer() {}
}
