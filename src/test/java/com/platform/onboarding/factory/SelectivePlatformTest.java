package com.platform.onboarding.factory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SelectivePlatformTest {

    @Test
    void aKnownCodeIsFoundWhateverItsCaseAndSurroundingSpaces() {
        assertThat(SelectivePlatform.of("  xiaomi_Youpin ")).contains(SelectivePlatform.XIAOMI_YOUPIN);
    }

    @Test
    void anExactCodeIsFound() {
        assertThat(SelectivePlatform.of("DOUYIN_ACE_FACTORY")).contains(SelectivePlatform.DOUYIN_ACE_FACTORY);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"TMALL", "小米有品", "XIAOMI YOUPIN"})
    void anUnknownCodeIsNotAPlatform(String code) {
        assertThat(SelectivePlatform.of(code)).isEmpty();
    }
}
