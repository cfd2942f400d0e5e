package com.platform.onboarding.merchant;

import org.springframework.stereotype.Service;

/** Where an application ends up, recorded on the merchant's record (what GET /api/merchants/{id} will show). */
@Service
public class ApplicationOutcomes {

    private final MerchantApplicationRepository repository;

    ApplicationOutcomes(MerchantApplicationRepository repository) {
        this.repository = repository;
    }

    public void reject(String applicationId, String reasonCode) {
        if (!repository.updateStatus(applicationId, ApplicationStatus.REJECTED, reasonCode)) {
            throw new IllegalStateException("No merchant application " + applicationId);
        }
    }
}
