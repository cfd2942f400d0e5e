package com.platform.onboarding.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningTest {

    @Test
    void namesAreComparedWhateverTheirCaseSpacingOrWidth() {
        assertThat(Screening.normalised("  Knock  Off\tTrading ")).isEqualTo(Screening.normalised("knock off trading"));
        assertThat(Screening.normalised("ＫＮＯＣＫ　ＯＦＦ")).isEqualTo(Screening.normalised("knock off"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a zero-width space inside       | Knock\u200bOff Trading  | Knockoff Trading",
            "a bidirectional override        | \u202eKnock Off Trading | Knock Off Trading",
            "a Cyrillic o for a Latin o      | Kn\u043eck Off Trading  | Knock Off Trading",
            "a hyphen for a space            | Knock-Off Trading       | Knock Off Trading",
            "traditional for simplified      | 榴蓮貿易                 | 榴莲贸易",
            "spaces between Chinese          | 榴 莲 贸 易              | 榴莲贸易",
            "full-width and case             | ＫＮＯＣＫ ｏｆｆ Trading  | knock off trading"})
    void aListedNameIsFoundInDisguise(String disguise, String seen, String listed) {
        assertThat(Screening.normalised(seen)).as(disguise).isEqualTo(Screening.normalised(listed));
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(Screening.normalised("Knock Off Trading")).isNotEqualTo(Screening.normalised("Knock Off Trading 2"));
        assertThat(Screening.normalised("榴莲贸易")).isNotEqualTo(Screening.normalised("榴莲商贸"));
        assertThat(Screening.normalised("Knock Off Trading")).isNotEqualTo(Screening.normalised("Knack Off Trading"));
    }
}
