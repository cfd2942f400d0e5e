package com.platform.onboarding.qualification;

/** One reason a qualification cannot be accepted, said so that the merchant knows what to fix. */
public record QualificationIssue(String code, String qualification, String messageZh, String messageEn) {}
