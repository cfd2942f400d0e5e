package com.platform.onboarding.merchant.registration;

import java.util.List;

/** The registration was not taken; nothing was created. */
class RegistrationRefused extends RuntimeException {

    private final List<Violation> violations;

    RegistrationRefused(List<Violation> violations) {
        super("Registration refused: " + violations);
        this.violations = List.copyOf(violations);
    }

    List<Violation> violations() {
        return violations;
    }
}
