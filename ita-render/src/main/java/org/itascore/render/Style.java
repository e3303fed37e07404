package org.itascore.render;
import org.itascore.Bilingual;
import org.itascore.Language;
import org.itascore.Message;
import org.itascore.text.ThaiDigits;

/**
 * How a renderer writes for a reader: the language of labels and whether numbers use Thai digits.
 *
 * @param language the language of labels and names
 * @param thaiDigits whether numbers are written with Thai digits
 */
public record Style(Language language, boolean thaiDigits) {

    /**
     * {@return a text of the library's message catalogue in the reader's language}
     *
     * @param message the text's code and arguments
     */
    public String text(Message message) {
        return message.text(language);
    }

    /**
     * {@return the form of a bilingual name in the reader's language}
     *
     * @param text the name in both languages
     */
    public String text(Bilingual text) {
        return SafeText.of(text.in(language));
    }

    /**
     * {@return a name from an input (an office, an activity), made safe to print}
     *
     * @param untrusted the name as the input gave it
     */
    public String name(String untrusted) {
        return SafeText.of(untrusted);
    }

    /**
     * {@return a number in the reader's digits}
     *
     * @param value a number already formatted with ASCII digits, or a score, written as its official two decimals
     */
    public String number(Object value) {
        String ascii = value instanceof org.itascore.Score score ? score.officialDecimal().toPlainString() : String.valueOf(value);
        return thaiDigits ? ThaiDigits.toThai(ascii) : ascii;
    }

    /**
     * {@return "yes" or "no" (ผ่าน, ไม่ผ่าน) in the reader's language}
     *
     * @param value whether it passed
     */
    public String yesNo(boolean value) {
        return text(Message.of(value ? "text.yes" : "text.no"));
    }
}
