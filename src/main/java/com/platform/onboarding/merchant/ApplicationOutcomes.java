package com.platform.onboarding.merchant;

import com.platform.onboarding.factory.FactoryTier;
import com.platform.onboarding.notification.NotificationEvent;
import org.springframework.stereotype.Service;

/** Where an application ends up, recorded on the merchant's record (what GET /api/merchants/{id} will show). */
@Service
public class ApplicationOutcomes {

    private final MerchantApplicationRepository repository;
    private final MerchantNotices notices;

    ApplicationOutcomes(MerchantApplicationRepository repository, MerchantNotices notices) {
        this.repository = repository;
        this.notices = notices;
    }

    private void tell(String applicationId, NotificationEvent event, Object... extra) {
        notices.tell(applicationId, event, extra);
    }

    /** The factory programme's certification tag (快质造认证), shown on the store once a factory is verified. */
    public static final String FACTORY_CERTIFIED = "FACTORY_CERTIFIED";

    /**
     * The store opens; a merchant who declined the overseas agreement keeps no markets; a verified factory keeps its
     * tier and the certification tag.
     */
    public void activate(String applicationId, boolean joinedOverseasPlan, FactoryTier factoryTier) {
        if (!repository.updateStatus(applicationId, ApplicationStatus.ACTIVE, null)) {
            throw new IllegalStateException("No merchant application " + applicationId);
        }
        if (!joinedOverseasPlan) {
            repository.clearMarkets(applicationId);
        }
        boolean verifiedFactory = factoryTier != null
                && repository.find(applicationId).map(MerchantApplication::factoryProgram).orElse(false);
        if (verifiedFactory) {
            repository.updateTierAndTags(applicationId, factoryTier.name(), FACTORY_CERTIFIED);
        }
        tell(applicationId, NotificationEvent.MERCHANT_ACTIVATED);
    }

    public void withdraw(String applicationId) {
        if (!repository.updateStatus(applicationId, ApplicationStatus.WITHDRAWN, MerchantApplication.WITHDRAWN_BY_MERCHANT)) {
            throw new IllegalStateException("No merchant application " + applicationId);
        }
        tell(applicationId, NotificationEvent.APPLICATION_WITHDRAWN);
    }

    public void reject(String applicationId, RejectionReason reason) {
        if (!repository.updateStatus(applicationId, ApplicationStatus.REJECTED, reason.name())) {
            throw new IllegalStateException("No merchant application " + applicationId);
        }
        tell(applicationId, NotificationEvent.APPLICATION_REJECTED, reason.name());
    }

    /** A deadline passed: the application ends EXPIRED, and the merchant is told which step was not done. */
    public void lapse(String applicationId, LapseReason reason) {
        if (!repository.updateStatus(applicationId, ApplicationStatus.EXPIRED, reason.name())) {
            throw new IllegalStateException("No merchant application " + applicationId);
        }
        notices.lapsed(applicationId, reason);
    }
}
