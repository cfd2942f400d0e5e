package com.platform.onboarding.security;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last word on errors of our own endpoints, after each controller's own handlers: a person reads what went
 * wrong in English and Chinese, and never an exception class, SQL or a stack. What we did not foresee is logged with
 * a correlation id that the answer carries, so that ops find the log line the caller quotes. Lowest precedence, so
 * that any more specific advice answers first.
 */
@RestControllerAdvice(basePackages = "com.platform.onboarding")
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler
    ProblemDetail notAllowed(NotAllowed notAllowed) {
        return request(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body could not be read: send a JSON object as the API describes.");
        problem.setTitle("Request not understood / 请求无法识别");
        problem.setProperty("detailZh", "无法读取请求内容：请按接口说明发送 JSON 对象。");
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        if (exception instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
            return ResponseEntity.status(known.getStatusCode()).body(request(known.getStatusCode()));
        }
        if (ConcurrentChange.causedBy(exception)) {
            log.info("A concurrent change answered 409: {}", exception.toString());
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ConcurrentChange.EN);
            problem.setTitle(ConcurrentChange.TITLE);
            problem.setProperty("detailZh", ConcurrentChange.ZH);
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        String correlationId = UUID.randomUUID().toString();
        log.error("Unexpected error, correlationId={}", correlationId, exception);
        return ResponseEntity.internalServerError().header("X-Correlation-Id", correlationId).body(failure(correlationId));
    }

    /** A failure we did not foresee: what the caller quotes to find it in the log. */
    static ProblemDetail failure(String correlationId) {
        var problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        problem.setTitle("Something went wrong / 出错了");
        problem.setDetail("Something went wrong on our side; quote the correlation id if you contact us.");
        problem.setProperty("detailZh", "系统出错了；联系我们时请提供关联编号。");
        problem.setProperty("correlationId", correlationId);
        return problem;
    }

    /**
     * Refusals by Spring or the servlet container (no such path, wrong method or media type, a missing parameter, a
     * web app's own 401 or 403), said in words.
     */
    static ProblemDetail request(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> said(status, "Not signed in / 未登录",
                    "Sign in first.", "请先登录。");
            case 403 -> said(status, "Not allowed / 无权操作",
                    "Your role may not do this.", "您的角色无权执行此操作。");
            case 404 -> said(status, "Not found / 未找到",
                    "There is nothing here.", "没有找到该内容。");
            case 405 -> said(status, "Not possible here / 不支持的操作",
                    "This address does not take this method.", "该地址不支持此请求方法。");
            case 415 -> said(status, "Request not understood / 请求无法识别",
                    "Send the body as application/json.", "请以 application/json 格式发送请求内容。");
            default -> said(status, "Request not understood / 请求无法识别",
                    "The request is not complete or not well formed; see the API description.",
                    "请求不完整或格式不正确，请参照接口说明。");
        };
    }

    private static ProblemDetail said(HttpStatusCode status, String title, String detail, String detailZh) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("detailZh", detailZh);
        return problem;
    }
}
