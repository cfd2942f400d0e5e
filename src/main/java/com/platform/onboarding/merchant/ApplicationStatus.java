package com.platform.onboarding.merchant;

public enum ApplicationStatus {
    /** Taken, and on its way through onboarding. */
    APPLYING,
    /** The store is open. */
    ACTIVE,
    /** Ended without a store; the reason code says why. */
    REJECTED,
    /** The merchant withdrew before activation. */
    WITHDRAWN,
    /** A merchant task or the deposit was not done within its deadline; the reason code says which. */
    EXPIRED,
    /** The store is closed while a qualification it needs has expired; the reason code says which. */
    SUSPENDED
}
