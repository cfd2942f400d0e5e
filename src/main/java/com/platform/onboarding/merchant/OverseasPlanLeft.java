package com.platform.onboarding.merchant;

/**
 * Published in the transaction that clears a merchant's markets while the application is under way: the process, if
 * it still waits for the agreement, goes on without it, in the same transaction.
 */
public record OverseasPlanLeft(String applicationId) {}
