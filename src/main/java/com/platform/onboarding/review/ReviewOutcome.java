package com.platform.onboarding.review;

import java.util.Arrays;
import java.util.Optional;

/** What a reviewer decides on qualifications or a factory; the model's gateways compare these names. */
public enum ReviewOutcome {
    APPROVE,
    REQUEST_CHANGES,
    REJECT;

    /** Anything but an approval goes back to the merchant, who must be able to read why. */
    public boolean needsReason() {
        return this != APPROVE;
    }

    /** Empty for anything that is not exactly one of the names (a task input is untrusted). */
    public static Optional<ReviewOutcome> of(Object value) {
        return Arrays.stream(values()).filter(o -> o.name().equals(value)).findFirst();
    }
}
