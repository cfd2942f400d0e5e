package com.platform.onboarding.merchant;

import org.springframework.stereotype.Service;

/** Where an application ends up, recorded on the merchant's record (what GET /api/merchants/{id} will show). */
@Service
public class ApplicationOutcomes {

    private final MerchantApplicationRepository repository;

    ApplicationOutcomes(MerchantApplicationRepository repository) {
        this.repository = repository;
    }

    /** The factory programme's certification tag (快质造认证), shown on the store once a factory is verified. */
    public static final String FACTORY_CERTIFIED = "FACTORY_CERTIFIED";

    /**
     * The store opens; a merchant who declined the overseas agreement keeps no markets; a verified factory keeps its
     * tier and the certification tag.
     */
    public void activate(String applicationId, boolean joinedOverseasPlan, String factoryTier) {
        if (!repository.updateStatus(applicationId, ApplicationStatus.ACTIVE, null)) {
            throw new IllegalStateException("No merchant application " + applicationId);
        }
        if (!joinedOverseasPlan) {
            repository.clearMarkets(applicationId);
        }
        boolean verifiedFactory = factoryTier != null
                && repository.find(applicationId).map(MerchantApplication::factoryProgram).orElse(false);
        if (verifiedFactory) {
            repository.updateTierAndTags(applicationId, factoryTier, FACTORY_CERTIFIED);
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
