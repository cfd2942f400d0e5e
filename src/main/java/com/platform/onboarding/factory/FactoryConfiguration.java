package com.platform.onboarding.factory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class FactoryConfiguration {

    @Bean
    FactoryAuditRules factoryAuditRules() {
        return new FactoryAuditRules();
    }
}
