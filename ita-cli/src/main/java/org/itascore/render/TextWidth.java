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
                width++;
            }
            i += Character.charCount(cp);
        }
        return width;
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
