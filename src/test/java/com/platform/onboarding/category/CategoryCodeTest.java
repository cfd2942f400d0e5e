package com.platform.onboarding.category;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryCodeTest {

    @Test
    void aCodeCoversItselfAndItsDescendants() {
        assertThat(CategoryCode.covers("food", "food.fresh-fruit.durian")).isTrue();
        assertThat(CategoryCode.covers("food.fresh-fruit", "food.fresh-fruit.durian")).isTrue();
        assertThat(CategoryCode.covers("food.fresh-fruit.durian", "food.fresh-fruit.durian")).isTrue();
    }

    @Test
    void aCodeCoversNeitherItsParentNorASiblingThatSharesAPrefix() {
        assertThat(CategoryCode.covers("food.fresh-fruit.durian", "food.fresh-fruit")).isFalse();
        assertThat(CategoryCode.covers("foo", "food")).isFalse();
        assertThat(CategoryCode.covers("food.fresh", "food.fresh-fruit")).isFalse();
    }
}
