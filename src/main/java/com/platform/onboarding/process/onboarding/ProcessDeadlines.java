package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.deadline.DeadlinePolicy;
import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The model's timers and due dates, as {@code ${deadlines...}}: computed from configuration on the engine's clock
 * (which tests move), never written into the model. Public because the expression language only calls public classes.
 */
@Component("deadlines")
public class ProcessDeadlines {

    private final DeadlinePolicy deadlines;
    private final Clock clock;

    ProcessDeadlines(DeadlinePolicy deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** ISO-8601, as a timer's timeDuration reads it. */
    public String getMerchantReminder() {
        return deadlines.merchantReminder(clock.instant()).toString();
    }

    public String getMerchantLapse() {
        return deadlines.merchantLapse(clock.instant()).toString();
    }

    public Date merchantDue() {
        return Date.from(deadlines.merchantDue(clock.instant()));
    }

    public Date reviewDue() {
        return Date.from(deadlines.reviewDue(clock.instant()));
    }
}
