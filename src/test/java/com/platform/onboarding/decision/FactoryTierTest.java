package com.platform.onboarding.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.factory.FactoryTiers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code bpmn/factory-tier.dmn}: FIRST, highest tier first; thresholds are ours. */
class FactoryTierTest {

    static final Decisions DECISION = Decisions.load("factory-tier");

    /** The inputs of the table; {@code with*} copies change one. */
    record Factory(Boolean qualitySystemCertified, Integer annualOutputUnits, String oemBrandLevel, Integer headcount,
                   Integer yearsInOperation, Integer plantAreaSqm, Boolean newMaterialTech) {

        Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put("qualitySystemCertified", qualitySystemCertified);
            variables.put("annualOutputUnits", annualOutputUnits);
            variables.put("oemBrandLevel", oemBrandLevel);
            variables.put("headcount", headcount);
            variables.put("yearsInOperation", yearsInOperation);
            variables.put("plantAreaSqm", plantAreaSqm);
            variables.put("newMaterialTech", newMaterialTech);
            variables.put("applicationDate", "2026-12-01");
            return variables;
        }

        Factory certified(Boolean v) { return new Factory(v, annualOutputUnits, oemBrandLevel, headcount, yearsInOperation, plantAreaSqm, newMaterialTech); }
        Factory output(Integer v) { return new Factory(qualitySystemCertified, v, oemBrandLevel, headcount, yearsInOperation, plantAreaSqm, newMaterialTech); }
        Factory brand(String v) { return new Factory(qualitySystemCertified, annualOutputUnits, v, headcount, yearsInOperation, plantAreaSqm, newMaterialTech); }
        Factory headcount(Integer v) { return new Factory(qualitySystemCertified, annualOutputUnits, oemBrandLevel, v, yearsInOperation, plantAreaSqm, newMaterialTech); }
        Factory years(Integer v) { return new Factory(qualitySystemCertified, annualOutputUnits, oemBrandLevel, headcount, v, plantAreaSqm, newMaterialTech); }
        Factory area(Integer v) { return new Factory(qualitySystemCertified, annualOutputUnits, oemBrandLevel, headcount, yearsInOperation, v, newMaterialTech); }
        Factory newMaterial(Boolean v) { return new Factory(qualitySystemCertified, annualOutputUnits, oemBrandLevel, headcount, yearsInOperation, plantAreaSqm, v); }
    }

    /** Exactly at every S limit. */
    static final Factory S_AT_LIMITS = new Factory(true, 5_000_000, "INTERNATIONAL", 1000, 10, 30_000, false);
    /** Exactly at every A limit. */
    static final Factory A_AT_LIMITS = new Factory(true, 1_000_000, "DOMESTIC_KNOWN", 300, 5, 8000, false);
    /** A workshop: far from A on everything. */
    static final Factory WORKSHOP = new Factory(false, 200_000, "NONE", 60, 3, 1500, false);

    /** The tier, its reason and the id of the row that decided. */
    record Tier(String tier, String reason, String rule) {
    }

    static Tier tier(Factory factory) {
        var evaluation = DECISION.evaluate(factory.variables());
        assertThat(evaluation.matchedRules()).hasSize(1);
        var result = evaluation.result().getSingleResult();
        return new Tier(result.getEntry("tier"), result.getEntry("tierReason"), evaluation.matchedRules().get(0));
    }

    @Test
    void tierSSuperFactory() {
        var tier = tier(new Factory(true, 8_000_000, "INTERNATIONAL_TOP", 2500, 18, 60_000, false));
        assertThat(tier.rule()).isEqualTo("tier-s-super-factory");
        assertThat(tier.tier()).isEqualTo("S");
        assertThat(tier.reason()).contains("super factory", "超级大厂", "5,000,000", "500万");
    }

    @Test
    void tierAMidLargeFactory() {
        var tier = tier(new Factory(true, 2_000_000, "DOMESTIC_KNOWN", 600, 8, 12_000, false));
        assertThat(tier.rule()).isEqualTo("tier-a-mid-large-factory");
        assertThat(tier.tier()).isEqualTo("A");
        assertThat(tier.reason()).contains("mid/large factory", "中大型工厂", "1,000,000", "100万");
    }

    @Test
    void tierBNewMaterial() {
        var tier = tier(WORKSHOP.newMaterial(true));
        assertThat(tier.rule()).isEqualTo("tier-b-new-material");
        assertThat(tier.tier()).isEqualTo("B_NEW_MATERIAL");
        assertThat(tier.reason()).startsWith("B new-material/tech company 新材料黑科技公司: new-material technology")
                .contains("quality system not certified 无质量体系认证", "annual output under 1,000,000 units",
                        "no known brand made for", "headcount under 300", "under 5 years", "plant under 8,000 m²");
    }

    @Test
    void tierBCraft() {
        var tier = tier(WORKSHOP);
        assertThat(tier.rule()).isEqualTo("tier-b-craft");
        assertThat(tier.tier()).isEqualTo("B_CRAFT");
        assertThat(tier.reason()).startsWith("B craft-select factory 工匠精选工厂: no new-material technology")
                .contains("quality system not certified", "annual output under 1,000,000 units", "plant under 8,000 m²");
    }

    @Test
    void theReasonOfATierBFactoryNamesOnlyTheCriteriaItMisses() {
        var tier = tier(A_AT_LIMITS.headcount(299));
        assertThat(tier.tier()).isEqualTo("B_CRAFT");
        assertThat(tier.reason()).endsWith("short of tier A 未达A级: headcount under 300 员工不足300人");
    }

    @Test
    void aFactoryExactlyAtEverySLimitIsS() {
        assertThat(tier(S_AT_LIMITS).tier()).isEqualTo("S");
        assertThat(tier(S_AT_LIMITS.brand("INTERNATIONAL_TOP")).tier()).isEqualTo("S");
    }

    static Stream<Arguments> oneBelowAnSLimit() {
        return Stream.of(
                Arguments.of("quality system not certified", (UnaryOperator<Factory>) f -> f.certified(false), "B_CRAFT"),
                Arguments.of("annual output 4,999,999", (UnaryOperator<Factory>) f -> f.output(4_999_999), "A"),
                Arguments.of("brand level DOMESTIC_KNOWN", (UnaryOperator<Factory>) f -> f.brand("DOMESTIC_KNOWN"), "A"),
                Arguments.of("headcount 999", (UnaryOperator<Factory>) f -> f.headcount(999), "A"),
                Arguments.of("9 years", (UnaryOperator<Factory>) f -> f.years(9), "A"),
                Arguments.of("plant 29,999 m²", (UnaryOperator<Factory>) f -> f.area(29_999), "A"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("oneBelowAnSLimit")
    void oneBelowAnSLimitFallsToTheNextTier(String what, UnaryOperator<Factory> change, String expected) {
        assertThat(tier(change.apply(S_AT_LIMITS)).tier()).isEqualTo(expected);
    }

    @Test
    void aFactoryExactlyAtEveryALimitIsA() {
        assertThat(tier(A_AT_LIMITS).tier()).isEqualTo("A");
        assertThat(tier(A_AT_LIMITS.brand("INTERNATIONAL")).tier()).isEqualTo("A");
        assertThat(tier(A_AT_LIMITS.brand("INTERNATIONAL_TOP")).tier()).isEqualTo("A");
    }

    static Stream<Arguments> oneBelowAnALimit() {
        return Stream.of(
                Arguments.of("quality system not certified", (UnaryOperator<Factory>) f -> f.certified(false)),
                Arguments.of("annual output 999,999", (UnaryOperator<Factory>) f -> f.output(999_999)),
                Arguments.of("brand level NONE", (UnaryOperator<Factory>) f -> f.brand("NONE")),
                Arguments.of("headcount 299", (UnaryOperator<Factory>) f -> f.headcount(299)),
                Arguments.of("4 years", (UnaryOperator<Factory>) f -> f.years(4)),
                Arguments.of("plant 7,999 m²", (UnaryOperator<Factory>) f -> f.area(7999)));
    }

    @ParameterizedTest(name = "{0} -> B_CRAFT, or B_NEW_MATERIAL with new-material technology")
    @MethodSource("oneBelowAnALimit")
    void oneBelowAnALimitFallsToTierB(String what, UnaryOperator<Factory> change) {
        assertThat(tier(change.apply(A_AT_LIMITS)).tier()).isEqualTo("B_CRAFT");
        assertThat(tier(change.apply(A_AT_LIMITS).newMaterial(true)).tier()).isEqualTo("B_NEW_MATERIAL");
    }

    @Test
    void newMaterialTechnologyDoesNotLowerAnSOrAFactory() {
        assertThat(tier(S_AT_LIMITS.newMaterial(true)).tier()).isEqualTo("S");
        assertThat(tier(A_AT_LIMITS.newMaterial(true)).tier()).isEqualTo("A");
    }

    @Test
    void aFactoryWithUnknownFiguresIsTierBAndTheReasonSaysWhatIsMissing() {
        var tier = tier(new Factory(true, null, null, 500, 6, 9000, null));
        assertThat(tier.tier()).isEqualTo("B_CRAFT");
        assertThat(tier.reason()).contains("annual output under 1,000,000 units", "no known brand made for")
                .doesNotContain("headcount", "quality system not certified");
    }
    static Stream<Factory> boundaries() {
        return Stream.of(S_AT_LIMITS, S_AT_LIMITS.certified(false), S_AT_LIMITS.output(4_999_999),
                S_AT_LIMITS.brand("DOMESTIC_KNOWN"), S_AT_LIMITS.headcount(999), S_AT_LIMITS.years(9),
                S_AT_LIMITS.area(29_999), A_AT_LIMITS, A_AT_LIMITS.output(999_999), A_AT_LIMITS.brand("NONE"),
                A_AT_LIMITS.headcount(299), A_AT_LIMITS.years(4), A_AT_LIMITS.area(7999), WORKSHOP,
                WORKSHOP.newMaterial(true), A_AT_LIMITS.newMaterial(true));
    }

    /** The reviewer reads the tier's reasons from FactoryTiers: its limits must be this table's. */
    @ParameterizedTest
    @MethodSource("boundaries")
    void theReasonsShownToTheReviewerFollowTheSameLimits(Factory factory) {
        var facts = new FactoryTiers.Facts(factory.qualitySystemCertified(), factory.annualOutputUnits(),
                factory.oemBrandLevel(), factory.headcount(), factory.yearsInOperation(), factory.plantAreaSqm(),
                factory.newMaterialTech());
        assertThat(FactoryTiers.suggested(facts).name()).isEqualTo(tier(factory).tier());
    }

    @Test
    void withoutTheApplicationDateNoRowAnswersNotEvenTheCatchAllB() {
        for (Factory factory : List.of(S_AT_LIMITS, A_AT_LIMITS, WORKSHOP)) {
            var variables = factory.variables();
            variables.put("applicationDate", null);
            var evaluation = DECISION.evaluate(variables);
            assertThat(evaluation.matchedRules()).isEmpty();
            assertThat(evaluation.result().getSingleResult()).isNull();
        }
    }
}
