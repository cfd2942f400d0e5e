package com.platform.onboarding.merchant;

import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import com.platform.onboarding.security.MerchantAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A merchant changes their own password, under the rule they registered with; the current one proves it is them. */
@RestController
class PasswordController {

    record PasswordChange(String currentPassword, String newPassword) {}

    record FieldError(String field, String label, String labelZh, String code, String message, String messageZh) {}

    private final MerchantAccounts accounts;

    PasswordController(MerchantAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/merchants/me/password")
    ResponseEntity<?> change(Caller caller, @RequestBody PasswordChange change) {
        // Staff passwords are kept by administrators in the engine's own admin application.
        caller.require(Groups.MERCHANTS);
        var errors = new ArrayList<FieldError>();
        String current = change == null ? null : change.currentPassword();
        String next = change == null ? null : change.newPassword();
        RegistrationRules.checkPassword("newPassword", next, caller.username()).forEach(v -> errors.add(
                "REQUIRED".equals(v.code())
                        ? new FieldError(v.field(), "New password", "新密码", v.code(), "Give the new password.", "请填写新密码。")
                        : new FieldError(v.field(), "New password", "新密码", v.code(), v.message(), v.messageZh())));
        if (current == null || current.isEmpty() || !accounts.passwordMatches(caller.username(), current)) {
            errors.add(new FieldError("currentPassword", "Current password", "当前密码", "PASSWORD_WRONG",
                    "The current password is wrong.", "当前密码不正确。"));
        } else if (errors.isEmpty() && current.equals(next)) {
            errors.add(new FieldError("newPassword", "New password", "新密码", "PASSWORD_UNCHANGED",
                    "Choose a password other than the current one.", "新密码不能与当前密码相同。"));
        }
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(problem(errors));
        }
        accounts.changePassword(caller.username(), next);
        return ResponseEntity.noContent().build();
    }

    private static ProblemDetail problem(List<FieldError> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Fix these and send again: "
                + errors.stream().map(FieldError::label).distinct().collect(Collectors.joining(", ")) + ".");
        problem.setTitle("Password not changed / 密码未修改");
        problem.setProperty("detailZh", "请修正后重新提交："
                + errors.stream().map(FieldError::labelZh).distinct().collect(Collectors.joining("、")) + "。");
        problem.setProperty("errors", errors);
        return problem;
    }
}
