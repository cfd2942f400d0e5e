package com.platform.onboarding.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScreeningTest {

    @Test
    void namesAreComparedWhateverTheirCaseSpacingOrWidth() {
        assertThat(Screening.normalised("  Knock  Off\tTrading ")).isEqualTo(Screening.normalised("knock off trading"));
        assertThat(Screening.normalised("ＫＮＯＣＫ　ＯＦＦ")).isEqualTo("knock off");
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(Screening.normalised("Knock Off Trading")).isNotEqualTo(Screening.normalised("Knock Off Trading 2"));
    }
}
