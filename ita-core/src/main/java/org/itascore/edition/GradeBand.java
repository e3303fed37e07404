package org.itascore.edition;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.itascore.Grade;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Score;

/**
 * The range of two-decimal scores that earn a grade: from {@code lower} inclusive to {@code upper}
 * exclusive, except that a band whose upper end is 100 also contains 100.
 *
 * <p>Bands are compared with the score {@linkplain Score#official() rounded} to two decimals, as reports
 * print it: the standard band A, {@code [85.00, 95.00)}, is printed "85.00-94.99". Immutable and
 * thread-safe.
 *
 * @param grade the grade
 * @param lower the lowest score of the band, inclusive, with at most two decimals
 * @param upper the end of the band, exclusive (inclusive when it is 100), with at most two decimals
 */
public record GradeBand(Grade grade, Score lower, Score upper) {

    /**
     * Creates a band.
     *
     * @param grade the grade
     * @param lower the lowest score of the band, inclusive, with at most two decimals
     * @param upper the end of the band, exclusive (inclusive when it is 100), with at most two decimals
     *
     * @throws NullPointerException if any argument is null
     * @throws InvalidInputException if {@code lower} is not below {@code upper} or a bound has more than
     *     two decimals
     */
    public GradeBand {
        requireNonNull(grade, "grade");
        requireNonNull(lower, "lower");
        requireNonNull(upper, "upper");
        if (!lower.equals(lower.official()) || !upper.equals(upper.official())) {
            throw InvalidInputException.of(Location.ROOT, lower.toExactString() + " and " + upper.toExactString(),
                    org.itascore.Message.of("band.places", grade));
        }
        if (lower.compareTo(upper) >= 0) {
            throw InvalidInputException.of(Location.ROOT, lower + " and " + upper,
                    org.itascore.Message.of("band.order", grade));
        }
    }

    /**
     * Returns the band {@code [lowerInclusive, upperExclusive)}.
     *
     * @param grade the grade
     * @param lowerInclusive the lowest score of the band
     * @param upperExclusive the end of the band; 100 makes the band contain 100
     * @return the band
     * @throws InvalidInputException if {@code lowerInclusive} is not below {@code upperExclusive}
     */
    public static GradeBand of(Grade grade, Score lowerInclusive, Score upperExclusive) {
        return new GradeBand(grade, lowerInclusive, upperExclusive);
    }

    /**
     * Returns the band {@code [lowerInclusive, upperExclusive)} of whole-number bounds.
     *
     * @param grade the grade
     * @param lowerInclusive the lowest score of the band
     * @param upperExclusive the end of the band; 100 makes the band contain 100
     * @return the band
     * @throws InvalidInputException if {@code lowerInclusive} is not below {@code upperExclusive}
     */
    public static GradeBand of(Grade grade, int lowerInclusive, int upperExclusive) {
        return new GradeBand(grade, Score.of(lowerInclusive), Score.of(upperExclusive));
    }

    /**
     * {@return whether the band contains the score}
     *
     * @param score a score, compared after rounding to two decimals
     */
    public boolean contains(Score score) {
        BigDecimal rounded = score.officialDecimal();
        return rounded.compareTo(lower.officialDecimal()) >= 0 && (rounded.compareTo(upper.officialDecimal()) < 0
                || upper.equals(Score.HUNDRED) && rounded.compareTo(upper.officialDecimal()) == 0);
    }

    /**
     * Returns the range as a report prints it.
     *
     * @return for example {@code "85.00-94.99"} or {@code "95.00-100.00"}
     */
    public String printedRange() {
        BigDecimal last = upper.equals(Score.HUNDRED) ? upper.officialDecimal() : upper.officialDecimal().subtract(new BigDecimal("0.01"));
        return lower + "-" + last.toPlainString();
    }

    /** {@return for example {@code "A [85.00, 95.00)"} or {@code "AA [95.00, 100.00]"}} */
    @Override
    public String toString() {
        return grade + " [" + lower + ", " + upper + (upper.equals(Score.HUNDRED) ? "]" : ")");
    }
}
