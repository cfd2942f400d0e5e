package com.platform.onboarding.process;

import com.platform.onboarding.category.CategoryCatalogue;
import com.platform.onboarding.merchant.MerchantDirectory;
import com.platform.onboarding.merchant.OverseasAgreements;
import com.platform.onboarding.process.MerchantOnboarding.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Inside the agreement's completion: a merchant who joins commits to a shipping time within their category's limit.
 * What was agreed is recorded here (OverseasAgreements), in the completion's transaction, and read from there after.
 */
@Component
class CheckAgreementDelegate implements JavaDelegate {

    private final CategoryCatalogue catalogue;
    private final MerchantDirectory directory;
    private final OverseasAgreements agreements;

    CheckAgreementDelegate(CategoryCatalogue catalogue, MerchantDirectory directory, OverseasAgreements agreements) {
        this.catalogue = catalogue;
        this.directory = directory;
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!(execution.getVariable(Variables.AGREEMENT_ACCEPTED) instanceof Boolean accepted)) {
            throw new InvalidTaskInput(Variables.AGREEMENT_ACCEPTED, "is required, true or false");
        }
        if (!accepted) {
            agreements.record(execution.getProcessBusinessKey(), false, null);
            return;
        }
        String category = directory.categoryOf(execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("No application " + execution.getProcessBusinessKey()));
        int max = catalogue.maxShippingDays(category);
        Object days = execution.getVariable(Variables.COMMITTED_SHIPPING_DAYS);
        if (!(days instanceof Number n) || n.doubleValue() != Math.floor(n.doubleValue()) || n.doubleValue() < 1
                || n.doubleValue() > max) {
            throw new InvalidTaskInput(Variables.COMMITTED_SHIPPING_DAYS, "must be a whole number of days from 1 to "
                    + max + " for " + category + ", not " + days + " (发货时效须为 1–" + max + " 天)");
        }
        agreements.record(execution.getProcessBusinessKey(), true, n.intValue());
    }
}
