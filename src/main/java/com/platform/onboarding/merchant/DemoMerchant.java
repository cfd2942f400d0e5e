package com.platform.onboarding.merchant;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.security.MerchantAccounts;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The README's demo merchant: an overseas durian seller, application in progress. Only in demo mode. */
@Component
@Order(30)
class DemoMerchant implements ApplicationRunner {

    static final String USERNAME = "merchant";

    private final OnboardingProperties properties;
    private final MerchantAccounts accounts;
    private final MerchantApplications applications;
    private final String password;
    private final Clock clock;

    DemoMerchant(OnboardingProperties properties, MerchantAccounts accounts, MerchantApplications applications,
            @Value("${onboarding.demo-password}") String password, Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.applications = applications;
        this.password = password;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || accounts.exists(USERNAME)) {
            return;
        }
        // The demo password is printed in the README; it follows the password rules like any other.
        applications.open(new MerchantApplication(UUID.randomUUID().toString(), USERNAME, "Demo Durian Trading Ltd",
                "merchant@demo.example", EntityType.OVERSEAS, "food.fresh-fruit.durian",
                EnumSet.of(Market.US, Market.HK), false, ApplicationStatus.APPLYING, null, null, List.of(), clock.instant()), password);
    }
}
