package com.platform.onboarding.category;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.OnboardingProperties.Category;
import com.platform.onboarding.OnboardingProperties.ShippingLimit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What the platform knows of a category, in one place: which categories a merchant may apply for and their names,
 * which of them the factory programme is open to, how fast an overseas merchant of each must ship, and from which
 * deposit a category counts as high risk (so that a second reviewer must approve).
 */
@Component
public class CategoryCatalogue {

    /** A category as a merchant reads it: its names, and the names of the categories above it, top first. */
    public record CategoryName(String zh, String en, List<PathEntry> path) {}

    public record PathEntry(String code, String zh, String en) {}

    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final List<String> factoryProgramRoots;
    private final int maxShippingDays;
    private final List<ShippingLimit> shippingLimits;
    private final BigDecimal highRiskFromDeposit;

    @Autowired
    CategoryCatalogue(OnboardingProperties properties) {
        this(properties.categories(), properties.factoryProgramCategories(), properties.maxShippingDays(),
                properties.shippingLimits(), properties.fourEyesFromDeposit());
    }

    public CategoryCatalogue(List<Category> categories, List<String> factoryProgramRoots, int maxShippingDays,
            List<ShippingLimit> shippingLimits, long highRiskFromDeposit) {
        categories.forEach(c -> this.categories.put(c.code(), c));
        this.factoryProgramRoots = List.copyOf(factoryProgramRoots);
        this.maxShippingDays = maxShippingDays;
        this.shippingLimits = List.copyOf(shippingLimits);
        this.highRiskFromDeposit = BigDecimal.valueOf(highRiskFromDeposit);
    }

    /** In the order of the configuration, which is the order the register page shows. */
    public List<Category> all() {
        return List.copyOf(categories.values());
    }

    public boolean contains(String code) {
        return categories.containsKey(code);
    }

    public boolean openToFactoryProgram(String code) {
        return factoryProgramRoots.stream().anyMatch(root -> CategoryCode.covers(root, code));
    }

    /** The categories the factory programme is open to, as a merchant reads them (the code where none is named). */
    public List<Category> factoryProgramCategories() {
        return factoryProgramRoots.stream().map(code -> categories.getOrDefault(code, new Category(code, code, code)))
                .toList();
    }

    /** The longest shipping time an overseas merchant may commit to: the most specific limit covering the category. */
    public int maxShippingDays(String code) {
        return shippingLimits.stream()
                .filter(limit -> CategoryCode.covers(limit.category(), code))
                .max(Comparator.comparingInt(limit -> limit.category().length()))
                .map(ShippingLimit::maxDays)
                .orElse(maxShippingDays);
    }

    /** High risk: a deposit this large (durian: 20,000 CNY); null is no deposit determined yet. */
    public boolean highRisk(BigDecimal deposit) {
        return deposit != null && deposit.compareTo(highRiskFromDeposit) >= 0;
    }

    /** Null for a code the catalogue does not name (one dropped from the catalogue after the merchant registered). */
    public CategoryName name(String code) {
        var category = code == null ? null : categories.get(code);
        if (category == null) {
            return null;
        }
        var path = new ArrayList<PathEntry>();
        var segments = code.split("\\.");
        for (int i = 1; i <= segments.length; i++) {
            var ancestor = categories.get(String.join(".", List.of(segments).subList(0, i)));
            if (ancestor != null) {
                path.add(new PathEntry(ancestor.code(), ancestor.zh(), ancestor.en()));
            }
        }
        return new CategoryName(category.zh(), category.en(), List.copyOf(path));
    }
}
