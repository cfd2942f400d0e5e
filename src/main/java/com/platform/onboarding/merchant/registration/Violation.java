package com.platform.onboarding.merchant.registration;

/** One thing wrong with one field, said so that the merchant knows what to fix. */
record Violation(String field, String code, String message, String messageZh) {}
