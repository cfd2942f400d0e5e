package com.platform.onboarding.merchant;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A merchant's application to open a store; its id is the business key of every process about it. */
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
}
