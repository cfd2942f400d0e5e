package com.platform.onboarding.merchant;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Applications on record for the tests that drive a process themselves: written by the product's repository (no
 * registration, so no process starts on its own) and moved on only by the application's own transitions.
 */
public final class ApplicationFixtures {

    /** An application on its way through onboarding. */
    public static void applying(ApplicationContext context, String applicationId, String username, String merchantName,
            String email, String entityType, String category, String overseasMarkets, boolean factoryProgram) {
        var markets = EnumSet.noneOf(Market.class);
        Arrays.stream(overseasMarkets.split(",")).filter(m -> !m.isBlank()).map(Market::valueOf).forEach(markets::add);
        var application = new MerchantApplication(applicationId, username, merchantName, email,
                EntityType.valueOf(entityType), category, markets, factoryProgram, ApplicationStatus.APPLYING, null, null,
                List.of(), Instant.now());
        context.getBean(MerchantApplicationRepository.class).insert(application);
    }

    /** The store opens as activation opens it, with the markets it applied for. */
    public static void activate(ApplicationContext context, String applicationId) {
        context.getBean(MerchantApplicationRepository.class).change(applicationId, a -> a.activate(true, null));
    }

    private ApplicationFixtures() {}
}
