package com.platform.onboarding.qualification;

import com.platform.onboarding.security.Caller;
import com.platform.onboarding.security.Groups;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ops see which qualifications run out soon (or already have), to chase merchants before their stores stop. */
@RestController
class ExpiringQualificationsController {

    static final int MAX_DAYS = 3650;
    private static final URI INVALID_PARAMETER = URI.create("/problems/invalid-parameter");

    record Expiring(String applicationId, String qualificationType, String nameZh, String nameEn, String number,
            LocalDate validUntil, long daysLeft, boolean suspended) {}

    static class InvalidDays extends RuntimeException {
        InvalidDays(String days) {
            super("days=" + days);
        }
    }

    private final HeldQualifications held;
    private final ExpiryReminders reminders;
    private final Clock clock;

    ExpiringQualificationsController(HeldQualifications held, ExpiryReminders reminders, Clock clock) {
        this.held = held;
        this.reminders = reminders;
        this.clock = clock;
    }

    @GetMapping("/api/qualifications/expiring")
    List<Expiring> expiring(Caller caller, @RequestParam(required = false) String days) {
        caller.require(Groups.OPS, Groups.ADMINS);
        int within = parse(days);
        var today = reminders.businessDay(clock.instant());
        return held.expiring(within, today).stream().map(q -> new Expiring(q.applicationId(), q.type(), q.nameZh(),
                q.nameEn(), q.number(), q.validUntil(), reminders.daysLeft(q.validUntil(), today), q.suspended())).toList();
    }

    private static int parse(String days) {
        try {
            int value = Integer.parseInt(days == null ? "" : days.strip());
            if (value >= 0 && value <= MAX_DAYS) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like a number out of range
        }
        throw new InvalidDays(days);
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidDays invalid) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Fix these parameters and send again: days");
        problem.setType(INVALID_PARAMETER);
        problem.setTitle("Parameter refused / 参数无效");
        problem.setProperty("errors", List.of(Map.of("field", "days", "code", "DAYS_INVALID",
                "message", "days must be a whole number of days from 0 to " + MAX_DAYS + ".",
                "messageZh", "days 须为 0 到 " + MAX_DAYS + " 之间的整数（天数）。")));
        return problem;
    }
}
