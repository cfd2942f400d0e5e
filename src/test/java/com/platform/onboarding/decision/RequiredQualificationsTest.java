package com.platform.onboarding.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code bpmn/required-qualifications.dmn}: COLLECT, one qualification prefix per matching row. */
class RequiredQualificationsTest {

    static final Decisions DECISION = Decisions.load("required-qualifications");

    static Decisions.Evaluation evaluate(String entityType, String category) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("entityType", entityType);
        variables.put("category", category);
        return DECISION.evaluate(variables);
    }

    static List<String> required(String entityType, String category) {
        return evaluate(entityType, category).result().collectEntries("qualification");
    }

    static List<String> rows(String entityType, String category) {
        return evaluate(entityType, category).matchedRules();
    }

    @Test
    void overseasEntity() {
        assertThat(rows("OVERSEAS", "beauty")).contains("overseas-entity");
        assertThat(required("OVERSEAS", "beauty")).contains("overseasEntity");
    }

    @Test
    void overseasDomesticEntrusted() {
        assertThat(rows("OVERSEAS", "beauty")).contains("overseas-domestic-entrusted");
        assertThat(required("OVERSEAS", "beauty")).contains("domesticEntrusted");
    }

    @Test
    void domesticBusinessLicense() {
        assertThat(rows("DOMESTIC", "electronics")).containsExactly("domestic-business-license");
        assertThat(required("DOMESTIC", "electronics")).containsExactly("businessLicense");
    }

    @Test
    void domesticFoodIndustryPermit() {
        assertThat(rows("DOMESTIC", "food")).containsExactly("domestic-business-license", "domestic-food-industry-permit");
        assertThat(required("DOMESTIC", "food")).containsExactlyInAnyOrder("businessLicense", "industryPermit");
    }

    @Test
    void anOverseasMerchantNeedsBothQualificationsAndNothingElseWhateverItSells() {
        assertThat(required("OVERSEAS", "beauty")).containsExactlyInAnyOrder("overseasEntity", "domesticEntrusted");
        assertThat(required("OVERSEAS", "food.fresh-fruit.durian"))
                .containsExactlyInAnyOrder("overseasEntity", "domesticEntrusted");
    }

    @Test
    void aDomesticDurianMerchantNeedsTheBusinessLicenseAndTheFoodPermit() {
        assertThat(required("DOMESTIC", "food.fresh-fruit.durian"))
                .containsExactlyInAnyOrder("businessLicense", "industryPermit");
    }

    @Test
    void everyCodeBelowFoodNeedsTheFoodPermit() {
        assertThat(required("DOMESTIC", "food.fresh-fruit")).contains("industryPermit");
        assertThat(required("DOMESTIC", "food.snacks")).contains("industryPermit");
        assertThat(required("DOMESTIC", "food.seafood-meat")).contains("industryPermit");
    }

    @Test
    void aDomesticBeautyMerchantNeedsOnlyTheBusinessLicense() {
        assertThat(required("DOMESTIC", "beauty")).containsExactly("businessLicense");
    }

    @Test
    void aCodeThatOnlyLooksLikeFoodNeedsNoFoodPermit() {
        assertThat(required("DOMESTIC", "foodie")).containsExactly("businessLicense");
        assertThat(required("DOMESTIC", "home.food")).containsExactly("businessLicense");
        assertThat(required("DOMESTIC", "Food")).containsExactly("businessLicense");
    }

    @Test
    void anUnknownEntityTypeNeedsNothing() {
        assertThat(required("PARTNER", "food")).isEmpty();
    }
}
