package org.itascore.text;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itascore.FiscalYear;
import org.itascore.InvalidInputException;
import org.itascore.Location;

/**
 * Months as Thai plans write them: {@code "ม.ค. 67"} (January B.E. 2567, that is 2024), with ASCII or Thai
 * digits and a two- or four-digit Buddhist Era year; also {@code "2024-01"} (ISO, Common Era) and
 * {@code "2567-01"} (ISO layout, Buddhist Era, recognised by a year from 2400).
 */
public final class ThaiMonths {

    private static final List<String> ABBREVIATIONS = List.of(
            "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");
    private static final Pattern THAI = Pattern.compile("(\\S+?)\\s*([0-9]{2}|[0-9]{4})");
    private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{2})");

    private ThaiMonths() {
    }

    /**
     * Parses a month.
     *
     * @param text for example {@code "ม.ค. 67"}, {@code "ต.ค. ๒๕๖๖"}, {@code "2024-01"} or {@code "2567-01"}
     * @return the month, in the Common Era
     * @throws InvalidInputException if the text is none of these forms
     */
    public static YearMonth parse(String text) {
        requireNonNull(text, "text");
        String ascii = ThaiDigits.toAscii(text.strip());
        Matcher iso = ISO.matcher(ascii);
        if (iso.matches()) {
            int year = Integer.parseInt(iso.group(1));
            int month = Integer.parseInt(iso.group(2));
            if (month >= 1 && month <= 12) {
                return YearMonth.of(year >= 2400 ? year - FiscalYear.BUDDHIST_ERA_OFFSET : year, month);
            }
        }
        Matcher thai = THAI.matcher(ascii);
        if (thai.matches()) {
            int month = ABBREVIATIONS.indexOf(thai.group(1));
            if (month >= 0) {
                int year = Integer.parseInt(thai.group(2));
                int buddhist = year < 100 ? 2500 + year : year;
                return YearMonth.of(buddhist - FiscalYear.BUDDHIST_ERA_OFFSET, month + 1);
            }
        }
        throw InvalidInputException.of(Location.of("month"), text,
                "a month is written like \"ม.ค. 67\" (Thai abbreviation, B.E. year) or \"2024-01\"");
    }

    /**
     * Formats a month the Thai way.
     *
     * @param month the month
     * @return for example {@code "ม.ค. 67"} for January 2024
     */
    public static String format(YearMonth month) {
        int buddhist = month.getYear() + FiscalYear.BUDDHIST_ERA_OFFSET;
        return ABBREVIATIONS.get(month.getMonthValue() - 1) + " " + String.format("%02d", buddhist % 100);
    }
}
