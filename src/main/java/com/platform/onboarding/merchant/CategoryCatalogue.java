package com.platform.onboarding.merchant;

import com.platform.onboarding.OnboardingProperties;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Category codes are dotted paths; a code covers itself and every code below it. */
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

    static boolean covers(String ancestor, String code) {
        return code.equals(ancestor) || code.startsWith(ancestor + ".");
    }

    boolean openToFactoryProgram(String code) {
        return factoryProgramRoots.stream().anyMatch(root -> covers(root, code));
    }
}
