package org.itascore.table;

import java.time.Month;
import java.time.Year;
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
        int fast = dayFirst(text);
        if (fast >= 0) {
            return fast == 1;
        }
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

    /**
     * The fast path of the common form, {@code d/M/yyyy[,] H:mm[:ss]} in ASCII, read without a regular expression
     * or a copy of the text (one call per row of a national export).
     *
     * @return 1 if it is that form and a date and time, 0 if that form and not one, -1 if another form
     */
    private static int dayFirst(String t) {
        int[] at = {0};
        int a = number(t, at, 2);
        if (a < 0 || !skip(t, at, '/')) {
            return -1;
        }
        int b = number(t, at, 2);
        if (b < 0 || !skip(t, at, '/')) {
            return -1;
        }
        int yearStart = at[0];
        int year = number(t, at, 4);
        if (year < 0 || at[0] - yearStart != 4) {
            return -1;
        }
        skip(t, at, ',');
        if (!skip(t, at, ' ')) {
            return -1;
        }
        int hour = number(t, at, 2);
        if (hour < 0 || !skip(t, at, ':')) {
            return -1;
        }
        int minute = number(t, at, 2);
        int second = 0;
        if (minute < 0) {
            return -1;
        }
        if (skip(t, at, ':')) {
            second = number(t, at, 2);
            if (second < 0) {
                return -1;
            }
        }
        if (at[0] != t.length()) {
            return -1;
        }
        int y = gregorian(year);
        return hour <= 23 && minute <= 59 && second <= 59 && (date(y, b, a) || date(y, a, b)) ? 1 : 0;
    }

    /** Reads up to {@code max} ASCII digits at {@code at[0]}; -1 when there is none. */
    private static int number(String t, int[] at, int max) {
        int n = 0;
        int start = at[0];
        while (at[0] < t.length() && at[0] - start < max && t.charAt(at[0]) >= '0' && t.charAt(at[0]) <= '9') {
            n = n * 10 + t.charAt(at[0]++) - '0';
        }
        return at[0] == start ? -1 : n;
    }

    private static boolean skip(String t, int[] at, char c) {
        if (at[0] < t.length() && t.charAt(at[0]) == c) {
            at[0]++;
            return true;
        }
        return false;
    }

    /** A year after 2400 is of the Buddhist era, 543 years ahead. */
    private static int gregorian(int year) {
        return year > 2400 ? year - 543 : year;
    }

    private static boolean date(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
    }

    private static boolean time(String hour, String minute, String second) {
        return Integer.parseInt(hour) <= 23 && Integer.parseInt(minute) <= 59 && (second == null || Integer.parseInt(second) <= 59);
    }
}
