package com.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;

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

    /**
     * An overseas durian merchant's two qualifications as the upload task takes them through the engine's Java API:
     * valid for a year from today (Asia/Shanghai), covering food, each with a small PDF.
     */
    public static Map<String, Object> overseasDurianQualifications(String holder) {
        String until = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(365).toString();
        var variables = new HashMap<String, Object>();
        String[][] held = {{"overseasEntity", "SG-FOOD-EXPORT-7"}, {"domesticEntrusted", "91350100M000100Y43"}};
        for (String[] q : held) {
            variables.put(q[0] + "HolderName", holder);
            variables.put(q[0] + "Number", q[1]);
            variables.put(q[0] + "Categories", "food");
            variables.put(q[0] + "ValidFrom", "2025-01-01");
            variables.put(q[0] + "ValidUntil", until);
            variables.put(q[0] + "Document", Variables.fileValue(q[0] + ".pdf")
                    .file("%PDF-1.4 licence".getBytes(StandardCharsets.US_ASCII)).mimeType("application/pdf").create());
        }
        return variables;
    }

    private Registrations() {}
}
