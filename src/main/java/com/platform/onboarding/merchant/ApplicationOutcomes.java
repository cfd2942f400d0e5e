package com.platform.onboarding.merchant;

import com.platform.onboarding.notification.NotificationEvent;
import com.platform.onboarding.notification.Notifications;
import org.springframework.stereotype.Service;

/** Where an application ends up, recorded on the merchant's record (what GET /api/merchants/{id} will show). */
@Service
public class ApplicationOutcomes {

    private final MerchantApplicationRepository repository;
    private final Notifications notifications;

    ApplicationOutcomes(MerchantApplicationRepository repository, Notifications notifications) {
        this.repository = repository;
        this.notifications = notifications;
    }

    private void tell(String applicationId, NotificationEvent event, Object... extra) {
        var a = repository.find(applicationId).orElseThrow();
        var facts = new Object[2 + extra.length];
        facts[0] = a.merchantName();
        facts[1] = a.applicationId();
        System.arraycopy(extra, 0, facts, 2, extra.length);
        notifications.record(applicationId, a.contactEmail(), event, facts);
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
        tell(applicationId, NotificationEvent.MERCHANT_ACTIVATED);
    }

    public void withdraw(String applicationId) {
        if (!repository.updateStatus(applicationId, ApplicationStatus.WITHDRAWN, "MERCHANT_WITHDREW")) {
            throw new IllegalStateException("No merchant application " + applicationId);
        }
        tell(applicationId, NotificationEvent.APPLICATION_WITHDRAWN);
    }

    public void reject(String applicationId, String reasonCode) {
        if (!repository.updateStatus(applicationId, ApplicationStatus.REJECTED, reasonCode)) {
            throw new IllegalStateException("No merchant application " + applicationId);
        }
        tell(applicationId, NotificationEvent.APPLICATION_REJECTED, reasonCode);
    }
}
