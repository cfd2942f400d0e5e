package com.platform.onboarding.merchant.registration;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegistrationController {

    private static final URI INVALID_REGISTRATION = URI.create("/problems/invalid-registration");

    private final MerchantApplications applications;
    private final RegistrationLimits limits;

    RegistrationController(MerchantApplications applications, RegistrationLimits limits) {
        this.applications = applications;
        this.limits = limits;
    }

    /** The caller's address as the last trusted proxy saw it (server.forward-headers-strategy). */
    @PostMapping("/api/registrations")
    ResponseEntity<?> register(@RequestBody Registration registration, HttpServletRequest request) {
        var wait = limits.attempt(request.getRemoteAddr()).or(() -> limits.mayWrite(registration.contactEmail()));
        if (wait.isPresent()) {
            return tooMany(wait.get());
        }
        String applicationId = applications.register(registration);
        limits.registered(registration.contactEmail());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("applicationId", applicationId));
    }

    private static ResponseEntity<ProblemDetail> tooMany(Duration wait) {
        long seconds = wait.toSeconds() + 1;
        long minutes = (seconds + 59) / 60;
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many registrations from here or for this e-mail address; try again in " + minutes + " minutes.");
        problem.setTitle("Too many registrations / 注册过于频繁");
        problem.setProperty("detailZh", "来自此处或此邮箱的注册过于频繁，请 " + minutes + " 分钟后再试。");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail refused(RegistrationRefused refused) {
        return problem(refused.violations());
    }

    /** A body Jackson cannot read (say "factoryProgram": "yes") is still a field the merchant can fix. */
    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        if (unreadable.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().get(0).getFieldName();
            return problem(List.of(new Violation(field, "TYPE_MISMATCH",
                    field + " has the wrong type; see the example in the README.",
                    field + " 的类型不正确，请参照 README 中的示例。")));
        }
        return problem(List.of(new Violation("body", "UNREADABLE",
                "The body must be a JSON object with the registration fields.",
                "请求体须为包含注册字段的 JSON 对象。")));
    }

    @ExceptionHandler
    ProblemDetail notJson(HttpMediaTypeNotSupportedException notJson) {
        return problem(List.of(new Violation("body", "NOT_JSON", "Send the registration as application/json.",
                "请以 application/json 格式提交注册信息。")));
    }

    private static ProblemDetail problem(List<Violation> violations) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Fix these fields and send again: " + violations.stream().map(Violation::field).distinct()
                        .collect(Collectors.joining(", ")));
        problem.setType(INVALID_REGISTRATION);
        problem.setTitle("Registration refused / 注册未通过");
        problem.setProperty("errors", violations);
        return problem;
    }
}
