package com.platform.onboarding.merchant;

import static com.platform.onboarding.merchant.ApplicationStatus.ACTIVE;
import static com.platform.onboarding.merchant.ApplicationStatus.APPLYING;
import static com.platform.onboarding.merchant.ApplicationStatus.EXPIRED;
import static com.platform.onboarding.merchant.ApplicationStatus.REJECTED;
import static com.platform.onboarding.merchant.ApplicationStatus.SUSPENDED;
import static com.platform.onboarding.merchant.ApplicationStatus.WITHDRAWN;

import com.platform.onboarding.factory.FactoryTier;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A merchant's application to open a store; its id is the business key of every process about it. Its status
 * changes only through the transitions below, each of which refuses a status it cannot come from
 * ({@link TransitionRefused}) and returns the application as it is after; MerchantApplicationRepository.change
 * loads, transitions and saves under the record's lock.
 */
public record MerchantApplication(
        String applicationId,
        String username,
        String merchantName,
        String contactEmail,
        EntityType entityType,
        String category,
        Set<Market> overseasMarkets,
        boolean factoryProgram,
        ApplicationStatus status,
        String statusReason,
        String tier,
        List<String> tags,
        Instant submittedAt) {

    /** The status reason of an application its merchant withdrew. */
    public static final String WITHDRAWN_BY_MERCHANT = "MERCHANT_WITHDREW";

    /** The factory programme's certification tag (快质造认证), shown on the store once a factory is verified. */
    public static final String FACTORY_CERTIFIED = "FACTORY_CERTIFIED";

    /** Why a store is suspended: a qualification it needs has expired (which one is in the held record). */
    public enum SuspensionReason { QUALIFICATION_EXPIRED }

    /** What may be asked of an application, in the words of a refusal. */
    public enum Transition {
        ACTIVATE("be activated", "开通"),
        REJECT("be rejected", "驳回"),
        LAPSE("lapse", "逾期失效"),
        WITHDRAW("be withdrawn", "撤回"),
        SUSPEND("be suspended", "暂停"),
        REINSTATE("be reinstated", "恢复"),
        LEAVE_OVERSEAS_PLAN("leave the overseas plan", "退出出海计划");

        final String en;
        final String zh;

        Transition(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }
    }

    /** A transition asked of an application whose status does not allow it. */
    public static class TransitionRefused extends RuntimeException {

        private final ApplicationStatus status;
        private final Transition transition;

        TransitionRefused(String applicationId, ApplicationStatus status, Transition transition) {
            super("Application " + applicationId + " is " + status + ", so it cannot " + transition.en
                    + " / 申请 " + applicationId + " 当前状态为 " + status + "，无法" + transition.zh);
            this.status = status;
            this.transition = transition;
        }

        public ApplicationStatus status() {
            return status;
        }

        public Transition transition() {
            return transition;
        }
    }

    /**
     * The store opens; a merchant who declined the overseas agreement keeps no markets; a verified factory (one in
     * the programme, with a tier from its review) keeps its tier and the certification tag.
     */
    public MerchantApplication activate(boolean joinedOverseasPlan, FactoryTier factoryTier) {
        require(Transition.ACTIVATE, APPLYING);
        boolean verifiedFactory = factoryTier != null && factoryProgram;
        return new MerchantApplication(applicationId, username, merchantName, contactEmail, entityType, category,
                joinedOverseasPlan ? overseasMarkets : EnumSet.noneOf(Market.class), factoryProgram, ACTIVE, null,
                verifiedFactory ? factoryTier.name() : tier, verifiedFactory ? List.of(FACTORY_CERTIFIED) : tags,
                submittedAt);
    }

    public MerchantApplication reject(RejectionReason reason) {
        require(Transition.REJECT, APPLYING);
        return withStatus(REJECTED, reason.name());
    }

    /** A deadline passed: the reason says which step was not done. */
    public MerchantApplication lapse(LapseReason reason) {
        require(Transition.LAPSE, APPLYING);
        return withStatus(EXPIRED, reason.name());
    }

    public MerchantApplication withdraw() {
        require(Transition.WITHDRAW, APPLYING);
        return withStatus(WITHDRAWN, WITHDRAWN_BY_MERCHANT);
    }

    /** A suspended store may lose a second qualification: it stays suspended. */
    public MerchantApplication suspendFor(SuspensionReason reason) {
        require(Transition.SUSPEND, ACTIVE, SUSPENDED);
        return withStatus(SUSPENDED, reason.name());
    }

    public MerchantApplication reinstate() {
        require(Transition.REINSTATE, SUSPENDED);
        return withStatus(ACTIVE, null);
    }

    /**
     * The plan may be left at any time (RULES.md §1, 可以随时退出): while the application is under way, and by a store,
     * open or suspended; the markets are cleared. An application that ended without a store has no plan to leave.
     */
    public MerchantApplication leaveOverseasPlan() {
        require(Transition.LEAVE_OVERSEAS_PLAN, APPLYING, ACTIVE, SUSPENDED);
        return new MerchantApplication(applicationId, username, merchantName, contactEmail, entityType, category,
                EnumSet.noneOf(Market.class), factoryProgram, status, statusReason, tier, tags, submittedAt);
    }

    private void require(Transition transition, ApplicationStatus... from) {
        if (!List.of(from).contains(status)) {
            throw new TransitionRefused(applicationId, status, transition);
        }
    }

    private MerchantApplication withStatus(ApplicationStatus newStatus, String reason) {
        return new MerchantApplication(applicationId, username, merchantName, contactEmail, entityType, category,
                overseasMarkets, factoryProgram, newStatus, reason, tier, tags, submittedAt);
    }
}
