package com.platform.onboarding.category;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.OnboardingProperties.Category;
import com.platform.onboarding.OnboardingProperties.ShippingLimit;
import com.platform.onboarding.Effective;
import com.platform.onboarding.rules.EffectiveValues;
import com.platform.onboarding.rules.Rule;
import com.platform.onboarding.rules.RuleSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
public class CategoryCatalogue implements RuleSource {

    /** A category as a merchant reads it: its names, and the names of the categories above it, top first. */
    public record CategoryName(String zh, String en, List<PathEntry> path) {}

    public record PathEntry(String code, String zh, String en) {}

    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final List<String> factoryProgramRoots;
    private final EffectiveValues<Integer> maxShippingDays;
    private final Map<String, EffectiveValues<Integer>> shippingLimits = new LinkedHashMap<>();
    private final BigDecimal highRiskFromDeposit;
    private final Clock clock;
    private final ZoneId businessZone;

    @Autowired
    CategoryCatalogue(OnboardingProperties properties, Clock clock) {
        this(properties.categories(), properties.factoryProgramCategories(), properties.maxShippingDays(),
                properties.shippingLimits(), properties.fourEyesFromDeposit(), clock, properties.businessZone());
    }

    public CategoryCatalogue(List<Category> categories, List<String> factoryProgramRoots,
            List<Effective<Integer>> maxShippingDays, List<ShippingLimit> shippingLimits, long highRiskFromDeposit,
            Clock clock, ZoneId businessZone) {
        categories.forEach(c -> this.categories.put(c.code(), c));
        this.factoryProgramRoots = List.copyOf(factoryProgramRoots);
        this.maxShippingDays = new EffectiveValues<>(maxShippingDays);
        shippingLimits.forEach(limit -> this.shippingLimits.put(limit.category(), new EffectiveValues<>(limit.maxDays())));
        this.highRiskFromDeposit = BigDecimal.valueOf(highRiskFromDeposit);
        this.clock = clock;
        this.businessZone = businessZone;
    }

    /** The dated shipping caps as staff read them: the general one, then each category's. */
    @Override
    public List<Rule> rules() {
        var rules = new ArrayList<Rule>();
        rules.add(new Rule("max-shipping-days", "最长发货时效", "Longest shipping time", "days", maxShippingDays));
        shippingLimits.forEach((code, limit) -> {
            var names = categories.getOrDefault(code, new Category(code, code, code));
            rules.add(new Rule("shipping-limits." + code, "最长发货时效（" + names.zh() + "）",
                    "Longest shipping time (" + names.en() + ")", "days", limit));
        });
        return rules;
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

    /** The longest shipping time an overseas merchant may commit to today, in the business zone. */
    public int maxShippingDays(String code) {
        return maxShippingDays(code, LocalDate.ofInstant(clock.instant(), businessZone));
    }

    /**
     * The longest shipping time on the day: the most specific limit covering the category that is in force that day,
     * else the general one in force that day.
     */
    public int maxShippingDays(String code, LocalDate day) {
        return shippingLimits.entrySet().stream()
                .filter(limit -> CategoryCode.covers(limit.getKey(), code))
                .filter(limit -> limit.getValue().inForceOn(day).isPresent())
                .max(Comparator.comparingInt(limit -> limit.getKey().length()))
                .map(limit -> limit.getValue().on(day))
                .orElseGet(() -> maxShippingDays.on(day));
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
