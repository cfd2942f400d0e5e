package com.platform.onboarding.merchant;

public enum ApplicationStatus {
    /** Taken, and on its way through onboarding. */
    APPLYING
}
