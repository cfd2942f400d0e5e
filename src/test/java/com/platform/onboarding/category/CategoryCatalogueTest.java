package com.platform.onboarding.category;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.OnboardingProperties.Category;
import com.platform.onboarding.OnboardingProperties.ShippingLimit;
import com.platform.onboarding.Effective;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryCatalogueTest {

    static final LocalDate SINCE = LocalDate.of(2025, 3, 22);

    private final CategoryCatalogue catalogue = new CategoryCatalogue(
            List.of(new Category("apparel", "服饰", "Apparel"),
                    new Category("sports-outdoor", "运动户外", "Sports and outdoor"),
                    new Category("sports-outdoor.footwear", "运动鞋", "Sports footwear"),
                    new Category("sports-outdoor.camping", "露营装备", "Camping equipment"),
                    new Category("food", "食品", "Food"),
                    new Category("food.fresh-fruit", "水果", "Fresh fruit"),
                    new Category("food.fresh-fruit.durian", "榴莲", "Durian")),
            List.of("apparel", "sports-outdoor.footwear"), List.of(new Effective<>(SINCE, 30)),
            List.of(new ShippingLimit("food", List.of(new Effective<>(SINCE, 20))),
                    new ShippingLimit("food.fresh-fruit", List.of(new Effective<>(SINCE, 15)))),
            20_000, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));

    @Test
    void theFactoryProgramFollowsTheConfiguredRoots() {
        assertThat(catalogue.openToFactoryProgram("sports-outdoor.footwear")).isTrue();
        assertThat(catalogue.openToFactoryProgram("sports-outdoor.camping")).as("a sibling of a root").isFalse();
        assertThat(catalogue.openToFactoryProgram("sports-outdoor")).as("the parent of a root").isFalse();
        assertThat(catalogue.openToFactoryProgram("food")).isFalse();
        assertThat(catalogue.factoryProgramCategories()).extracting(Category::en)
                .containsExactly("Apparel", "Sports footwear");
    }

    @Test
    void theMostSpecificShippingLimitCoveringTheCategoryHoldsElseTheGeneralOne() {
        assertThat(catalogue.maxShippingDays("food.fresh-fruit.durian")).isEqualTo(15);
        assertThat(catalogue.maxShippingDays("food")).isEqualTo(20);
        assertThat(catalogue.maxShippingDays("apparel")).isEqualTo(30);
    }

    @Test
    void aCategoryIsHighRiskFromTheConfiguredDepositOn() {
        assertThat(catalogue.highRisk(new BigDecimal("20000.00"))).isTrue();
        assertThat(catalogue.highRisk(new BigDecimal("19999.99"))).isFalse();
        assertThat(catalogue.highRisk(null)).isFalse();
    }

    @Test
    void aNameCarriesTheNamesOfTheCategoriesAboveIt() {
        var name = catalogue.name("food.fresh-fruit.durian");
        assertThat(name.en()).isEqualTo("Durian");
        assertThat(name.path()).extracting(CategoryCatalogue.PathEntry::code)
                .containsExactly("food", "food.fresh-fruit", "food.fresh-fruit.durian");
        assertThat(catalogue.name("food.dropped")).isNull();
    }

    @Test
    void aShippingCapScheduledForADayAppliesFromThatDayAndTheOldOneUntilTheDayBefore() {
        var change = LocalDate.of(2027, 1, 1);
        var scheduled = new CategoryCatalogue(List.of(new Category("food", "食品", "Food")), List.of(),
                List.of(new Effective<>(SINCE, 30), new Effective<>(change, 25)),
                List.of(new ShippingLimit("food.fresh-fruit",
                        List.of(new Effective<>(SINCE, 15), new Effective<>(change, 10)))),
                20_000, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));

        assertThat(scheduled.maxShippingDays("food.fresh-fruit.durian", change.minusDays(1))).isEqualTo(15);
        assertThat(scheduled.maxShippingDays("food.fresh-fruit.durian", change)).isEqualTo(10);
        assertThat(scheduled.maxShippingDays("food", change.minusDays(1))).isEqualTo(30);
        assertThat(scheduled.maxShippingDays("food", change)).isEqualTo(25);
    }

    @Test
    void aCategoryLimitNotYetInForceLeavesTheGeneralOneInForce() {
        var later = LocalDate.of(2027, 1, 1);
        var scheduled = new CategoryCatalogue(List.of(), List.of(), List.of(new Effective<>(SINCE, 30)),
                List.of(new ShippingLimit("food.fresh-fruit", List.of(new Effective<>(later, 15)))),
                20_000, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));

        assertThat(scheduled.maxShippingDays("food.fresh-fruit", later.minusDays(1))).isEqualTo(30);
        assertThat(scheduled.maxShippingDays("food.fresh-fruit", later)).isEqualTo(15);
    }

    @Test
    void theCapsAreListedAsRulesWithTheCategoryNamed() {
        assertThat(catalogue.rules()).extracting(rule -> rule.key())
                .containsExactly("max-shipping-days", "shipping-limits.food", "shipping-limits.food.fresh-fruit");
        assertThat(catalogue.rules().get(2).nameEn()).isEqualTo("Longest shipping time (Fresh fruit)");
    }
}
