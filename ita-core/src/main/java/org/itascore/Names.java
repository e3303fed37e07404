package org.itascore;
import static java.util.Objects.requireNonNull;



/**
 * The one rule for names (of offices, activities, editions' titles): a name says something, so it has at
 * least one letter or digit. Spaces and invisible characters (a zero-width space U+200B, a byte-order mark)
 * do not make a name.
 */
public final class Names {

    private Names() {
    }

    /**
     * {@return whether a text is blank as a name: it has no letter and no digit}
     *
     * @param text the text
     */
    public static boolean isBlank(CharSequence text) {
        requireNonNull(text, "text");
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
