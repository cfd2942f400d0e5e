package com.platform.onboarding.merchant;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.category.CategoryCode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The categories a merchant may apply for, and which of them the factory programme is open to. */
@Component
class CategoryCatalogue {

    private final Set<String> codes;
    private final List<String> factoryProgramRoots;

    @Autowired
    CategoryCatalogue(OnboardingProperties properties) {
        this(properties.categories().stream().map(OnboardingProperties.Category::code).collect(Collectors.toSet()),
                properties.factoryProgramCategories());
    }

    CategoryCatalogue(Set<String> codes, List<String> factoryProgramRoots) {
        this.codes = Set.copyOf(codes);
        this.factoryProgramRoots = List.copyOf(factoryProgramRoots);
    }

    boolean contains(String code) {
        return codes.contains(code);
    }

    boolean openToFactoryProgram(String code) {
        return factoryProgramRoots.stream().anyMatch(root -> CategoryCode.covers(root, code));
    }
}
