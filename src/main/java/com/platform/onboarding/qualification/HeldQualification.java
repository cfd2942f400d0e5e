package com.platform.onboarding.qualification;

import java.time.LocalDate;
import java.util.List;

/**
 * A qualification an active merchant holds, as last accepted (at activation or by a renewal). {@code suspended}:
 * its expiry suspended the store, and only its renewal lifts that.
 */
public record HeldQualification(String applicationId, String type, String holderName, String number,
        List<String> categories, LocalDate validFrom, LocalDate validUntil, boolean suspended) {

    public String nameZh() {
        return QualificationType.of(type).nameZh;
    }

    public String nameEn() {
        return QualificationType.of(type).nameEn;
    }
}
