package com.platform.onboarding.merchant;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.category.CategoryCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The categories a merchant may apply for, their names, and which of them the factory programme is open to. */
@Component
public class CategoryCatalogue {

    /** A category as a merchant reads it: its names, and the names of the categories above it, top first. */
    public record CategoryName(String zh, String en, List<PathEntry> path) {}

    public record PathEntry(String code, String zh, String en) {}

    private final Set<String> codes;
    private final List<String> factoryProgramRoots;
    private final Map<String, OnboardingProperties.Category> names;

    @Autowired
    CategoryCatalogue(OnboardingProperties properties) {
        this(properties.categories().stream().map(OnboardingProperties.Category::code).collect(Collectors.toSet()),
                properties.factoryProgramCategories(), properties.categories());
    }

    CategoryCatalogue(Set<String> codes, List<String> factoryProgramRoots) {
        this(codes, factoryProgramRoots, List.of());
    }

    private CategoryCatalogue(Set<String> codes, List<String> factoryProgramRoots,
            List<OnboardingProperties.Category> categories) {
        this.codes = Set.copyOf(codes);
        this.factoryProgramRoots = List.copyOf(factoryProgramRoots);
        this.names = new LinkedHashMap<>();
        categories.forEach(c -> names.put(c.code(), c));
    }

    boolean contains(String code) {
        return codes.contains(code);
    }

    boolean openToFactoryProgram(String code) {
        return factoryProgramRoots.stream().anyMatch(root -> CategoryCode.covers(root, code));
    }

    /** Null for a code the catalogue does not name (one dropped from the catalogue after the merchant registered). */
    public CategoryName name(String code) {
        var category = code == null ? null : names.get(code);
        if (category == null) {
            return null;
        }
        var path = new ArrayList<PathEntry>();
        var segments = code.split("\\.");
        for (int i = 1; i <= segments.length; i++) {
            var ancestor = names.get(String.join(".", List.of(segments).subList(0, i)));
            if (ancestor != null) {
                path.add(new PathEntry(ancestor.code(), ancestor.zh(), ancestor.en()));
            }
        }
        return new CategoryName(category.zh(), category.en(), List.copyOf(path));
    }
}
