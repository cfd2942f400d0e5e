package com.platform.onboarding.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.platform.onboarding.Effective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualificationRulesTest {

    static final LocalDate REVIEW = LocalDate.of(2026, 11, 2);
    static final String DURIAN = "food.fresh-fruit.durian";
    static final List<String> DUAL = List.of("overseasEntity", "domesticEntrusted");
    static final String CREDIT_CODE = "91350100M000100Y43";

    private final QualificationRules rules = new QualificationRules(List.of(new Effective<>(LocalDate.of(2025, 3, 22), 30)));

    static Qualification valid(String type) {
        String number = type.equals("overseasEntity") || type.equals("industryPermit") ? "HK-FE-2024-0173" : CREDIT_CODE;
        return new Qualification(type, "ACME Trading", number, List.of("food"), LocalDate.of(2024, 1, 1),
                LocalDate.of(2029, 12, 31), true);
    }

    static Qualification until(String type, LocalDate validUntil) {
        var q = valid(type);
        return new Qualification(type, q.holderName(), q.number(), q.categories(), q.validFrom(), validUntil, true);
    }

    static Qualification from(String type, LocalDate validFrom) {
        var q = valid(type);
        return new Qualification(type, q.holderName(), q.number(), q.categories(), validFrom, q.validUntil(), true);
    }

    static Qualification covering(String type, String... categories) {
        var q = valid(type);
        return new Qualification(type, q.holderName(), q.number(), List.of(categories), q.validFrom(), q.validUntil(), true);
    }

    static Qualification numbered(String type, String number) {
        var q = valid(type);
        return new Qualification(type, q.holderName(), number, q.categories(), q.validFrom(), q.validUntil(), true);
    }

    static Map<String, Qualification> dualWith(Qualification replacement) {
        var submitted = new HashMap<String, Qualification>();
        submitted.put("overseasEntity", valid("overseasEntity"));
        submitted.put("domesticEntrusted", valid("domesticEntrusted"));
        submitted.put(replacement.type(), replacement);
        return submitted;
    }

    private List<String> codes(List<String> required, Map<String, Qualification> submitted) {
        return rules.check(required, submitted, DURIAN, REVIEW).stream().map(QualificationIssue::code).toList();
    }

    private List<String> codesFor(Qualification q) {
        return codes(List.of(q.type()), Map.of(q.type(), q));
    }

    @Test
    void aDualPairInForceLongEnoughAndCoveringTheCategoryHasNoIssue() {
        assertThat(rules.check(DUAL, dualWith(valid("overseasEntity")), DURIAN, REVIEW)).isEmpty();
    }

    @Test
    void submittedTypesThatAreNotRequiredAreNotJudged() {
        var submitted = dualWith(valid("overseasEntity"));
        submitted.put("businessLicense", new Qualification("businessLicense", "", "bad", List.of(), null,
                REVIEW.minusDays(1), false));
        assertThat(codes(DUAL, submitted)).isEmpty();
    }

    @Test
    void aMissingRequiredTypeIsReportedWithNoOtherIssueForIt() {
        var issues = rules.check(DUAL, Map.of("overseasEntity", valid("overseasEntity")), DURIAN, REVIEW);
        assertThat(issues).extracting(QualificationIssue::code, QualificationIssue::qualification)
                .containsExactly(tuple("QUALIFICATION_MISSING", "domesticEntrusted"));
    }

    @Test
    void aQualificationWithoutItsDocumentIsReportedAndStillJudgedOnTheRest() {
        var q = valid("businessLicense");
        var undocumentedAndExpired = new Qualification(q.type(), q.holderName(), q.number(), q.categories(),
                q.validFrom(), REVIEW.minusDays(1), false);
        assertThat(codesFor(undocumentedAndExpired)).containsExactly("DOCUMENT_MISSING", "QUALIFICATION_EXPIRED");
    }

    @Test
    void aQualificationTakingEffectOnTheReviewDayIsInForce() {
        assertThat(codesFor(from("overseasEntity", REVIEW))).isEmpty();
    }

    @Test
    void aQualificationTakingEffectTheDayAfterTheReviewIsNotYetValid() {
        assertThat(codesFor(from("overseasEntity", REVIEW.plusDays(1)))).containsExactly("QUALIFICATION_NOT_YET_VALID");
    }

    @Test
    void aQualificationEndingTheDayBeforeTheReviewIsExpiredAndNotAlsoTooSoon() {
        assertThat(codesFor(until("domesticEntrusted", REVIEW.minusDays(1)))).containsExactly("QUALIFICATION_EXPIRED");
    }

    @Test
    void aQualificationEndingOnTheReviewDayIsInForceButHasNoDaysLeftAgainstAThirtyDayRule() {
        assertThat(codesFor(until("domesticEntrusted", REVIEW))).containsExactly("QUALIFICATION_EXPIRES_TOO_SOON");
    }

    @Test
    void aQualificationEndingOnTheReviewDayPassesWhenNoRuleIsInForce() {
        var withoutRule = new QualificationRules(List.of());
        var q = until("domesticEntrusted", REVIEW);
        assertThat(withoutRule.check(List.of(q.type()), Map.of(q.type(), q), DURIAN, REVIEW)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"29, QUALIFICATION_EXPIRES_TOO_SOON", "30, ''", "31, ''"})
    void thirtyDaysLeftIsEnoughAndTwentyNineIsNot(int daysLeft, String expected) {
        var codes = codesFor(until("overseasEntity", REVIEW.plusDays(daysLeft)));
        assertThat(codes).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void theTooSoonMessageGivesTheEndDateTheDaysLeftAndTheDaysRequired() {
        // 2026-11-02 to 2026-12-01: 28 days left in November plus one.
        var issue = rules.check(List.of("businessLicense"),
                Map.of("businessLicense", until("businessLicense", LocalDate.of(2026, 12, 1))), DURIAN, REVIEW).get(0);
        assertThat(issue.messageZh()).isEqualTo("营业执照将于 2026-12-01 到期，剩余 29 天，须至少 30 天。");
        assertThat(issue.messageEn()).isEqualTo(
                "The business licence expires on 2026-12-01: 29 days left, at least 30 are required.");
    }

    @Test
    void aQualificationWithoutEndDateNeverExpires() {
        assertThat(codesFor(until("businessLicense", null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"food", "food.fresh-fruit", "food.fresh-fruit.durian"})
    void aCategoryCoversItselfAndEveryCategoryBelowIt(String granted) {
        assertThat(codesFor(covering("overseasEntity", granted))).isEmpty();
    }

    @Test
    void aCodeThatIsOnlyATextPrefixDoesNotCover() {
        assertThat(codesFor(covering("overseasEntity", "food.fresh"))).containsExactly("CATEGORY_NOT_COVERED");
    }

    @Test
    void aChildCategoryDoesNotCoverItsParent() {
        var q = covering("overseasEntity", DURIAN);
        var codes = rules.check(List.of(q.type()), Map.of(q.type(), q), "food.fresh-fruit", REVIEW).stream()
                .map(QualificationIssue::code).toList();
        assertThat(codes).containsExactly("CATEGORY_NOT_COVERED");
    }

    @Test
    void oneCoveringCategoryAmongOthersIsEnoughAndNoCategoryCoversNothing() {
        assertThat(codesFor(covering("overseasEntity", "apparel", "food.fresh-fruit"))).isEmpty();
        assertThat(codesFor(covering("overseasEntity"))).containsExactly("CATEGORY_NOT_COVERED");
    }

    @Test
    void inADualPairWhereOnlyOneCoversTheCategoryTheOtherFails() {
        var issues = rules.check(DUAL, dualWith(covering("domesticEntrusted", "food.cooked")), DURIAN, REVIEW);
        assertThat(issues).extracting(QualificationIssue::code, QualificationIssue::qualification)
                .containsExactly(tuple("CATEGORY_NOT_COVERED", "domesticEntrusted"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"domesticEntrusted", "businessLicense"})
    void aCreditCodeWithAWrongCheckCharacterIsInvalid(String type) {
        assertThat(codesFor(numbered(type, "91350100M000100Y44"))).containsExactly("CREDIT_CODE_INVALID");
    }

    @Test
    void aCreditCodeWithAForbiddenLetterIsInvalid() {
        assertThat(codesFor(numbered("businessLicense", "91350100I000100Y43"))).containsExactly("CREDIT_CODE_INVALID");
    }

    @Test
    void aBlankNumberIsAnInvalidCreditCodeOnlyWhereTheNumberIsACreditCode() {
        assertThat(codesFor(numbered("businessLicense", " "))).containsExactly("CREDIT_CODE_INVALID");
        assertThat(codesFor(numbered("domesticEntrusted", null))).containsExactly("CREDIT_CODE_INVALID");
        assertThat(codesFor(numbered("overseasEntity", ""))).isEmpty();
        assertThat(codesFor(numbered("industryPermit", null))).isEmpty();
    }

    @Test
    void overseasAndIndustryPermitNumbersAreNotCreditCodes() {
        assertThat(codesFor(numbered("overseasEntity", "91350100M000100Y44"))).isEmpty();
        assertThat(codesFor(numbered("industryPermit", "JY13501000012345"))).isEmpty();
    }

    @Test
    void issuesFollowTheRequiredOrderThenTheOrderOfTheRules() {
        var everythingWrong = new Qualification("domesticEntrusted", "ACME", "91350100M000100Y44", List.of("apparel"),
                REVIEW.plusDays(1), REVIEW.plusDays(10), false);
        var submitted = Map.of("domesticEntrusted", everythingWrong,
                "businessLicense", until("businessLicense", REVIEW.minusDays(1)));
        var issues = rules.check(List.of("businessLicense", "overseasEntity", "domesticEntrusted"), submitted, DURIAN, REVIEW);
        assertThat(issues).extracting(QualificationIssue::qualification, QualificationIssue::code).containsExactly(
                tuple("businessLicense", "QUALIFICATION_EXPIRED"),
                tuple("overseasEntity", "QUALIFICATION_MISSING"),
                tuple("domesticEntrusted", "DOCUMENT_MISSING"),
                tuple("domesticEntrusted", "QUALIFICATION_NOT_YET_VALID"),
                tuple("domesticEntrusted", "QUALIFICATION_EXPIRES_TOO_SOON"),
                tuple("domesticEntrusted", "CATEGORY_NOT_COVERED"),
                tuple("domesticEntrusted", "CREDIT_CODE_INVALID"));
    }

    @ParameterizedTest
    @CsvSource({
            "overseasEntity, 境外主体资质, overseas-entity qualification",
            "domesticEntrusted, 境内委托企业资质, domestic entrusted enterprise's qualification",
            "businessLicense, 营业执照, business licence",
            "industryPermit, 行业许可证, industry permit"})
    void everyMessageNamesTheQualificationInBothLanguages(String type, String nameZh, String nameEn) {
        var wrong = new Qualification(type, "ACME", "", List.of(), REVIEW.plusDays(1), REVIEW.plusDays(5), false);
        var issues = new ArrayList<>(rules.check(List.of(type), Map.of(type, wrong), DURIAN, REVIEW));
        issues.addAll(rules.check(List.of(type), Map.of(), DURIAN, REVIEW));
        issues.addAll(rules.check(List.of(type), Map.of(type, until(type, REVIEW.minusDays(1))), DURIAN, REVIEW));
        assertThat(issues).hasSizeGreaterThanOrEqualTo(6);
        assertThat(issues).allSatisfy(issue -> {
            assertThat(issue.qualification()).isEqualTo(type);
            assertThat(issue.messageZh()).contains(nameZh);
            assertThat(issue.messageEn()).contains(nameEn);
        });
    }

    @Test
    void anUnknownRequiredTypeIsAWiringMistake() {
        assertThatThrownBy(() -> rules.check(List.of("passport"), Map.of(), DURIAN, REVIEW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("passport");
    }
}
