package com.platform.onboarding.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Appends the GB 32100-2015 check character to a 17-character body. */
    static String withCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return body + CHARSET.charAt(check == 31 ? 0 : check);
    }

    @Test
    void aRealCodeCheckedByHandIsValid() {
        // 9 1 3 5 0 1 0 0 M(21) 0 0 0 1 0 0 Y(30) 4 weighted by 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
        // 9 + 3 + 27 + 135 + 0 + 26 + 0 + 0 + 420 + 0 + 0 + 0 + 8 + 0 + 0 + 900 + 112 = 1640;
        // 1640 = 52 * 31 + 28, 31 - 28 = 3, so the check character is '3': the code is valid.
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
    }

    @Test
    void aCheckValueOfThirtyOneIsWrittenAsZero() {
        // 1*1 + A(10)*3 = 31, 31 mod 31 = 0, 31 - 0 = 31, which the standard writes as '0'.
        assertThat(CreditCode.isValid("1A0000000000000000")).isTrue();
        assertThat(CreditCode.isValid("1A000000000000000Y")).isFalse();
    }

    @Test
    void aCheckCharacterCanBeALetter() {
        // 1*1 = 1, 31 - 1 = 30, and the character of value 30 is 'Y'.
        assertThat(CreditCode.isValid("10000000000000000Y")).isTrue();
    }

    @Test
    void everyCodeWithItsCheckCharacterIsValidAndEveryOtherLastCharacterIsNot() {
        var random = new Random(32100);
        for (int n = 0; n < 200; n++) {
            var body = IntStream.range(0, 17).mapToObj(i -> String.valueOf(CHARSET.charAt(random.nextInt(31))))
                    .reduce("", String::concat);
            var code = withCheck(body);
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            for (char other : CHARSET.toCharArray()) {
                if (other != code.charAt(17)) {
                    assertThat(CreditCode.isValid(body + other)).as(body + other).isFalse();
                }
            }
        }
    }

    @Test
    void changingOnlyTheLastCharacterOfTheRealCodeMakesItInvalid() {
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void aForbiddenLetterMakesTheCodeInvalidWhateverTheCheckCharacter(char forbidden) {
        var body = "91350100" + forbidden + "000100Y4";
        for (char check : (CHARSET + "IOSVZ").toCharArray()) {
            assertThat(CreditCode.isValid(body + check)).as(body + check).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y430", "91350100m000100Y43", " 91350100M000100Y43",
            "91350100M000100Y43 ", "91350100M-00100Y43"})
    void wrongLengthLowerCaseSpacesAndOtherCharactersAreInvalid(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void noCodeIsInvalid() {
        assertThat(CreditCode.isValid(null)).isFalse();
    }
}
