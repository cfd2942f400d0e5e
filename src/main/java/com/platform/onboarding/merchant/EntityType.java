package com.platform.onboarding.merchant;

/** Where the applying company is registered; decides which qualifications it must hold. */
public enum EntityType {
    /** A company registered outside the mainland (境外主体): dual qualifications. */
    OVERSEAS,
    /** A mainland company (境内主体). */
    DOMESTIC
}
