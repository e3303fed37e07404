package org.itascore.render;


/**
 * The width of text in terminal columns, for aligning tables that hold Thai. Thai vowels and tone marks
 * written above or below a consonant (Unicode non-spacing marks such as U+0E31, U+0E34-U+0E3A,
 * U+0E47-U+0E4E) take no column of their own.
 */
public final class TextWidth {

    private TextWidth() {
    }

    /**
     * {@return the number of terminal columns a text takes}
     *
     * @param text the text
     */
    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT) {
                width += wide(cp) ? 2 : 1;
            }
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * Whether a character takes two columns: the East Asian wide and fullwidth blocks (Hangul, CJK, kana,
     * fullwidth forms) and the emoji blocks, as terminals draw them. A documented table, not the whole of
     * Unicode's East Asian Width: it is the characters office names can hold in practice.
     */
    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x20000 && cp <= 0x3FFFD;
    }

    /**
     * {@return the text padded on the right with spaces to a number of columns}
     *
     * @param text the text
     * @param columns the columns it should take
     */
    public static String padRight(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - of(text)));
    }

    /**
     * {@return the text padded on the left with spaces to a number of columns}
     *
     * @param text the text
     * @param columns the columns it should take
     */
    public static String padLeft(String text, int columns) {
        return " ".repeat(Math.max(0, columns - of(text))) + text;
    }
}
