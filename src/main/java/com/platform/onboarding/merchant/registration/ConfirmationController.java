package com.platform.onboarding.merchant.registration;

import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.merchant.MerchantNotices;
import com.platform.onboarding.notification.AddressConfirmations;
import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The link in a merchant's first e-mail confirms the contact address; a merchant may ask for the link again. */
@RestController
class ConfirmationController {

    record Confirmation(String token) {}

    /** What {@link AddressConfirmations} hands out: 32 random bytes, URL-safe Base64 without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final AddressConfirmations confirmations;
    private final MerchantDirectory directory;
    private final MerchantNotices notices;
    private final RegistrationLimits limits;

    ConfirmationController(AddressConfirmations confirmations, MerchantDirectory directory, MerchantNotices notices,
            RegistrationLimits limits) {
        this.confirmations = confirmations;
        this.directory = directory;
        this.notices = notices;
        this.limits = limits;
    }

    /** Anonymous: the token is the proof. Confirming twice is no error. */
    @PostMapping("/api/registrations/confirm")
    ResponseEntity<?> confirm(@RequestBody(required = false) Confirmation confirmation) {
        String token = confirmation == null ? null : confirmation.token();
        if (token == null || !TOKEN.matcher(token).matches()) {
            return problem(HttpStatus.BAD_REQUEST, "The confirmation link is incomplete; open it again from the e-mail.",
                    "确认链接不完整，请从邮件中重新打开。");
        }
        return switch (confirmations.confirm(token)) {
            case CONFIRMED, ALREADY_CONFIRMED -> ResponseEntity.noContent().build();
            case EXPIRED -> problem(HttpStatus.BAD_REQUEST,
                    "The confirmation link has expired; sign in to the merchant portal and ask for a new one.",
                    "确认链接已过期，请登录商家中心重新获取。");
            case UNKNOWN -> problem(HttpStatus.NOT_FOUND,
                    "This confirmation link is not valid; open the newest one from your e-mail.",
                    "此确认链接无效，请打开邮件中最新的链接。");
        };
    }

    /** A new link for each of the caller's applications whose address is not confirmed yet (the old link stops working). */
    @PostMapping("/api/merchants/me/confirmation")
    @Transactional
    ResponseEntity<?> sendAgain(Caller caller) {
        caller.require(Groups.MERCHANTS);
        var applications = directory.ownedBy(caller.username()).stream()
                .filter(a -> confirmations.awaited(a.applicationId())).toList();
        if (applications.isEmpty()) {
            return problem(HttpStatus.CONFLICT, "Your e-mail address is already confirmed.", "您的邮箱已确认。");
        }
        for (var a : applications) {
            var wait = limits.mayWrite(a.contactEmail());
            if (wait.isPresent()) {
                long seconds = wait.get().toSeconds() + 1;
                long minutes = (seconds + 59) / 60;
                var tooMany = problem(HttpStatus.TOO_MANY_REQUESTS,
                        "Too many e-mails to this address; try again in " + minutes + " minutes.",
                        "发往此邮箱的邮件过于频繁，请 " + minutes + " 分钟后再试。");
                return ResponseEntity.status(tooMany.getStatusCode()).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                        .body(tooMany.getBody());
            }
            if (confirmations.renew(a.applicationId())) {
                notices.addressConfirmation(a.applicationId());
                limits.registered(a.contactEmail());
            }
        }
        return ResponseEntity.accepted().build();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String detailZh) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("E-mail confirmation / 邮箱确认");
        problem.setProperty("detailZh", detailZh);
        return ResponseEntity.status(status).body(problem);
    }
}
