package com.platform.onboarding.screening;

import java.time.Instant;

/** One merchant the platform will not admit, known by name, by unified social credit code, or both. */
record RiskListEntry(String id, String merchantName, String creditCode, RiskReason reason, String note, String createdBy,
        Instant createdAt) {}
