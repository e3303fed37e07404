package org.itascore.render;
import static java.util.Objects.requireNonNull;



/**
 * Makes untrusted text (an office's name, a value from an input file) safe to print on a terminal or in a
 * text table: every character that could change what else is shown is written as a visible escape
 * {@code \\uXXXX}. Those are the control characters (C0, C1 and DEL, so also line breaks and the ESC of
 * terminal sequences: a name cannot forge an {@code ita:} line or recolour the screen), the bidirectional
 * controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069: a name cannot reverse the rest of its line),
 * the invisible characters (U+200B-U+200D, U+2060, U+FEFF), and lone surrogates. Thai text, its tone marks
 * and vowels included, is left as it is. HTML is escaped separately ({@link HtmlReport}).
 */
public final class SafeText {

    private SafeText() {
    }

    /**
     * {@return the text with every unsafe character written as {@code \\uXXXX}}
     *
     * @param text untrusted text
     */
    public static String of(String text) {
        requireNonNull(text, "text");
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F
                || c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c >= 0x200B && c <= 0x200D || c == 0x2060 || c == 0xFEFF
                || Character.isSurrogate(c);
    }
}
