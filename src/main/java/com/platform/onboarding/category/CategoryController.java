package com.platform.onboarding.category;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue the register page offers; public, it is the platform's own list. */
@RestController
class CategoryController {

    record CategoryView(String code, String zh, String en, boolean factoryProgram) {}

    private final CategoryCatalogue catalogue;

    CategoryController(CategoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/categories")
    List<CategoryView> categories() {
        return catalogue.all().stream()
                .map(c -> new CategoryView(c.code(), c.zh(), c.en(), catalogue.openToFactoryProgram(c.code())))
                .toList();
    }
}
