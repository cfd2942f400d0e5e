package com.platform.onboarding.rules;

import java.util.List;

/** A capability's dated rules, declared where they are applied so that what staff read is what the checks use. */
@FunctionalInterface
public interface RuleSource {
    List<Rule> rules();
}
