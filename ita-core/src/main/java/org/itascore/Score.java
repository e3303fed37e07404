package org.itascore;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An ITA score: an exact number between 0 and 100 inclusive.
 *
 * <p>A score keeps its exact value, which may be a fraction with no finite decimal form (a mean of
 * thirds, say). <b>The rounding rule</b> of the whole library is {@link #official()}: round half up to
 * {@value #DECIMALS} decimal places, applied once, at the edge, where a score is graded, compared with
 * the pass mark, ranked or published. Sums and means are always taken over exact values, never over
 * rounded ones; that is how published totals are reproduced.
 *
 * <p><b>Two forms, two methods.</b> {@link #official()} is the published two-decimal score, itself a
 * {@code Score} ({@code 90.05}); {@link #officialDecimal()} is the same value as a {@link BigDecimal} with
 * scale 2. Results of the engine give both: {@code assessment.score()} is the official score, and
 * {@code assessment.exactScore()} the exact one, so {@code a.score().equals(Score.parse("90.05"))} holds
 * for the total a report printed as 90.05.
 *
 * <p><b>One text form.</b> {@link #toString()} writes the exact value, with at least two decimals when it
 * has a finite decimal form ({@code "90.05"}, {@code "90.0532"}, {@code "85.00"}) and as a fraction in
 * lowest terms otherwise ({@code "200/3"}); {@link #parse} reads exactly that grammar back (and Thai
 * digits), so {@code Score.parse(s.toString()).equals(s)} for every score.
 *
 * <p>{@link #equals} and {@link #compareTo} compare exact values and agree: {@code 90.1} equals
 * {@code 90.10}, and {@code 90.0532} does not equal {@code 90.05}.
 *
 * <p>Immutable and thread-safe (the official value is cached on first use).
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

    private static final Message RANGE_RULE = Message.of("score.range");

    private final Rational value;
    /**
     * The official value, computed on first use. A benign race, as {@code String}'s hash: every thread computes
     * the same immutable BigDecimal, whose fields are final, so publishing it without a lock is safe.
     */
    private BigDecimal rounded;
    /** The official score, computed on first use; a benign race as the official decimal. */
    private Score official;
    /**
     * The official value in hundredths, shifted left by one with a low bit telling whether the exact value has two
     * decimals, plus two; computed on first use (0 until then), a benign race as above.
     */
    private int orderKey;

    private Score(Rational value) {
        this.value = value;
        // the order key while the value's parts are at hand: reaching them again later, among a million scores, costs
        // more than computing it now (see docs/PERFORMANCE.md, the cohort of a million)
        key();
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
            // scientific notation stays short whatever the exponent
            throw InvalidInputException.of(Location.ROOT, value.toString(), RANGE_RULE);
        }
        Decimals.checkScale(value);
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
            throw InvalidInputException.of(Location.ROOT, numerator + "/" + denominator, Message.of("fraction.denominatorPositive"));
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
     * Parses a score written as a plain decimal or as a fraction, with ASCII or Thai digits: {@code "96.61"},
     * {@code "๙๖.๖๑"}, {@code "100"}, {@code "85.5"}, {@code "200/3"}: the grammar of {@link Decimals#parse},
     * which {@link #toString()} writes. Surrounding white space is ignored; exponents, thousands separators,
     * {@code NaN} and {@code Infinity} are refused.
     *
     * @param text the text
     * @return the score, exact (not rounded)
     * @throws InvalidInputException if the text is not a number of that grammar or its value is outside [0, 100]
     */
    public static Score parse(CharSequence text) {
        requireNonNull(text, "text");
        Rational value = Decimals.parse(text, Message.of("score.format"));
        if (value.signum() < 0 || value.compareTo(Rational.HUNDRED) > 0) {
            throw InvalidInputException.of(Location.ROOT, text.toString(), RANGE_RULE);
        }
        return new Score(value);
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
     * The rounding rule: the official, published score, rounded half up to two decimal places.
     *
     * @return for example {@code 90.05} for 90.0532 and {@code 85.00} for 84.995
     */
    public Score official() {
        Score o = official;
        if (o == null) {
            Rational r = Rational.of(officialDecimal());
            o = r.equals(value) ? this : new Score(r);
            official = o;
        }
        return o;
    }

    /**
     * The official score as a decimal: rounded half up to two decimal places, scale 2.
     *
     * @return for example {@code 90.05} for 90.0532 and {@code 85.00} for 84.995
     */
    public BigDecimal officialDecimal() {
        BigDecimal r = rounded;
        if (r == null) {
            r = value.round(DECIMALS, ROUNDING);
            rounded = r;
        }
        return r;
    }

    /**
     * The official score in hundredths: the key that orders and ties scores as published, without a
     * {@link BigDecimal} to compare. Rounding is monotone, so a lower key is a lower exact value.
     * {@link #hasTwoDecimals()} tells whether the key is the exact value.
     *
     * @return for example {@code 9005} for 90.0532; from 0 to 10,000
     */
    public int hundredths() {
        return key() >> 1;
    }

    /**
     * {@return whether the exact value has at most two decimals}: whether it is its own official score, so that
     * scores of equal {@link #hundredths()} are equal
     */
    public boolean hasTwoDecimals() {
        return (key() & 1) == 1;
    }

    /** {@return the hundredths shifted left by one, the low bit telling whether the value has two decimals} */
    private int key() {
        int k = orderKey;
        if (k == 0) {
            BigInteger num = value.numerator();
            BigInteger den = value.denominator();
            int h;
            boolean two;
            if (rounded == null && num.bitLength() < 40 && den.bitLength() < 40) {
                // half up, in long arithmetic: floor((200 n + d) / 2d), a value between 0 and 100 (no BigDecimal made,
                // so that ordering a million scores does not keep a million of them)
                long n = num.longValue();
                long d = den.longValue();
                h = (int) ((200 * n + d) / (2 * d));
                two = 100 % d == 0;
            } else {
                h = officialDecimal().unscaledValue().intValueExact();
                // in lowest terms, a value of at most two decimals has a denominator dividing 100
                two = den.bitLength() <= 7 && 100 % den.intValue() == 0;
            }
            k = (h << 1 | (two ? 1 : 0)) + 2;
            orderKey = k;
        }
        return k - 2;
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
     * Returns the one text form: the exact value, with at least two decimals when it has a finite decimal form,
     * otherwise a fraction in lowest terms. {@link #parse} reads it back to an equal score.
     *
     * @return for example {@code "90.05"}, {@code "90.0532"}, {@code "85.00"} or {@code "200/3"}
     */
    @Override
    public String toString() {
        BigDecimal exact = value.exactDecimalOrNull();
        if (exact == null) {
            return value.toString();
        }
        return (exact.scale() < DECIMALS ? exact.setScale(DECIMALS) : exact).toPlainString();
    }
}
