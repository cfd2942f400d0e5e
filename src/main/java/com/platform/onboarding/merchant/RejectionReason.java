package com.platform.onboarding.merchant;

import com.platform.onboarding.screening.RiskReason;

/**
 * Why an application ended REJECTED, as its status reason records it: a reviewer's rejection, or the reason the risk
 * list gives for the merchant or its credit code (the same names, so that the record reads as the list does).
 */
public enum RejectionReason {
    REVIEW_REJECTED,
    STOLEN_IMAGES,
    MAJOR_COMPLAINT,
    COUNTERFEIT,
    DISTRIBUTION_SELLER;

    public static RejectionReason listed(RiskReason reason) {
        return valueOf(reason.name());
    }
}
