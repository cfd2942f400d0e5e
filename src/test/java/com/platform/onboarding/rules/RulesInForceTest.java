package com.platform.onboarding.rules;

import com.platform.onboarding.Effective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.platform.onboarding.rules.RulesInForce.RuleValue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesInForceTest {

    static final LocalDate NOTICE = LocalDate.of(2025, 3, 22);
    static final LocalDate CHANGE = LocalDate.of(2027, 1, 1);

    private final RulesInForce rules = new RulesInForce(List.of(
            () -> List.of(new Rule("minimum-validity", "资质剩余有效期下限", "Minimum remaining validity", "days",
                    new EffectiveValues<>(List.of(new Effective<>(NOTICE, 30), new Effective<>(CHANGE, 45))))),
            () -> List.of(new Rule("deadlines.merchant-lapse", "商家待办失效时间", "Application lapses after", "duration",
                    new EffectiveValues<>(List.of(new Effective<>(CHANGE, Duration.ofDays(10))))))));

    @Test
    void aDayNamesEachRuleValueInForceWithTheDayItTookEffect() {
        assertThat(rules.on(CHANGE.minusDays(1))).containsExactly(
                new RuleValue("minimum-validity", "资质剩余有效期下限", "Minimum remaining validity", "days", 30, NOTICE));
        assertThat(rules.on(CHANGE)).extracting(RuleValue::key, RuleValue::value, RuleValue::effectiveFrom)
                .containsExactly(
                        tuple("deadlines.merchant-lapse", Duration.ofDays(10), CHANGE),
                        tuple("minimum-validity", 45, CHANGE));
    }

    @Test
    void oneRuleIsAskedForByItsKey() {
        assertThat(rules.on(CHANGE.minusDays(1), "minimum-validity")).map(RuleValue::value).contains(30);
        assertThat(rules.on(CHANGE.minusDays(1), "deadlines.merchant-lapse")).isEmpty();
        assertThat(rules.on(CHANGE, "no-such-rule")).isEmpty();
    }
}
