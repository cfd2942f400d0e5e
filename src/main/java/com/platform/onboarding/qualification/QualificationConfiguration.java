package com.platform.onboarding.qualification;

import com.platform.onboarding.OnboardingProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class QualificationConfiguration {

    @Bean
    QualificationRules qualificationRules(OnboardingProperties properties) {
        return new QualificationRules(properties.minimumValidity().stream()
                .map(m -> new ValidityRule(m.effectiveFrom(), m.days())).toList());
    }

    @Bean
    ExpiryReminders expiryReminders(OnboardingProperties properties) {
        return new ExpiryReminders(properties.expiryReminders(), properties.businessZone());
    }
}
