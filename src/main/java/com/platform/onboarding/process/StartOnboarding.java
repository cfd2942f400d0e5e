package com.platform.onboarding.process;

import static com.platform.onboarding.process.MerchantOnboarding.Variables.*;

import com.platform.onboarding.merchant.ApplicationSubmitted;
import com.platform.onboarding.merchant.Market;
import com.platform.onboarding.security.MerchantAccess;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts the onboarding process for a submitted application and lets the merchant see it, in the same transaction. */
@Component
class StartOnboarding {

    private final RuntimeService runtimeService;
    private final MerchantAccess merchantAccess;

    StartOnboarding(RuntimeService runtimeService, MerchantAccess merchantAccess) {
        this.runtimeService = runtimeService;
        this.merchantAccess = merchantAccess;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        var a = submitted.application();
        var variables = Variables.createVariables()
                .putValue(APPLICATION_ID, a.applicationId())
                .putValue(MERCHANT_USERNAME, a.username())
                .putValue(MERCHANT_NAME, a.merchantName())
                .putValue(CONTACT_EMAIL, a.contactEmail())
                .putValue(ENTITY_TYPE, a.entityType().name())
                .putValue(CATEGORY, a.category())
                .putValue(OVERSEAS_MARKETS, a.overseasMarkets().stream().map(Market::name).collect(Collectors.joining(",")))
                .putValue(FACTORY_PROGRAM, a.factoryProgram());
        var instance = runtimeService.startProcessInstanceByKey(MerchantOnboarding.PROCESS_KEY, a.applicationId(), variables);
        merchantAccess.grantProcessInstance(a.username(), instance.getId());
    }
}
