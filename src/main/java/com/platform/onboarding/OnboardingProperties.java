package com.platform.onboarding;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything ops may change without a code change, bound from {@code onboarding.*}.
 *
 * @param demoData whether to seed the demo users of the README (never in production)
 * @param factoryProgramCategories first-level categories open to the factory (快质造) programme
 * @param categories the category catalogue a merchant may apply for
 * @param reservedUsernames names no merchant may register, so that nobody passes for platform staff
 */
@ConfigurationProperties("onboarding")
public record OnboardingProperties(
        boolean demoData,
        List<String> factoryProgramCategories,
        List<Category> categories,
        List<String> reservedUsernames) {

    public record Category(String code, String zh, String en) {}
}
