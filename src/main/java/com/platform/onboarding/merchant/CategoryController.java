package com.platform.onboarding.merchant;

import com.platform.onboarding.OnboardingProperties;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue the register page offers; public, it is the platform's own list. */
@RestController
class CategoryController {

    record CategoryView(String code, String zh, String en, boolean factoryProgram) {}

    private final OnboardingProperties properties;
    private final CategoryCatalogue catalogue;

    CategoryController(OnboardingProperties properties, CategoryCatalogue catalogue) {
        this.properties = properties;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/categories")
    List<CategoryView> categories() {
        return properties.categories().stream()
                .map(c -> new CategoryView(c.code(), c.zh(), c.en(), catalogue.openToFactoryProgram(c.code())))
                .toList();
    }
}
