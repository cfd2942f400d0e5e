package com.platform.onboarding.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryCatalogueTest {

    @Test
    void aCodeCoversItselfAndItsDescendants() {
        assertThat(CategoryCatalogue.covers("food", "food.fresh-fruit.durian")).isTrue();
        assertThat(CategoryCatalogue.covers("food.fresh-fruit", "food.fresh-fruit.durian")).isTrue();
        assertThat(CategoryCatalogue.covers("food.fresh-fruit.durian", "food.fresh-fruit.durian")).isTrue();
    }

    @Test
    void aCodeCoversNeitherItsParentNorASiblingThatSharesAPrefix() {
        assertThat(CategoryCatalogue.covers("food.fresh-fruit.durian", "food.fresh-fruit")).isFalse();
        assertThat(CategoryCatalogue.covers("foo", "food")).isFalse();
        assertThat(CategoryCatalogue.covers("food.fresh", "food.fresh-fruit")).isFalse();
    }

    @Test
    void theFactoryProgramFollowsTheConfiguredRoots() {
        var catalogue = new CategoryCatalogue(Set.of("apparel", "sports-outdoor.footwear", "food"), List.of("apparel", "sports-outdoor"));
        assertThat(catalogue.openToFactoryProgram("sports-outdoor.footwear")).isTrue();
        assertThat(catalogue.openToFactoryProgram("food")).isFalse();
    }
}
