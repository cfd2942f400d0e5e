package com.platform.onboarding.merchant;

public enum ApplicationStatus {
    /** Taken, and on its way through onboarding. */
    APPLYING,
    /** Ended without a store; the reason code says why. */
    REJECTED
}
