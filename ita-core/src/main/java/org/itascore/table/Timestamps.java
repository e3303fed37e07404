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

    /** What {@link #read} gives for a text that is no date and time. */
    static final long UNREADABLE = -1L;
    /** The half of {@link #read}'s value for an order of day and month that is no date. */
    static final int NO_DATE = Integer.MIN_VALUE;

    /**
     * {@return whether the text is a readable date and time}
     *
     * @param text a timestamp cell's text, not blank
     */
    static boolean readable(String text) {
        return read(text) != UNREADABLE;
    }

    /**
     * Reads a timestamp's date in both orders of day and month, since the order is the sheet's locale's.
     *
     * @param text a timestamp cell's text, not blank
     * @return {@link #UNREADABLE}, or the epoch day read day first in the high 32 bits and read month first in the
     *     low 32 bits, each {@link #NO_DATE} when that order is no date (a year-first date is one date, in both)
     */
    static long read(String text) {
        long fast = dayFirst(text);
        if (fast != NOT_FAST) {
            return fast;
        }
        String t = Decimals.toAscii(HeaderText.normalize(text));
        Matcher m = DAY_FIRST.matcher(t);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = gregorian(Integer.parseInt(m.group(3)));
            return time(m.group(4), m.group(5), m.group(6)) ? pack(year, b, a, year, a, b) : UNREADABLE;
        }
        m = YEAR_FIRST.matcher(t);
        if (!m.matches() || !time(m.group(4), m.group(5), m.group(6))) {
            return UNREADABLE;
        }
        int year = gregorian(Integer.parseInt(m.group(1)));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        return pack(year, month, day, year, month, day);
    }

    /** Packs two readings' epoch days; UNREADABLE when neither is a date. */
    private static long pack(int y1, int m1, int d1, int y2, int m2, int d2) {
        long first = date(y1, m1, d1) ? epochDay(y1, m1, d1) + OFFSET : 0;
        long second = date(y2, m2, d2) ? epochDay(y2, m2, d2) + OFFSET : 0;
        if (first == 0 && second == 0) {
            return UNREADABLE;
        }
        return first << 32 | second;
    }

    /**
     * {@return the days from 1970-01-01 of a date of the proleptic Gregorian calendar, as
     * {@link java.time.LocalDate#toEpochDay()} counts them, without making a date object (one call per row)}
     */
    static long epochDay(int year, int month, int day) {
        // March-based years put the leap day last (H. Hinnant's days-from-civil)
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    /** {@return the epoch day read day first from {@link #read}'s value, or {@link #NO_DATE}} */
    static int dayFirstDay(long read) {
        int half = (int) (read >>> 32);
        return half == 0 ? NO_DATE : half - OFFSET;
    }

    /** {@return the epoch day read month first from {@link #read}'s value, or {@link #NO_DATE}} */
    static int monthFirstDay(long read) {
        int half = (int) read;
        return half == 0 ? NO_DATE : half - OFFSET;
    }

    /** {@return whether a timestamp's text writes its year in the Buddhist era, as a Thai-locale form does} */
    static boolean buddhistEra(String text) {
        int slash = text.lastIndexOf('/');
        int dash = text.indexOf('-');
        int at = slash >= 0 ? slash + 1 : dash >= 4 ? dash - 4 : -1;
        if (at < 0 || at + 4 > text.length()) {
            return false;
        }
        int year = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = Character.digit(text.charAt(i), 10);
            if (digit < 0) {
                return false;
            }
            year = year * 10 + digit;
        }
        return year > 2400;
    }

    /**
     * The fast path of the common form, {@code d/M/yyyy[,] H:mm[:ss]} in ASCII, read without a regular expression
     * or a copy of the text (one call per row of a national export).
     *
     * @return as {@link #read}, or {@link #NOT_FAST} if another form
     */
    private static long dayFirst(String t) {
        int[] at = {0};
        int a = number(t, at, 2);
        if (a < 0 || !skip(t, at, '/')) {
            return NOT_FAST;
        }
        int b = number(t, at, 2);
        if (b < 0 || !skip(t, at, '/')) {
            return NOT_FAST;
        }
        int yearStart = at[0];
        int year = number(t, at, 4);
        if (year < 0 || at[0] - yearStart != 4) {
            return NOT_FAST;
        }
        skip(t, at, ',');
        if (!skip(t, at, ' ')) {
            return NOT_FAST;
        }
        int hour = number(t, at, 2);
        if (hour < 0 || !skip(t, at, ':')) {
            return NOT_FAST;
        }
        int minute = number(t, at, 2);
        int second = 0;
        if (minute < 0) {
            return NOT_FAST;
        }
        if (skip(t, at, ':')) {
            second = number(t, at, 2);
            if (second < 0) {
                return NOT_FAST;
            }
        }
        if (at[0] != t.length()) {
            return NOT_FAST;
        }
        int y = gregorian(year);
        return hour <= 23 && minute <= 59 && second <= 59 ? pack(y, b, a, y, a, b) : UNREADABLE;
    }

    /** What the fast path gives for a text of another form. */
    private static final long NOT_FAST = -2L;
    /** Added to an epoch day when packed, so that a packed value is never negative and 0 is no date. */
    private static final int OFFSET = 1 << 24;

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
