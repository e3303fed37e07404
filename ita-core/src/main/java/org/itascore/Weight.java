package org.itascore;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A weight: an exact number between 0 (exclusive) and 1 (inclusive), such as 0.30 or 1/3.
 *
 * <p>Weights are exact so that an edition's weights can be checked to sum to exactly one. The text form
 * is the plain decimal when the value has one ({@code "0.3"}), otherwise the fraction in lowest terms
 * ({@code "1/3"}); {@link #parse} reads both, so {@code Weight.parse(w.toString()).equals(w)}.
 *
 * <p>Immutable and thread-safe; {@code equals} and {@code compareTo} compare exact values.
 */
public final class Weight implements Comparable<Weight> {

    /** The weight 1. */
    public static final Weight ONE = new Weight(Rational.ONE);

    private static final Message RULE = Message.of("weight.range");

    private final Rational value;

    private Weight(Rational value) {
        this.value = value;
    }

    /**
     * Returns a weight.
     *
     * @param value the exact value, in (0, 1]
     * @return the weight
     * @throws InvalidInputException if the value is not in (0, 1]
     */
    public static Weight of(Rational value) {
        requireNonNull(value, "value");
        if (value.signum() <= 0 || value.compareTo(Rational.ONE) > 0) {
            throw InvalidInputException.of(Location.of("weight"), value.toString(), RULE);
        }
        return new Weight(value);
    }

    /**
     * Returns a weight.
     *
     * @param value the decimal value, in (0, 1]
     * @return the weight
     * @throws InvalidInputException if the value is not in (0, 1]
     */
    public static Weight of(BigDecimal value) {
        return of(Rational.of(requireNonNull(value, "value")));
    }

    /**
     * Returns the weight {@code numerator / denominator}.
     *
     * @param numerator the numerator
     * @param denominator the denominator, positive
     * @return the weight
     * @throws InvalidInputException if the denominator is not positive or the value is not in (0, 1]
     */
    public static Weight ofFraction(long numerator, long denominator) {
        if (denominator <= 0) {
            throw InvalidInputException.of(Location.of("weight"), numerator + "/" + denominator, Message.of("fraction.denominatorPositive"));
        }
        return of(Rational.of(numerator, denominator));
    }

    /**
     * Parses {@code "0.3"}, {@code "0.30"}, {@code "1"} or {@code "1/3"}, with ASCII or Thai digits.
     *
     * @param text the text
     * @return the weight
     * @throws InvalidInputException if the text is malformed or the value is not in (0, 1]
     */
    public static Weight parse(CharSequence text) {
        requireNonNull(text, "text");
        Rational value = Decimals.parse(text, Message.of("weight.format"));
        if (value.signum() <= 0 || value.compareTo(Rational.ONE) > 0) {
            throw InvalidInputException.of(Location.ROOT, text.toString(), RULE);
        }
        return new Weight(value);
    }

    /** {@return the exact value} */
    public Rational exact() {
        return value;
    }

    @Override
    public int compareTo(Weight other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Weight other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** {@return the plain decimal when the value has one, otherwise the fraction: {@code "0.3"}, {@code "1/3"}} */
    @Override
    public String toString() {
        return value.toExactString();
    }
}
