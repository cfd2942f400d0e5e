package com.platform.onboarding.merchant.registration;

/** What a merchant sends to register, exactly as received (so that every field can be judged and named). */
record Registration(
        String username,
        String password,
        String merchantName,
        String contactEmail,
        String entityType,
        String category,
        String overseasMarkets,
        Boolean factoryProgram) {}
