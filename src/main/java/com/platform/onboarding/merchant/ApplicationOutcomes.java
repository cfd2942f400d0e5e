package com.platform.onboarding.merchant;

import com.platform.onboarding.factory.FactoryTier;
import com.platform.onboarding.notification.NotificationEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an application ends up: each outcome is a transition of the application (which refuses a status it cannot
 * come from), saved on the merchant's record (what GET /api/merchants/{id} shows), and then told to the merchant.
 */
@Service
public class ApplicationOutcomes {

    private final MerchantApplicationRepository repository;
    private final MerchantNotices notices;

    ApplicationOutcomes(MerchantApplicationRepository repository, MerchantNotices notices) {
        this.repository = repository;
        this.notices = notices;
    }

    public void activate(String applicationId, boolean joinedOverseasPlan, FactoryTier factoryTier) {
        repository.change(applicationId, a -> a.activate(joinedOverseasPlan, factoryTier));
        notices.tell(applicationId, NotificationEvent.MERCHANT_ACTIVATED);
    }

    public void withdraw(String applicationId) {
        repository.change(applicationId, MerchantApplication::withdraw);
        notices.tell(applicationId, NotificationEvent.APPLICATION_WITHDRAWN);
    }

    public void reject(String applicationId, RejectionReason reason) {
        repository.change(applicationId, a -> a.reject(reason));
        notices.tell(applicationId, NotificationEvent.APPLICATION_REJECTED, reason.name());
    }

    /** A deadline passed: the application ends EXPIRED, and the merchant is told which step was not done. */
    public void lapse(String applicationId, LapseReason reason) {
        repository.change(applicationId, a -> a.lapse(reason));
        notices.lapsed(applicationId, reason);
    }

    /** An open store leaves the going-overseas plan: it keeps no markets (RULES.md §1). */
    @Transactional
    public void leaveOverseasPlan(String applicationId) {
        repository.change(applicationId, MerchantApplication::leaveOverseasPlan);
    }
}
