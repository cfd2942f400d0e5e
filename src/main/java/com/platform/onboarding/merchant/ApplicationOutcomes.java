package com.platform.onboarding.merchant;

import com.platform.onboarding.factory.FactoryTier;
import com.platform.onboarding.notification.NotificationEvent;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    ApplicationOutcomes(MerchantApplicationRepository repository, MerchantNotices notices,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.notices = notices;
        this.events = events;
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

    /**
     * The merchant leaves the going-overseas plan: the markets are cleared (RULES.md §1). Before activation the process
     * is told in the same transaction ({@link OverseasPlanLeft}), so that the application goes on without the plan.
     */
    @Transactional
    public void leaveOverseasPlan(String applicationId) {
        var left = repository.change(applicationId, MerchantApplication::leaveOverseasPlan);
        if (left.status() == ApplicationStatus.APPLYING) {
            events.publishEvent(new OverseasPlanLeft(applicationId));
        }
    }
}
