package org.itascore.cli;

import org.itascore.Bilingual;
import org.itascore.Language;
import org.itascore.text.ThaiDigits;

/**
 * How the command line writes for a reader: the language of labels and whether numbers use Thai digits.
 *
 * @param language the language of labels and names
 * @param thaiDigits whether numbers are written with Thai digits
 */
record Style(Language language, boolean thaiDigits) {

    /** Picks the form of a label in the reader's language. */
    String text(String english, String thai) {
        return language == Language.THAI ? thai : english;
    }

    /** Picks the form of a bilingual name in the reader's language. */
    String text(Bilingual text) {
        return text.in(language);
    }

    /** Writes a number (already formatted with ASCII digits; a score as its official two decimals) in the reader's digits. */
    String number(Object value) {
        String ascii = value instanceof org.itascore.Score score ? score.officialDecimal().toPlainString() : String.valueOf(value);
        return thaiDigits ? ThaiDigits.toThai(ascii) : ascii;
    }

    /** Writes yes or no. */
    String yesNo(boolean value) {
        return value ? text("yes", "ผ่าน") : text("no", "ไม่ผ่าน");
    }
}
