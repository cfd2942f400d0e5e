package com.platform.onboarding.merchant;

public enum ApplicationStatus {
    /** Taken, and on its way through onboarding. */
    APPLYING,
    /** The store is open. */
    ACTIVE,
    /** Ended without a store; the reason code says why. */
    REJECTED,
    /** The merchant withdrew before activation. */
    WITHDRAWN
}
