package com.platform.onboarding.qualification;

import java.time.LocalDate;
import java.util.List;

/**
 * What a merchant (by the renewal task) or the licence's issuer (by message) sends to renew a held qualification.
 * Null or empty fields keep what is held; the new last valid day and the new document are always required.
 */
public record Renewal(String holderName, String number, List<String> categories, LocalDate validFrom,
        LocalDate validUntil, boolean hasDocument) {}
