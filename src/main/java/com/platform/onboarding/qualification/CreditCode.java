package com.platform.onboarding.qualification;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 17 characters and a check character, so
 * that a mistyped code is caught at the form rather than by the registry.
 */
public final class CreditCode {

    /** The standard leaves out I, O, S, V and Z, which are too easily read as digits. */
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** Upper case only and nothing trimmed: the caller normalises what the merchant typed. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != WEIGHTS.length + 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = CHARSET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (CHARSET.length() - sum % CHARSET.length()) % CHARSET.length();
        return code.charAt(WEIGHTS.length) == CHARSET.charAt(check);
    }
}
