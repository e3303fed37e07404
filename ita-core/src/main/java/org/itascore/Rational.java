package org.itascore;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, always in lowest terms with a positive denominator.
 *
 * <p>ITA scores come from means of means of weighted means: thirds, sixths and fifths appear as soon as
 * raw answers are scored, and no finite decimal holds them. Every score is therefore carried as a
 * fraction and rounded exactly once, at the edge, by {@link #round(int, RoundingMode)}. Guava has no
 * big fraction type and {@code ita-core} depends on Guava only, so this small one lives here.
 *
 * <p>{@link #equals} and {@link #compareTo} agree: fractions are kept in lowest terms.
 * Immutable and thread-safe.
 */
public final class Rational implements Comparable<Rational> {

    /** Zero. */
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    /** One. */
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    /** One hundred. */
    public static final Rational HUNDRED = new Rational(BigInteger.valueOf(100), BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Returns {@code numerator / denominator} in lowest terms.
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the fraction
     * @throws ArithmeticException if the denominator is zero
     */
    public static Rational of(BigInteger numerator, BigInteger denominator) {
        requireNonNull(numerator, "numerator");
        requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (numerator.bitLength() < 63 && denominator.bitLength() < 63) {
            // the common case (scores, weights, tallies): reduced in long arithmetic, exactly as below
            long n = numerator.longValue();
            long d = denominator.longValue();
            if (n == 0) {
                return ZERO;
            }
            long g = gcd(Math.abs(n), d);
            return g == 1 ? new Rational(numerator, denominator) : new Rational(BigInteger.valueOf(n / g), BigInteger.valueOf(d / g));
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        return new Rational(numerator, denominator);
    }

    /**
     * Returns {@code numerator / denominator} in lowest terms.
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the fraction
     * @throws ArithmeticException if the denominator is zero
     */
    public static Rational of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * Returns the whole number {@code value}.
     *
     * @param value the value
     * @return the fraction {@code value / 1}
     */
    public static Rational of(long value) {
        return value == 0 ? ZERO : new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /**
     * Returns the exact value of a decimal.
     *
     * @param value the decimal
     * @return the same value as a fraction
     */
    public static Rational of(BigDecimal value) {
        requireNonNull(value, "value");
        if (value.signum() == 0) {
            return ZERO; // 0E-999999999 is zero, whatever its scale
        }
        Decimals.checkScale(value);
        if (value.scale() <= 0) {
            return of(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /** {@return the numerator, in lowest terms} */
    public BigInteger numerator() {
        return numerator;
    }

    /** {@return the denominator, positive, in lowest terms} */
    public BigInteger denominator() {
        return denominator;
    }

    /** {@return -1, 0 or 1 as this value is negative, zero or positive} */
    public int signum() {
        return numerator.signum();
    }

    /**
     * {@return {@code this + other}}
     *
     * @param other the addend
     */
    public Rational plus(Rational other) {
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * {@return {@code this - other}}
     *
     * @param other the subtrahend
     */
    public Rational minus(Rational other) {
        return plus(other.negate());
    }

    /** {@return {@code -this}} */
    public Rational negate() {
        return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
    }

    /**
     * {@return {@code this * other}}
     *
     * @param other the factor
     */
    public Rational times(Rational other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /**
     * {@return {@code this * factor}}
     *
     * @param factor the factor
     */
    public Rational times(long factor) {
        return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    /**
     * {@return {@code this / divisor}}
     *
     * @param divisor the divisor, not zero
     * @throws ArithmeticException if the divisor is zero
     */
    public Rational dividedBy(Rational divisor) {
        return of(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    /**
     * {@return {@code this / divisor}}
     *
     * @param divisor the divisor, not zero
     * @throws ArithmeticException if the divisor is zero
     */
    public Rational dividedBy(long divisor) {
        return of(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    /**
     * Rounds to a number of decimal places. This is the one place where a fraction becomes a decimal.
     *
     * @param scale the number of decimal places
     * @param mode the rounding mode
     * @return the rounded decimal, with exactly {@code scale} places
     */
    public BigDecimal round(int scale, RoundingMode mode) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
    }

    /**
     * Returns the exact decimal if the fraction has a finite decimal expansion.
     *
     * @return the exact decimal with trailing zeros stripped, or {@code null} if the expansion is infinite
     */
    public BigDecimal exactDecimalOrNull() {
        int twos;
        int fives = 0;
        if (denominator.bitLength() < 63) {
            // the common case, in long arithmetic: a finite decimal exactly when the denominator is 2^a 5^b
            long d = denominator.longValue();
            twos = Long.numberOfTrailingZeros(d);
            d >>= twos;
            while (d % 5 == 0) {
                d /= 5;
                fives++;
            }
            if (d != 1) {
                return null;
            }
        } else {
            BigInteger d = denominator;
            twos = d.getLowestSetBit();
            d = d.shiftRight(twos);
            BigInteger five = BigInteger.valueOf(5);
            while (d.mod(five).signum() == 0) {
                d = d.divide(five);
                fives++;
            }
            if (!d.equals(BigInteger.ONE)) {
                return null;
            }
        }
        int scale = Math.max(twos, fives);
        BigDecimal exact = new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.UNNECESSARY);
        BigDecimal stripped = exact.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Returns the exact sum of many values. Faster than adding one by one: the sum is kept over a common
     * denominator and reduced once, at the end, instead of after every addition.
     *
     * @param values the values
     * @return their sum
     */
    public static Rational sum(Iterable<Rational> values) {
        Sum sum = new Sum();
        for (Rational v : values) {
            sum.add(v.numerator, v.denominator);
        }
        return sum.value();
    }

    /**
     * Returns the exact sum of the squares of many values, as {@link #sum} of each {@link #squared()} without making
     * the squares: the variance of a million totals.
     *
     * @param values the values
     * @return the sum of their squares
     */
    public static Rational sumOfSquares(Iterable<Rational> values) {
        Sum sum = new Sum();
        for (Rational v : values) {
            if (v.numerator.bitLength() < 31 && v.denominator.bitLength() < 31) {
                long n = v.numerator.longValue();
                long d = v.denominator.longValue();
                sum.add(n * n, d * d);
            } else {
                sum.add(v.numerator.multiply(v.numerator), v.denominator.multiply(v.denominator));
            }
        }
        return sum.value();
    }

    /**
     * A sum kept over a common denominator and reduced once, at the end: in long arithmetic while the common
     * denominator and the sum fit, which they do for scores however many (a million totals), then in BigInteger
     * from where the longs would overflow. Not thread-safe.
     */
    private static final class Sum {
        private long n;
        private long d = 1;
        private BigInteger big;
        private BigInteger bigDenominator;

        void add(long vn, long vd) {
            if (big == null) {
                try {
                    if (d % vd == 0) {
                        n = Math.addExact(n, Math.multiplyExact(vn, d / vd));
                    } else {
                        long lcm = Math.multiplyExact(d / gcd(d, vd), vd);
                        n = Math.addExact(Math.multiplyExact(n, lcm / d), Math.multiplyExact(vn, lcm / vd));
                        d = lcm;
                    }
                    return;
                } catch (ArithmeticException overflow) {
                    big = BigInteger.valueOf(n); // from here on in BigInteger
                    bigDenominator = BigInteger.valueOf(d);
                }
            }
            addBig(BigInteger.valueOf(vn), BigInteger.valueOf(vd));
        }

        void add(BigInteger vn, BigInteger vd) {
            if (big == null && vn.bitLength() < 63 && vd.bitLength() < 63) {
                add(vn.longValue(), vd.longValue());
                return;
            }
            if (big == null) {
                big = BigInteger.valueOf(n);
                bigDenominator = BigInteger.valueOf(d);
            }
            addBig(vn, vd);
        }

        private void addBig(BigInteger vn, BigInteger vd) {
            BigInteger[] qr = bigDenominator.divideAndRemainder(vd);
            if (qr[1].signum() == 0) {
                big = big.add(vn.multiply(qr[0]));
            } else {
                BigInteger lcm = bigDenominator.divide(bigDenominator.gcd(vd)).multiply(vd);
                big = big.multiply(lcm.divide(bigDenominator)).add(vn.multiply(lcm.divide(vd)));
                bigDenominator = lcm;
            }
        }

        Rational value() {
            return big == null ? of(BigInteger.valueOf(n), BigInteger.valueOf(d)) : of(big, bigDenominator);
        }
    }

    /**
     * {@return the square of this value}; in lowest terms without a gcd, since the square of a reduced
     * fraction is reduced
     */
    public Rational squared() {
        return numerator.signum() == 0 ? ZERO : new Rational(numerator.multiply(numerator), denominator.multiply(denominator));
    }

    /**
     * Returns the exact text form: the plain decimal when the value has one, otherwise the fraction.
     *
     * @return for example {@code "0.3"}, {@code "84.8138"}, {@code "100"} or {@code "200/3"}
     */
    public String toExactString() {
        BigDecimal exact = exactDecimalOrNull();
        return exact == null ? toString() : exact.toPlainString();
    }

    /**
     * Parses the exact text form: a plain decimal ({@code "0.3"}) or a fraction ({@code "100/3"}), with ASCII
     * or Thai digits, optionally negative.
     *
     * @param text the text
     * @return the value
     * @throws InvalidInputException if the text is neither form or the denominator is zero
     */
    public static Rational parse(CharSequence text) {
        return Decimals.parse(text, Message.of("rational.format"));
    }

    @Override
    public int compareTo(Rational other) {
        if (denominator.equals(other.denominator)) {
            return numerator.compareTo(other.numerator);
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /**
     * {@return the smaller of the two, this one on a tie}
     *
     * @param other another value
     */
    public Rational min(Rational other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * {@return the larger of the two, this one on a tie}
     *
     * @param other another value
     */
    public Rational max(Rational other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Rational other
                && numerator.equals(other.numerator) && denominator.equals(other.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** {@return {@code numerator/denominator}, or just the numerator for a whole number} */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }

    /** {@return the greatest common divisor of two non-negative longs, not both zero (Euclid)} */
    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
