package com.platform.onboarding.merchant;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.category.CategoryCode;
import java.util.Comparator;
import org.springframework.stereotype.Service;

/** The going-overseas plan's commitments: how fast a merchant of a category must ship to the transit warehouse. */
@Service
public class OverseasPlan {

    private final OnboardingProperties properties;

    OverseasPlan(OnboardingProperties properties) {
        this.properties = properties;
    }

    /** The most specific limit that covers the category, else the general one. */
    public int maxShippingDays(String category) {
        return properties.shippingLimits().stream()
                .filter(limit -> CategoryCode.covers(limit.category(), category))
                .max(Comparator.comparingInt(limit -> limit.category().length()))
                .map(OnboardingProperties.ShippingLimit::maxDays)
                .orElse(properties.maxShippingDays());
    }
}
