package com.platform.onboarding.merchant;

public enum ApplicationStatus {
    APPLYING, ACTIVE, REJECTED, WITHDRAWN, EXPIRED, SUSPENDED
}
