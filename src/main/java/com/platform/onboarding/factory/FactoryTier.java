package com.platform.onboarding.factory;

import java.util.Arrays;
import java.util.Optional;

/** The tiers of the factory programme, as the factory-tier decision proposes them and a reviewer may override. */
public enum FactoryTier {
    /** Super factory (超级大厂). */
    S,
    /** Mid/large factory (中大型工厂). */
    A,
    /** Craft-select factory (工匠精选工厂). */
    B_CRAFT,
    /** New-material or technology company (新材料黑科技公司). */
    B_NEW_MATERIAL;

    /** Empty for anything that is not exactly one of the names (a task input is untrusted). */
    public static Optional<FactoryTier> of(Object value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
