package com.platform.onboarding.factory;

import java.util.Objects;
import java.util.Set;

/** Priority (优先) among factory merchants; it orders the queue and never admits or refuses anyone. */
public final class FactoryPreference {

    private FactoryPreference() {}

    /**
     * Priority per RULES.md §3: an own operations team for the platform, OR willingness to live-stream, OR
     * experience on at least one selective platform. The notice lists the three without weighing them, so any one
     * suffices.
     */
    public static boolean preferred(boolean ownOperationsTeam, boolean willLiveStream,
            Set<SelectivePlatform> platforms) {
        Objects.requireNonNull(platforms, "platforms");
        return ownOperationsTeam || willLiveStream || !platforms.isEmpty();
    }
}
