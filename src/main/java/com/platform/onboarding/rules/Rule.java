package com.platform.onboarding.rules;

import java.util.Objects;

/**
 * A figure the notices make configurable, as staff read it: a stable key (the configuration's name), its names in
 * both languages, its unit, and its dated values. Each capability lists its own through a {@link RuleSource}
 * bean; {@link RulesInForce} gathers them.
 */
public record Rule(String key, String nameZh, String nameEn, String unit, EffectiveValues<?> values) {

    public Rule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(values, "values");
    }
}
