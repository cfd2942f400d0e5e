package com.platform.onboarding.security;

/**
 * What the reviewers' "second reviews" filter must know of the model, told by the process layer that owns the model
 * (FourEyes), so that security names no task of it and depends on nothing of ours.
 */
public interface SecondReviews {

    /** The task key of the second review of qualifications. */
    String taskKey();
}
