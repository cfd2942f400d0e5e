package com.platform.onboarding.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every dated rule of the product, and what each said on a given day: what {@code GET /api/rules} shows, and what a
 * record of a decision names as the values it was judged by.
 */
@Component
public class RulesInForce {

    /** One rule's value on a day and the day that value took effect. */
    public record RuleValue(String key, String nameZh, String nameEn, String unit, Object value,
            LocalDate effectiveFrom) {}

    private final List<Rule> rules;

    public RulesInForce(List<RuleSource> sources) {
        this.rules = sources.stream().flatMap(source -> source.rules().stream())
                .sorted(Comparator.comparing(Rule::key)).toList();
    }

    public List<Rule> all() {
        return rules;
    }

    /** Each rule's value in force on the day, by key; a rule with no value yet that day is left out. */
    public List<RuleValue> on(LocalDate day) {
        return rules.stream().flatMap(rule -> valueOn(rule, day).stream()).toList();
    }

    /** One rule's value in force on the day, e.g. {@code on(day, "minimum-validity")}. */
    public Optional<RuleValue> on(LocalDate day, String key) {
        return rules.stream().filter(rule -> rule.key().equals(key)).findFirst().flatMap(rule -> valueOn(rule, day));
    }

    static Optional<RuleValue> valueOn(Rule rule, LocalDate day) {
        return rule.values().inForceOn(day).map(value -> new RuleValue(rule.key(), rule.nameZh(), rule.nameEn(),
                rule.unit(), value.value(), value.effectiveFrom()));
    }
}
