package com.platform.onboarding.factory;

import java.util.Arrays;
import java.util.Optional;

/** The best-known brand a factory makes goods for (代工品牌), one of the facts the factory-tier decision reads. */
public enum OemBrandLevel {
    INTERNATIONAL_TOP,
    INTERNATIONAL,
    DOMESTIC_KNOWN,
    NONE;

    /** Empty for anything that is not exactly one of the names (a task input is untrusted). */
    public static Optional<OemBrandLevel> of(Object value) {
        return Arrays.stream(values()).filter(l -> l.name().equals(value)).findFirst();
    }
}
