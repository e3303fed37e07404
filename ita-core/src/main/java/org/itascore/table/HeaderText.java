package org.itascore.table;

import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itascore.Decimals;
import org.itascore.Instrument;

/** How header texts are compared and which question a header names by its number. */
final class HeaderText {

    private HeaderText() {
    }

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u200B]+");

    /** The headers of a form's timestamp column, normalized and lower-cased. */
    static final ImmutableSet<String> TIMESTAMPS = ImmutableSet.of("ประทับเวลา", "timestamp", "ประทับเวลา (timestamp)");

    /** Headers of columns a form adds that are not answers, ignored unless mapped. */
    static final ImmutableSet<String> EXTRAS = ImmutableSet.of("ที่อยู่อีเมล", "อีเมล", "email address", "email", "e-mail",
            "คะแนน", "score", "ตำแหน่ง", "position");

    /** Headers that may name the respondent's or the assessed office: never taken as the office unasked. */
    static final ImmutableSet<String> OFFICES = ImmutableSet.of("ชื่อหน่วยงาน", "หน่วยงาน", "ชื่อโรงเรียน", "โรงเรียน",
            "สถานศึกษา", "ชื่อสถานศึกษา", "office", "school", "organization", "organisation");

    /** "ข้อ 1", "ข้อที่ 1", "1.", "1)", "1 ", "i1", "I1.", "e1": the number and, when given, the instrument's letter. */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:ข้อที่|ข้อ)?\\s*([ie])?\\s*(\\d{1,3})(?:$|[.):\\-]|\\s+\\D)", Pattern.CASE_INSENSITIVE);

    /** A grid question's row: "Title [1. row text]". */
    private static final Pattern GRID_ROW = Pattern.compile(".*\\[([^\\]]+)\\]\\s*$", Pattern.DOTALL);

    /**
     * {@return the text compared: stripped, every run of white space one space, composed (NFC)}
     *
     * @param header a header as written
     */
    static String normalize(String header) {
        return SPACE.matcher(Normalizer.normalize(header, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** {@return the key of a header among known names: normalized and lower-cased} */
    static String key(String header) {
        return normalize(header).toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the question number a header starts with, for a sheet of an instrument: empty when the header
     * has no number, or names the other instrument's letter}
     *
     * @param header the header
     * @param instrument IIT or EIT
     */
    static OptionalInt number(String header, Instrument instrument) {
        String text = Decimals.toAscii(normalize(header));
        Matcher grid = GRID_ROW.matcher(text);
        if (grid.matches()) {
            OptionalInt inner = number(grid.group(1), instrument);
            if (inner.isPresent()) {
                return inner;
            }
        }
        Matcher m = NUMBERED.matcher(text);
        if (!m.lookingAt()) {
            return OptionalInt.empty();
        }
        String letter = m.group(1);
        if (letter != null && Character.toLowerCase(letter.charAt(0)) != letterOf(instrument)) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(m.group(2));
        return n == 0 ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** {@return the letter of an instrument's question ids: i or e} */
    static char letterOf(Instrument instrument) {
        return instrument == Instrument.IIT ? 'i' : 'e';
    }
}
