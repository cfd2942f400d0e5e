package com.platform.onboarding.qualification;

import static com.platform.onboarding.qualification.QualificationRulesTest.DUAL;
import static com.platform.onboarding.qualification.QualificationRulesTest.DURIAN;
import static com.platform.onboarding.qualification.QualificationRulesTest.REVIEW;
import static com.platform.onboarding.qualification.QualificationRulesTest.covering;
import static com.platform.onboarding.qualification.QualificationRulesTest.dualWith;
import static com.platform.onboarding.qualification.QualificationRulesTest.from;
import static com.platform.onboarding.qualification.QualificationRulesTest.numbered;
import static com.platform.onboarding.qualification.QualificationRulesTest.until;
import static com.platform.onboarding.qualification.QualificationRulesTest.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.platform.onboarding.qualification.QualificationFinding.Rule;
import com.platform.onboarding.Effective;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a reviewer reads of the check: every rule's result, passes included, with the figures. */
class QualificationFindingsTest {

    private final QualificationRules rules = new QualificationRules(List.of(new Effective<>(LocalDate.of(2025, 3, 22), 30)));

    private static final Map<String, QualificationNames.Name> NAMES = Map.of(
            "food", new QualificationNames.Name("食品", "Food"),
            "food.fresh-fruit", new QualificationNames.Name("水果", "Fruit"),
            "food.fresh-fruit.durian", new QualificationNames.Name("榴莲", "Durian"),
            "apparel", new QualificationNames.Name("服饰", "Apparel"));

    private List<QualificationFinding> findings(Map<String, Qualification> submitted) {
        return rules.findings(DUAL, submitted, DURIAN, REVIEW, NAMES::get);
    }

    private QualificationFinding finding(Map<String, Qualification> submitted, String qualification, Rule rule) {
        return findings(submitted).stream().filter(f -> f.qualification().equals(qualification) && f.rule() == rule)
                .findFirst().orElseThrow();
    }

    @Test
    void aQualificationInOrderReportsEveryRuleAsPassedAndOnlyEnterpriseCodesAreChecked() {
        var findings = findings(dualWith(valid("overseasEntity")));

        assertThat(findings).extracting(QualificationFinding::qualification, QualificationFinding::rule,
                QualificationFinding::passed).containsExactly(
                tuple("overseasEntity", Rule.DOCUMENT, true),
                tuple("overseasEntity", Rule.VALIDITY, true),
                tuple("overseasEntity", Rule.CATEGORY_COVERAGE, true),
                tuple("domesticEntrusted", Rule.DOCUMENT, true),
                tuple("domesticEntrusted", Rule.VALIDITY, true),
                tuple("domesticEntrusted", Rule.CATEGORY_COVERAGE, true),
                tuple("domesticEntrusted", Rule.CREDIT_CODE, true));
        assertThat(findings.get(3).qualificationZh()).isEqualTo("境内委托企业资质");
        assertThat(findings.get(6).detailZh()).isEqualTo("信用代码校验通过");
        assertThat(findings.get(6).detailEn()).isEqualTo("credit code valid");
    }

    @ParameterizedTest(name = "{0} days left -> passed {1}")
    @CsvSource({"212, true, 剩余 212 天 ≥ 30, 212 days left ≥ 30",
            "30, true, 剩余 30 天 ≥ 30, 30 days left ≥ 30",
            "29, false, 剩余 29 天 < 30, 29 days left < 30",
            "1, false, 剩余 1 天 < 30, 1 day left < 30",
            "0, false, 剩余 0 天 < 30, 0 days left < 30"})
    void validityStatesTheDaysLeftOnTheReviewDayAgainstTheRequiredThirty(int daysLeft, boolean passed, String zh,
            String en) {
        var finding = finding(dualWith(until("overseasEntity", REVIEW.plusDays(daysLeft))), "overseasEntity",
                Rule.VALIDITY);

        assertThat(finding.passed()).isEqualTo(passed);
        assertThat(finding.detailZh()).isEqualTo(zh);
        assertThat(finding.detailEn()).isEqualTo(en);
        assertThat(rules.check(DUAL, dualWith(until("overseasEntity", REVIEW.plusDays(daysLeft))), DURIAN, REVIEW))
                .as("the findings and the issues judge alike").hasSize(passed ? 0 : 1);
    }

    @Test
    void validityNamesTheDateOfAnExpiredOrNotYetValidQualification() {
        var expired = finding(dualWith(until("overseasEntity", REVIEW.minusDays(1))), "overseasEntity", Rule.VALIDITY);
        assertThat(expired.passed()).isFalse();
        assertThat(expired.detailEn()).isEqualTo("expired on 2026-11-01");

        var early = finding(dualWith(from("overseasEntity", REVIEW.plusDays(1))), "overseasEntity", Rule.VALIDITY);
        assertThat(early.passed()).isFalse();
        assertThat(early.detailZh()).isEqualTo("2026-11-03 起生效，审核日 2026-11-02 尚未生效");

        var endless = finding(dualWith(until("overseasEntity", null)), "overseasEntity", Rule.VALIDITY);
        assertThat(endless.passed()).isTrue();
        assertThat(endless.detailEn()).isEqualTo("valid without end");
    }

    @Test
    void coverageNamesTheCategoriesThatCoverTheMerchantsOrThoseThatDoNot() {
        var covered = finding(dualWith(covering("overseasEntity", "apparel", "food.fresh-fruit")), "overseasEntity",
                Rule.CATEGORY_COVERAGE);
        assertThat(covered.passed()).isTrue();
        assertThat(covered.detailZh()).isEqualTo("类目覆盖：水果");
        assertThat(covered.detailEn()).isEqualTo("category covered by: Fruit");

        var uncovered = finding(dualWith(covering("overseasEntity", "apparel")), "overseasEntity",
                Rule.CATEGORY_COVERAGE);
        assertThat(uncovered.passed()).isFalse();
        assertThat(uncovered.detailZh()).isEqualTo("经营类目（服饰）不含榴莲");
        assertThat(uncovered.detailEn()).isEqualTo("categories (Apparel) do not include Durian");
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterFailsWithoutRepeatingTheMerchantsText() {
        var finding = finding(dualWith(numbered("domesticEntrusted", "91350100M000100Y44")), "domesticEntrusted",
                Rule.CREDIT_CODE);

        assertThat(finding.passed()).isFalse();
        assertThat(finding.detailEn()).doesNotContain("91350100M000100Y44").contains("not valid");
    }

    @Test
    void aMissingQualificationIsOneFailedFindingAndADocumentlessOneSaysSo() {
        var submitted = dualWith(valid("overseasEntity"));
        submitted.remove("domesticEntrusted");
        assertThat(findings(submitted)).filteredOn(f -> f.qualification().equals("domesticEntrusted"))
                .extracting(QualificationFinding::rule, QualificationFinding::passed, QualificationFinding::detailEn)
                .containsExactly(tuple(Rule.SUBMITTED, false, "not submitted"));

        var q = valid("overseasEntity");
        var withoutDocument = new Qualification(q.type(), q.holderName(), q.number(), q.categories(), q.validFrom(),
                q.validUntil(), false);
        assertThat(finding(dualWith(withoutDocument), "overseasEntity", Rule.DOCUMENT).passed()).isFalse();
    }
}
