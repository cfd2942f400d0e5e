package com.platform.onboarding.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryCatalogueTest {

    @Test
    void theFactoryProgramFollowsTheConfiguredRoots() {
        var catalogue = new CategoryCatalogue(Set.of("apparel", "sports-outdoor.footwear", "food"), List.of("apparel", "sports-outdoor"));
        assertThat(catalogue.openToFactoryProgram("sports-outdoor.footwear")).isTrue();
        assertThat(catalogue.openToFactoryProgram("food")).isFalse();
    }
}
