package org.itascore.text;

import static java.util.Objects.requireNonNull;

/**
 * Conversion between Thai digits (๐๑๒๓๔๕๖๗๘๙, U+0E50 to U+0E59) and ASCII digits.
 *
 * <p>Thai reports print numbers with Thai digits ({@code ๙๖.๖๑}); the library reads both forms and can
 * write either. Characters other than digits pass through unchanged.
 */
public final class ThaiDigits {

    /** The zero of the Thai numbering system, as the JDK gives it for the locale {@code th-TH-u-nu-thai}. */
    private static final char THAI_ZERO = java.text.DecimalFormatSymbols.getInstance(
            java.util.Locale.forLanguageTag("th-TH-u-nu-thai")).getZeroDigit();

    private ThaiDigits() {
    }

    /**
     * Replaces every Thai digit with its ASCII digit.
     *
     * @param text the text, for example {@code "๙๖.๖๑"}
     * @return the text with ASCII digits, for example {@code "96.61"}
     */
    public static String toAscii(CharSequence text) {
        requireNonNull(text, "text");
        return org.itascore.Decimals.toAscii(text.toString());
    }

    /**
     * Replaces every ASCII digit with its Thai digit.
     *
     * @param text the text, for example {@code "96.61"}
     * @return the text with Thai digits, for example {@code "๙๖.๖๑"}
     */
    public static String toThai(CharSequence text) {
        requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }
}
