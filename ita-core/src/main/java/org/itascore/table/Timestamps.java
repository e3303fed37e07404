package org.itascore.table;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itascore.Decimals;

/**
 * Whether a form's timestamp can be read as a date and time. Google Forms writes it in the sheet's locale:
 * {@code 22/11/2026, 10:15:30} or with a Buddhist-era year {@code 22/11/2569 10:15:30} (Thai),
 * {@code 11/22/2026 10:15:30} (United States), {@code 2026-11-22 10:15:30} (ISO), with an optional AM/PM.
 * Since day and month order depend on the locale, a date is readable when either order is a date of the
 * calendar. The timestamp is checked, never scored.
 */
final class Timestamps {

    private Timestamps() {
    }

    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}),?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*(?i:am|pm|น\\.))?");
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?");

    /**
     * {@return whether the text is a readable date and time}
     *
     * @param text a timestamp cell's text, not blank
     */
    static boolean readable(String text) {
        String t = Decimals.toAscii(HeaderText.normalize(text));
        Matcher m = DAY_FIRST.matcher(t);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = gregorian(Integer.parseInt(m.group(3)));
            return time(m.group(4), m.group(5), m.group(6)) && (date(year, b, a) || date(year, a, b));
        }
        m = YEAR_FIRST.matcher(t);
        return m.matches() && time(m.group(4), m.group(5), m.group(6))
                && date(gregorian(Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** A year after 2400 is of the Buddhist era, 543 years ahead. */
    private static int gregorian(int year) {
        return year > 2400 ? year - 543 : year;
    }

    private static boolean date(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean time(String hour, String minute, String second) {
        return Integer.parseInt(hour) <= 23 && Integer.parseInt(minute) <= 59 && (second == null || Integer.parseInt(second) <= 59);
    }
}
