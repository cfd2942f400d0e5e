package com.platform.onboarding.process.onboarding;

import com.platform.onboarding.merchant.ApplicationSubmitted;
import com.platform.onboarding.merchant.Market;
import com.platform.onboarding.process.onboarding.MerchantOnboarding.Variables;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts the onboarding process for a submitted application, in the same transaction. */
@Component
class StartOnboarding {

    private final RuntimeService runtimeService;

    StartOnboarding(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        var a = submitted.application();
        Map<String, Object> variables = Map.of(
                Variables.APPLICATION_ID, a.applicationId(),
                Variables.MERCHANT_USERNAME, a.username(),
                Variables.MERCHANT_NAME, a.merchantName(),
                Variables.CONTACT_EMAIL, a.contactEmail(),
                Variables.ENTITY_TYPE, a.entityType().name(),
                Variables.CATEGORY, a.category(),
                Variables.OVERSEAS_MARKETS, a.overseasMarkets().stream().map(Market::name).collect(Collectors.joining(",")),
                Variables.FACTORY_PROGRAM, a.factoryProgram());
        runtimeService.startProcessInstanceByKey(MerchantOnboarding.PROCESS_KEY, a.applicationId(), variables);
    }
}
