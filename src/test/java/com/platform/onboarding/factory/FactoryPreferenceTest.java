package com.platform.onboarding.factory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FactoryPreferenceTest {

    @Test
    void anOwnOperationsTeamAloneMakesAFactoryPreferred() {
        assertThat(FactoryPreference.preferred(true, false, Set.of())).isTrue();
    }

    @Test
    void willingnessToLiveStreamAloneMakesAFactoryPreferred() {
        assertThat(FactoryPreference.preferred(false, true, Set.of())).isTrue();
    }

    @Test
    void experienceOnOneSelectivePlatformAloneMakesAFactoryPreferred() {
        assertThat(FactoryPreference.preferred(false, false, Set.of(SelectivePlatform.YANXUAN))).isTrue();
    }

    @Test
    void aFactoryWithNoneOfTheThreeIsNotPreferred() {
        assertThat(FactoryPreference.preferred(false, false, Set.of())).isFalse();
    }
}
