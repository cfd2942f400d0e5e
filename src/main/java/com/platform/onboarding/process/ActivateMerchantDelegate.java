package com.platform.onboarding.process;

import com.platform.onboarding.factory.FactoryTier;
import com.platform.onboarding.merchant.ApplicationOutcomes;
import com.platform.onboarding.merchant.OverseasAgreements;
import com.platform.onboarding.process.MerchantOnboarding.Elements;
import com.platform.onboarding.review.ReviewDecision;
import com.platform.onboarding.review.ReviewLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the store from what our code recorded (the agreement as checked, the tier as the reviewer decided), never from variables. */
@Component
class ActivateMerchantDelegate implements JavaDelegate {

    private final ApplicationOutcomes outcomes;
    private final OverseasAgreements agreements;
    private final ReviewLedger ledger;

    ActivateMerchantDelegate(ApplicationOutcomes outcomes, OverseasAgreements agreements, ReviewLedger ledger) {
        this.outcomes = outcomes;
        this.agreements = agreements;
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = execution.getProcessBusinessKey();
        var tier = ledger.latest(applicationId, Elements.REVIEW_FACTORY).map(ReviewDecision::tier).map(FactoryTier::valueOf)
                .orElse(null);
        outcomes.activate(applicationId, agreements.accepted(applicationId), tier);
    }
}
