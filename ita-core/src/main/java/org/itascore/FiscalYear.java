package org.itascore;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Thai government fiscal year, numbered in the Buddhist Era (B.E. = C.E. + 543).
 *
 * <p>Fiscal year 2567 runs from 1 October 2023 to 30 September 2024 (C.E.). The library accepts years
 * from {@value #MIN} to {@value #MAX}; a number that looks like a Common Era year (1900 to 2199) is
 * refused with a hint, because mixing the eras is the most common slip in Thai data.
 *
 * <p>The text form is the bare B.E. number, {@code "2567"}; {@link #parse} also reads Thai digits.
 * Immutable and thread-safe; ordered by year.
 */
public final class FiscalYear implements Comparable<FiscalYear> {

    /** The first accepted year, B.E. 2500 (C.E. 1957). */
    public static final int MIN = 2500;
    /** The last accepted year, B.E. 2700 (C.E. 2157). */
    public static final int MAX = 2700;
    /** The difference between Buddhist Era and Common Era years. */
    public static final int BUDDHIST_ERA_OFFSET = 543;

    private final int buddhistEra;

    private FiscalYear(int buddhistEra) {
        this.buddhistEra = buddhistEra;
    }

    /**
     * Returns the fiscal year of a Buddhist Era number.
     *
     * @param buddhistEra for example 2567
     * @return the fiscal year
     * @throws InvalidInputException if the year is outside [2500, 2700]; a Common Era-looking year gets a hint
     */
    public static FiscalYear of(int buddhistEra) {
        return checked(buddhistEra, Integer.toString(buddhistEra));
    }

    private static FiscalYear checked(int buddhistEra, String asWritten) {
        if (buddhistEra < MIN || buddhistEra > MAX) {
            throw InvalidInputException.of(Location.of("fiscalYear"), asWritten, rule(buddhistEra));
        }
        return new FiscalYear(buddhistEra);
    }

    private static Message rule(int year) {
        if (year + BUDDHIST_ERA_OFFSET >= MIN && year + BUDDHIST_ERA_OFFSET <= MAX) {
            return Message.of("fiscalYear.commonEra", MIN, MAX, year, year + BUDDHIST_ERA_OFFSET);
        }
        return Message.of("fiscalYear.range", MIN, MAX);
    }

    /**
     * Returns the fiscal year that ends in September of a Common Era year.
     *
     * @param commonEra for example 2024, which gives B.E. 2567
     * @return the fiscal year
     * @throws InvalidInputException if the result is outside the accepted range
     */
    public static FiscalYear ofCommonEra(int commonEra) {
        return of(commonEra + BUDDHIST_ERA_OFFSET);
    }

    /**
     * Returns the fiscal year that contains a date.
     *
     * @param date a date
     * @return the fiscal year; a date from October onward belongs to the next year's fiscal year
     */
    public static FiscalYear containing(LocalDate date) {
        requireNonNull(date, "date");
        int endYear = date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
        return ofCommonEra(endYear);
    }

    /**
     * Parses a Buddhist Era year written with ASCII or Thai digits, for example {@code "2567"} or
     * {@code "๒๕๖๗"}.
     *
     * @param text the text
     * @return the fiscal year
     * @throws InvalidInputException if the text is not a four-digit year in the accepted range
     */
    public static FiscalYear parse(CharSequence text) {
        requireNonNull(text, "text");
        String ascii = Decimals.toAscii(text.toString().strip());
        if (!Decimals.isDigits(ascii, 4, 4)) {
            throw InvalidInputException.of(Location.of("fiscalYear"), text.toString(),
                    Message.of("fiscalYear.format"));
        }
        return checked(Integer.parseInt(ascii), text.toString());
    }

    /** {@return the Buddhist Era number, for example 2567} */
    public int buddhistEra() {
        return buddhistEra;
    }

    /** {@return the Common Era year in which the fiscal year ends, for example 2024 for B.E. 2567} */
    public int commonEraEnd() {
        return buddhistEra - BUDDHIST_ERA_OFFSET;
    }

    /** {@return the first day, 1 October of the previous Common Era year} */
    public LocalDate start() {
        return LocalDate.of(commonEraEnd() - 1, Month.OCTOBER, 1);
    }

    /** {@return the last day, 30 September} */
    public LocalDate end() {
        return LocalDate.of(commonEraEnd(), Month.SEPTEMBER, 30);
    }

    /**
     * {@return whether the date falls within this fiscal year}
     *
     * @param date a date
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * {@return the fiscal year that many years later}
     *
     * @param years the number of years to add, may be negative
     * @throws InvalidInputException if the result is outside the accepted range
     */
    public FiscalYear plusYears(int years) {
        return of(buddhistEra + years);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(buddhistEra, other.buddhistEra);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FiscalYear other && buddhistEra == other.buddhistEra;
    }

    @Override
    public int hashCode() {
        return buddhistEra;
    }

    /** {@return the Buddhist Era number, for example {@code "2567"}} */
    @Override
    public String toString() {
        return Integer.toString(buddhistEra);
    }
}
