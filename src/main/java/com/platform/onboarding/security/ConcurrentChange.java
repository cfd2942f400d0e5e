package com.platform.onboarding.security;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Two calls that changed the same thing at once: the one that lost is told so, as a 409 in both languages, on our /api
 * and on the engine mounts alike. Nothing is wrong with its request; sent again after a reload, it meets the new state.
 */
public final class ConcurrentChange {

    public static final String TITLE = "Changed at the same time / 同时被修改";
    public static final String EN = "Someone else changed this at the same time; reload and try again.";
    public static final String ZH = "他人同时修改了此内容，请刷新后重试。";

    /** Whether the failure, or what caused it, is such a clash (the engine's optimistic locking, or our tables'). */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }

    private ConcurrentChange() {}
}
