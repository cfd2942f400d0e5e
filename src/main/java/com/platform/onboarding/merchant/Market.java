package com.platform.onboarding.merchant;

/** First markets of the going-overseas plan (出海计划). */
public enum Market {
    US, HK, MO
}
