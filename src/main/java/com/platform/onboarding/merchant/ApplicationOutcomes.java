package com.platform.onboarding.merchant;

import org.springframework.stereotype.Service;

/** Where an application ends up, recorded on the merchant's record (what GET /api/merchants/{id} will show). */
@Service
public class ApplicationOutcomes {

    private final MerchantApplicationRepository repository;

    ApplicationOutcomes(MerchantApplicationRepository repository) {
        this.repository = repository;
    }

    /** The store opens; a merchant who declined the overseas agreement keeps no markets. */
    public void activate(String applicationId, boolean joinedOverseasPlan) {
        if (!repository.updateStatus(applicationId, ApplicationStatus.ACTIVE, null)) {
            throw new IllegalStateException("No merchant application " + applicationId);
        }
        if (!joinedOverseasPlan) {
            repository.clearMarkets(applicationId);
        }
    }

    public void withdraw(String applicationId) {
        if (!repository.updateStatus(applicationId, ApplicationStatus.WITHDRAWN, "MERCHANT_WITHDREW")) {
            throw new IllegalStateException("No merchant application " + applicationId);
        }
    }

    public void reject(String applicationId, String reasonCode) {
        if (!repository.updateStatus(applicationId, ApplicationStatus.REJECTED, reasonCode)) {
            throw new IllegalStateException("No merchant application " + applicationId);
        }
    }
}
