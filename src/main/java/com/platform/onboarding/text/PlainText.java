package com.platform.onboarding.text;

import java.util.Optional;

/**
 * Text a person will read (a name, a reason, a note) must show what it says: no control characters (NUL; CR and LF,
 * which forge log lines), no bidirectional overrides (U+202E turns "exe.pdf" around) and no invisible characters
 * (zero-width spaces, which also hide a listed name from a plain comparison).
 */
public final class PlainText {

    /** Why this text cannot be taken, in English and Chinese; empty when it is fine (null and empty are fine here). */
    public static Optional<Refusal> check(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (hidden(c)) {
                return Optional.of(new Refusal(String.format("U+%04X", c)));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || (c >= 0xFE00 && c <= 0xFE0F);
    }

    /** @param codePoint the first character refused, as U+XXXX: a person cannot type it back, but can report it */
    public record Refusal(String codePoint) {

        public String message() {
            return "Remove invisible or control characters (" + codePoint + ", e.g. a zero-width space or a line break).";
        }

        public String messageZh() {
            return "请删除不可见字符或控制字符（" + codePoint + "，例如零宽空格或换行）。";
        }
    }

    private PlainText() {}
}
