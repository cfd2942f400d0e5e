package com.platform.onboarding.qualification;

import java.time.LocalDate;
import java.util.List;

/**
 * One licence or permit as the merchant submitted it. {@code type} is the form's prefix, e.g. "businessLicense";
 * {@code categories} are category codes. A null {@code validUntil} stands for a licence without end (长期).
 */
public record Qualification(String type, String holderName, String number, List<String> categories,
        LocalDate validFrom, LocalDate validUntil, boolean hasDocument) {}
