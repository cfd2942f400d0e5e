package com.platform.onboarding.qualification;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.rules.RuleSource;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class QualificationConfiguration {

    @Bean
    QualificationRules qualificationRules(OnboardingProperties properties) {
        return new QualificationRules(properties.minimumValidity());
    }

    @Bean
    RuleSource qualificationRuleSource(QualificationRules rules) {
        return () -> List.of(rules.minimumValidityRule());
    }

    @Bean
    ExpiryReminders expiryReminders(OnboardingProperties properties) {
        return new ExpiryReminders(properties.expiryReminders(), properties.businessZone());
    }
}
