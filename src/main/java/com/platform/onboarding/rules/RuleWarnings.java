package com.platform.onboarding.rules;

import java.util.List;

/**
 * Something a rule depends on that ops must complete before it bites (e.g. a year without a holiday calendar): listed
 * under {@code warnings} on {@code GET /api/rules}. Any bean implementing it is asked on every request.
 */
@FunctionalInterface
public interface RuleWarnings {

    /** @param code stable, for scripts; the messages for people */
    record Warning(String code, String messageZh, String messageEn) {}

    List<Warning> warnings();
}
