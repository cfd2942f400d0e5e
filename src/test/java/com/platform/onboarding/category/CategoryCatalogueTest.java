package com.platform.onboarding.category;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.OnboardingProperties.Category;
import com.platform.onboarding.OnboardingProperties.ShippingLimit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryCatalogueTest {

    private final CategoryCatalogue catalogue = new CategoryCatalogue(
            List.of(new Category("apparel", "服饰", "Apparel"),
                    new Category("sports-outdoor", "运动户外", "Sports and outdoor"),
                    new Category("sports-outdoor.footwear", "运动鞋", "Sports footwear"),
                    new Category("sports-outdoor.camping", "露营装备", "Camping equipment"),
                    new Category("food", "食品", "Food"),
                    new Category("food.fresh-fruit", "水果", "Fresh fruit"),
                    new Category("food.fresh-fruit.durian", "榴莲", "Durian")),
            List.of("apparel", "sports-outdoor.footwear"), 30,
            List.of(new ShippingLimit("food", 20), new ShippingLimit("food.fresh-fruit", 15)), 20_000);

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
}
