package com.platform.onboarding.merchant;

/** Published inside the registration's transaction: whoever reacts fails the registration with it. */
public record ApplicationSubmitted(MerchantApplication application) {}
