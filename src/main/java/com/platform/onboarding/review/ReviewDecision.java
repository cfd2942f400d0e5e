package com.platform.onboarding.review;

import java.time.Instant;

/** One completed review: who decided, what, why, and for a factory the tier that holds. */
public record ReviewDecision(String applicationId, String taskKey, String reviewer, String decision, String reason,
        String tier, Instant decidedAt) {}
