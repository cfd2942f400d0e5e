package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** A merchant registered as the register page does it, for tests about what comes after. */
public final class Registrations {

    public static final String PASSWORD = "Durian2026x";

    /** Registers and answers the application id; the merchant logs in with {@link #PASSWORD}. */
    public static String register(int port, String username, String merchantName, String entityType, String category,
            String overseasMarkets) {
        var response = Http.anonymous(port).postJson("/api/registrations", Map.of("username", username,
                "password", PASSWORD, "merchantName", merchantName, "contactEmail", username + "@example.com",
                "entityType", entityType, "category", category, "overseasMarkets", overseasMarkets,
                "factoryProgram", false));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("applicationId").asText();
    }

    private Registrations() {}
}
