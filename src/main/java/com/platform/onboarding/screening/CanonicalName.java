package com.platform.onboarding.screening;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;

/**
 * A merchant name as screening compares it, so that a listed name does not pass in disguise: compatibility forms
 * and width (NFKC), case, invisible characters (zero-width, bidirectional controls), punctuation (a hyphen for a
 * space), spacing between Chinese characters, traditional characters for simplified (榴蓮 for 榴莲), and letters of
 * another script that look alike (a Cyrillic о for a Latin o: Unicode's confusable skeleton, UTS #39).
 */
final class CanonicalName {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    // A transliterator may not be used by two threads at once: one per thread.
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();

    static String of(String name) {
        if (name == null) {
            return "";
        }
        String simplified = TO_SIMPLIFIED.get().transliterate(NFKC_CASEFOLD.normalize(name));
        var words = new StringBuilder();
        simplified.codePoints().forEach(c -> {
            if (UCharacter.isUWhiteSpace(c) || isPunctuation(c)) {
                words.append(' ');
                return;
            }
            if (UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                    || UCharacter.getType(c) == UCharacter.FORMAT || UCharacter.getType(c) == UCharacter.CONTROL) {
                return;
            }
            words.appendCodePoint(c);
        });
        String spaced = words.toString().strip().replaceAll(" +", " ");
        String joined = dropSpacesBetweenHan(spaced);
        // The skeleton decomposes and maps look-alikes; folding again keeps a mapped capital from differing in case.
        return NFKC_CASEFOLD.normalize(CONFUSABLES.getSkeleton(joined));
    }

    private static boolean isPunctuation(int c) {
        int type = UCharacter.getType(c);
        return type == UCharacter.DASH_PUNCTUATION || type == UCharacter.CONNECTOR_PUNCTUATION
                || type == UCharacter.OTHER_PUNCTUATION || type == UCharacter.START_PUNCTUATION
                || type == UCharacter.END_PUNCTUATION || type == UCharacter.INITIAL_PUNCTUATION
                || type == UCharacter.FINAL_PUNCTUATION;
    }

    /** "榴 莲 贸 易" is 榴莲贸易: Chinese is written without spaces, so a space between two Han characters is noise. */
    private static String dropSpacesBetweenHan(String text) {
        int[] cps = text.codePoints().toArray();
        var out = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == ' ' && i > 0 && i + 1 < cps.length && isHan(cps[i - 1]) && isHan(cps[i + 1])) {
                continue;
            }
            out.appendCodePoint(cps[i]);
        }
        return out.toString();
    }

    private static boolean isHan(int c) {
        return UScript.getScript(c) == UScript.HAN;
    }

    private CanonicalName() {}
}
