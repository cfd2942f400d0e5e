package com.platform.onboarding.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.platform.onboarding.Effective;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidityRuleTest {

    static final LocalDate NOTICE_DAY = LocalDate.of(2025, 3, 22);

    private static List<String> codes(QualificationRules rules, LocalDate reviewDay, int daysLeft) {
        var q = QualificationRulesTest.until("overseasEntity", reviewDay.plusDays(daysLeft));
        return rules.check(List.of(q.type()), Map.of(q.type(), q), "food", reviewDay).stream()
                .map(QualificationIssue::code).toList();
    }

    @Test
    void theDayBeforeTheRuleTakesEffectNothingIsRequired() {
        var rules = new QualificationRules(List.of(new Effective<>(NOTICE_DAY, 30)));
        assertThat(rules.minRemainingDaysOn(NOTICE_DAY.minusDays(1))).isZero();
        assertThat(codes(rules, NOTICE_DAY.minusDays(1), 0)).isEmpty();
    }

    @Test
    void fromItsEffectiveDayTheRuleIsInForce() {
        var rules = new QualificationRules(List.of(new Effective<>(NOTICE_DAY, 30)));
        assertThat(rules.minRemainingDaysOn(NOTICE_DAY)).isEqualTo(30);
        assertThat(codes(rules, NOTICE_DAY, 29)).containsExactly("QUALIFICATION_EXPIRES_TOO_SOON");
        assertThat(codes(rules, NOTICE_DAY, 30)).isEmpty();
    }

    @Test
    void theLaterRuleWinsFromItsDateWhateverTheOrderGiven() {
        var tightened = LocalDate.of(2026, 1, 1);
        var rules = new QualificationRules(List.of(new Effective<>(tightened, 45), new Effective<>(NOTICE_DAY, 30)));
        assertThat(rules.minRemainingDaysOn(tightened.minusDays(1))).isEqualTo(30);
        assertThat(rules.minRemainingDaysOn(tightened)).isEqualTo(45);
        assertThat(codes(rules, tightened.minusDays(1), 40)).isEmpty();
        assertThat(codes(rules, tightened, 40)).containsExactly("QUALIFICATION_EXPIRES_TOO_SOON");
    }

    @Test
    void aLaterRuleCanAlsoRelaxTheRequirement() {
        var relaxed = LocalDate.of(2026, 1, 1);
        var rules = new QualificationRules(List.of(new Effective<>(NOTICE_DAY, 30), new Effective<>(relaxed, 0)));
        assertThat(rules.minRemainingDaysOn(relaxed.minusDays(1))).isEqualTo(30);
        assertThat(rules.minRemainingDaysOn(relaxed)).isZero();
    }

    @Test
    void withoutAnyRuleNothingIsRequired() {
        assertThat(new QualificationRules(List.of()).minRemainingDaysOn(NOTICE_DAY)).isZero();
    }

    @Test
    void twoRulesTakingEffectOnTheSameDayAreRefused() {
        assertThatThrownBy(() -> new QualificationRules(
                List.of(new Effective<>(NOTICE_DAY, 30), new Effective<>(NOTICE_DAY, 45))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-03-22");
    }

    @Test
    void aNegativeRemainingValidityIsRefused() {
        assertThatThrownBy(() -> new QualificationRules(List.of(new Effective<>(NOTICE_DAY, -1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
