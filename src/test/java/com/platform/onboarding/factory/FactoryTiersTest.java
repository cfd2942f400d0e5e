package com.platform.onboarding.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.platform.onboarding.factory.FactoryTiers.Facts;
import com.platform.onboarding.factory.FactoryTiers.Reason;
import org.junit.jupiter.api.Test;

/** Why a tier is suggested, criterion by criterion, with the factory's own figures. */
class FactoryTiersTest {

    static final Facts A_AT_LIMITS = new Facts(true, 1_000_000, "DOMESTIC_KNOWN", 300, 5, 8_000, false);

    @Test
    void aFactoryExactlyAtEveryALimitMeetsEachCriterionOfTierA() {
        assertThat(FactoryTiers.suggested(A_AT_LIMITS)).isEqualTo(FactoryTier.A);

        var reasons = FactoryTiers.reasons(FactoryTier.A, A_AT_LIMITS);

        assertThat(reasons).extracting(Reason::criterionEn, Reason::valueEn, Reason::met, Reason::detailEn)
                .containsExactly(
                        tuple("Certified quality system", "yes", true, "certified, as required"),
                        tuple("Annual output", "1,000,000 units", true, "1,000,000 ≥ 1,000,000 units"),
                        tuple("Brands made for", "well-known domestic brands", true,
                                "one of: international top brands, international brands, well-known domestic brands"),
                        tuple("Employees", "300 staff", true, "300 ≥ 300 staff"),
                        tuple("Years in operation", "5 years", true, "5 ≥ 5 years"),
                        tuple("Plant area", "8,000 m²", true, "8,000 ≥ 8,000 m²"));
        assertThat(reasons.get(3).detailZh()).isEqualTo("300 ≥ 300 人");
    }

    @Test
    void aTierBFactoryIsExplainedByWhereItFallsShortOfTierAAndByItsTechnology() {
        var facts = new Facts(true, 1_000_000, "DOMESTIC_KNOWN", 299, 5, 8_000, false);
        assertThat(FactoryTiers.suggested(facts)).isEqualTo(FactoryTier.B_CRAFT);

        var reasons = FactoryTiers.reasons(FactoryTier.B_CRAFT, facts);

        assertThat(reasons).filteredOn(r -> !r.met()).extracting(Reason::criterionEn, Reason::detailEn)
                .containsExactly(tuple("Employees", "299 < 300 staff"),
                        tuple("New-material technology", "no new-material technology: tier B craft-select factory"));
        var tech = new Facts(false, 0, "NONE", 0, 0, 0, true);
        assertThat(FactoryTiers.suggested(tech)).isEqualTo(FactoryTier.B_NEW_MATERIAL);
        assertThat(FactoryTiers.reasons(FactoryTier.B_NEW_MATERIAL, tech).get(6).met()).isTrue();
    }

    @Test
    void tierSIsExplainedByItsOwnLimits() {
        var facts = new Facts(true, 5_000_000, "INTERNATIONAL", 1_000, 10, 30_000, false);
        assertThat(FactoryTiers.suggested(facts)).isEqualTo(FactoryTier.S);

        assertThat(FactoryTiers.reasons(FactoryTier.S, facts)).allMatch(Reason::met)
                .extracting(Reason::detailEn).contains("1,000 ≥ 1,000 staff", "30,000 ≥ 30,000 m²");
        assertThat(FactoryTiers.reasons(FactoryTier.S, new Facts(true, 5_000_000, "DOMESTIC_KNOWN", 1_000, 10, 30_000, false))
                .get(2).met()).as("a domestic brand is not enough for S").isFalse();
    }
}
