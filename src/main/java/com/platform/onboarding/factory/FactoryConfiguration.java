package com.platform.onboarding.factory;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.rules.RuleSource;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class FactoryConfiguration {

    @Bean
    FactoryAuditRules factoryAuditRules(OnboardingProperties properties) {
        return new FactoryAuditRules(properties.thirdPartyAuditMaxAge());
    }

    @Bean
    RuleSource factoryRuleSource(FactoryAuditRules rules) {
        return () -> List.of(rules.thirdPartyMaxAgeRule());
    }
}
