package org.itascore.text;

import static java.util.Objects.requireNonNull;

import java.time.Month;
import java.time.YearMonth;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itascore.FiscalYear;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;

/**
 * Months as Thai plans write them: {@code "ม.ค. 67"} (January B.E. 2567, that is 2024), with ASCII or Thai
 * digits and a two- or four-digit Buddhist Era year; also {@code "2024-01"} (ISO, Common Era) and
 * {@code "2567-01"} (ISO layout, Buddhist Era, recognised by a year from 2400).
 *
 * <p>The month abbreviations and the Buddhist Era come from the JDK ({@code th-TH} and
 * {@link ThaiBuddhistChronology}), whatever the default locale. A two-digit year means B.E. 25xx; a year
 * outside B.E. 2500-2599 is written and read with four digits, so that what is written reads back the same.
 */
public final class ThaiMonths {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final DateTimeFormatter SHORT_YEAR = DateTimeFormatter.ofPattern("MMM yy", THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE).withDecimalStyle(DecimalStyle.STANDARD);
    private static final DateTimeFormatter LONG_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE).withDecimalStyle(DecimalStyle.STANDARD);
    private static final Pattern THAI_FORM = Pattern.compile("(\\S+?)\\s*([0-9]{2}|[0-9]{4})");
    private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{2})");
    /** The Buddhist Era years a month may have: B.E. 2400 to 2799. */
    private static final int FIRST_YEAR = 2400;
    private static final int LAST_YEAR = 2799;
    private static final Message RULE = Message.of("month.format", FIRST_YEAR, LAST_YEAR);

    private ThaiMonths() {
    }

    /**
     * Parses a month.
     *
     * @param text for example {@code "ม.ค. 67"}, {@code "ต.ค. ๒๕๖๖"}, {@code "2024-01"} or {@code "2567-01"}
     * @return the month, in the Common Era
     * @throws InvalidInputException if the text is none of these forms, or its year is outside B.E. 2400-2799
     */
    public static YearMonth parse(String text) {
        requireNonNull(text, "text");
        String ascii = ThaiDigits.toAscii(text.strip());
        Matcher iso = ISO.matcher(ascii);
        if (iso.matches()) {
            int year = Integer.parseInt(iso.group(1));
            int month = Integer.parseInt(iso.group(2));
            int buddhist = year >= FIRST_YEAR ? year : year + FiscalYear.BUDDHIST_ERA_OFFSET;
            if (month >= 1 && month <= 12 && buddhist >= FIRST_YEAR && buddhist <= LAST_YEAR) {
                return YearMonth.of(buddhist - FiscalYear.BUDDHIST_ERA_OFFSET, month);
            }
        }
        Matcher thai = THAI_FORM.matcher(ascii);
        if (thai.matches()) {
            Optional<Month> month = Arrays.stream(Month.values())
                    .filter(m -> m.getDisplayName(TextStyle.SHORT, THAI).equals(thai.group(1))).findFirst();
            int year = Integer.parseInt(thai.group(2));
            int buddhist = thai.group(2).length() == 2 ? 2500 + year : year;
            if (month.isPresent() && buddhist >= FIRST_YEAR && buddhist <= LAST_YEAR) {
                return YearMonth.of(buddhist - FiscalYear.BUDDHIST_ERA_OFFSET, month.get());
            }
        }
        throw InvalidInputException.of(Location.ROOT, text, RULE);
    }

    /**
     * Formats a month the Thai way, with ASCII digits.
     *
     * @param month the month
     * @return for example {@code "ม.ค. 67"} for January 2024, {@code "ม.ค. 2499"} for January 1956
     */
    public static String format(YearMonth month) {
        requireNonNull(month, "month");
        int buddhist = month.getYear() + FiscalYear.BUDDHIST_ERA_OFFSET;
        return (buddhist >= 2500 && buddhist <= 2599 ? SHORT_YEAR : LONG_YEAR).format(month.atDay(1));
    }
}
