package org.itascore;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.itascore.text.ThaiDigits;

/**
 * An ITA score: an exact number between 0 and 100 inclusive.
 *
 * <p>A score keeps its exact value, which may be a fraction with no finite decimal form (a mean of
 * thirds, say). <b>The rounding rule</b> of the whole library is {@link #rounded()}: round half up to
 * {@value #DECIMALS} decimal places, applied once, at the edge, where a score is graded, compared with
 * the pass mark, ranked or printed. Sums and means are always taken over exact values, never over rounded
 * ones; that is how published totals are reproduced.
 *
 * <p>The canonical text form is the rounded two-decimal form, {@code "90.05"}. {@link #parse} reads that
 * form (and any other plain decimal, with ASCII or Thai digits), so
 * {@code Score.parse(s.toString()).equals(s.round())} for every score, and
 * {@code Score.parse(s.toString()).equals(s)} for every score with at most two decimals.
 *
 * <p>{@link #equals} and {@link #compareTo} compare exact values and agree: {@code 90.1} equals
 * {@code 90.10}.
 *
 * <p>Immutable and thread-safe (the rounded value is cached on first use).
 */
public final class Score implements Comparable<Score> {

    /** The number of decimal places of a published score. */
    public static final int DECIMALS = 2;
    /** The rounding mode of a published score. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    /** The score 0. */
    public static final Score ZERO = new Score(Rational.ZERO);
    /** The score 100. */
    public static final Score HUNDRED = new Score(Rational.HUNDRED);

    private static final String RANGE_RULE = "a score lies between 0 and 100";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final int MAX_TEXT_LENGTH = 64;

    private final Rational value;
    /**
     * The rounded value, computed on first use. A benign race, as {@code String}'s hash: every thread computes
     * the same immutable BigDecimal, whose fields are final, so publishing it without a lock is safe.
     */
    private BigDecimal rounded;

    private Score(Rational value) {
        this.value = value;
    }

    /**
     * Returns the score with an exact value.
     *
     * @param value the value, in [0, 100]
     * @return the score
     * @throws InvalidInputException if the value is below 0 or above 100
     */
    public static Score of(BigDecimal value) {
        requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw InvalidInputException.of(Location.ROOT, value.toPlainString(), RANGE_RULE);
        }
        return new Score(Rational.of(value));
    }

    /**
     * Returns a whole-number score.
     *
     * @param value the value, in [0, 100]
     * @return the score
     * @throws InvalidInputException if the value is below 0 or above 100
     */
    public static Score of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /**
     * Returns the score {@code numerator / denominator}, as raw data produce it (for example 200/3).
     *
     * @param numerator the numerator
     * @param denominator the denominator, positive
     * @return the score
     * @throws InvalidInputException if the denominator is not positive or the value is outside [0, 100]
     */
    public static Score ofFraction(BigInteger numerator, BigInteger denominator) {
        requireNonNull(numerator, "numerator");
        requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw InvalidInputException.of(Location.ROOT, numerator + "/" + denominator, "the denominator must be positive");
        }
        return of(Rational.of(numerator, denominator));
    }

    /**
     * Returns the score {@code numerator / denominator}.
     *
     * @param numerator the numerator
     * @param denominator the denominator, positive
     * @return the score
     * @throws InvalidInputException if the denominator is not positive or the value is outside [0, 100]
     */
    public static Score ofFraction(long numerator, long denominator) {
        return ofFraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * Parses a plain decimal written with ASCII or Thai digits: {@code "96.61"}, {@code "๙๖.๖๑"},
     * {@code "100"}, {@code "85.5"}. Surrounding white space is ignored. Exponents, thousands separators,
     * {@code NaN} and {@code Infinity} are refused.
     *
     * @param text the text
     * @return the score, exact (not rounded)
     * @throws InvalidInputException if the text is not a plain decimal or its value is outside [0, 100]
     */
    public static Score parse(CharSequence text) {
        requireNonNull(text, "text");
        String original = text.toString();
        String ascii = ThaiDigits.toAscii(original.strip());
        if (ascii.length() > MAX_TEXT_LENGTH) {
            throw InvalidInputException.of(Location.ROOT, original.substring(0, 20) + "...",
                    "a score is written with at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (!DECIMAL.matcher(ascii).matches()) {
            throw InvalidInputException.of(Location.ROOT, original, describeMalformed(ascii));
        }
        BigDecimal value = new BigDecimal(ascii);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw InvalidInputException.of(Location.ROOT, original, RANGE_RULE);
        }
        return new Score(Rational.of(value));
    }

    private static String describeMalformed(String ascii) {
        String lower = ascii.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nan")) {
            return "not a number; " + RANGE_RULE;
        }
        if (lower.contains("inf")) {
            return "infinite; " + RANGE_RULE;
        }
        return "a score is a plain decimal such as 96.61 or ๙๖.๖๑";
    }

    /**
     * Returns the score with an exact fractional value.
     *
     * @param value the exact value, in [0, 100]
     * @return the score
     * @throws InvalidInputException if the value is outside [0, 100]
     */
    public static Score of(Rational value) {
        requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(Rational.HUNDRED) > 0) {
            throw InvalidInputException.of(Location.ROOT, value.toString(), RANGE_RULE);
        }
        return new Score(value);
    }

    /**
     * The rounding rule: the score rounded half up to two decimal places.
     *
     * @return the two-decimal value, for example {@code 90.05} for 90.0532 and {@code 85.00} for 84.995
     */
    public BigDecimal rounded() {
        BigDecimal r = rounded;
        if (r == null) {
            r = value.round(DECIMALS, ROUNDING);
            rounded = r;
        }
        return r;
    }

    /**
     * Returns the score rounded by {@link #rounded()}, as a score.
     *
     * @return the rounded score
     */
    public Score round() {
        return new Score(Rational.of(rounded()));
    }

    /**
     * Returns the value rounded half up to any number of places, for display of extra precision.
     *
     * @param decimals the number of decimal places, zero or more
     * @return the rounded value
     */
    public BigDecimal toBigDecimal(int decimals) {
        return value.round(decimals, ROUNDING);
    }

    /** {@return the numerator of the exact value in lowest terms} */
    public BigInteger numerator() {
        return value.numerator();
    }

    /** {@return the denominator of the exact value in lowest terms, positive} */
    public BigInteger denominator() {
        return value.denominator();
    }

    /**
     * Returns the exact value as a fraction.
     *
     * @return the exact value
     */
    public Rational exact() {
        return value;
    }

    /**
     * Returns the exact value in plain decimal form when it has one, otherwise as a fraction.
     *
     * @return for example {@code "84.8138"} or {@code "200/3"}
     */
    public String toExactString() {
        return value.toExactString();
    }

    /**
     * {@return whether this score's exact value is below the other's}
     *
     * @param other another score
     */
    public boolean isLessThan(Score other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Score other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Score other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the canonical text form: the {@linkplain #rounded() rounded} value with exactly two decimals.
     *
     * @return for example {@code "90.05"}
     */
    @Override
    public String toString() {
        return rounded().toPlainString();
    }
}
