package org.itascore.cohort;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import org.itascore.Indicator;
import org.itascore.Rational;

/**
 * Exact running sums of indicator scores, one per indicator, with their counts: what a cohort needs for the
 * indicator means without keeping every score. A sum is held as an unreduced fraction over a common
 * denominator, so adding a score with that denominator (a decimal with the same number of places) is one
 * addition of integers. Mutable and not thread-safe while a cohort is built; merged with {@link #add(ExactSums)}.
 */
final class ExactSums {

    private final Map<Indicator, BigInteger[]> sums = new EnumMap<>(Indicator.class);
    private final Map<Indicator, Long> counts = new EnumMap<>(Indicator.class);

    /** Adds one score. */
    void add(Indicator indicator, Rational value) {
        add(indicator, value, 1);
    }

    /** Adds a sum of {@code count} scores. */
    void add(Indicator indicator, Rational value, long count) {
        BigInteger[] sum = sums.computeIfAbsent(indicator, k -> new BigInteger[] {BigInteger.ZERO, BigInteger.ONE});
        BigInteger d = value.denominator();
        if (sum[1].equals(d)) {
            sum[0] = sum[0].add(value.numerator());
        } else {
            BigInteger[] qr = sum[1].divideAndRemainder(d);
            if (qr[1].signum() == 0) {
                sum[0] = sum[0].add(value.numerator().multiply(qr[0]));
            } else {
                BigInteger lcm = sum[1].divide(sum[1].gcd(d)).multiply(d);
                sum[0] = sum[0].multiply(lcm.divide(sum[1])).add(value.numerator().multiply(lcm.divide(d)));
                sum[1] = lcm;
            }
        }
        counts.merge(indicator, count, Long::sum);
    }

    /**
     * Adds another's sums.
     *
     * @param other the sums to add, left as they are
     */
    void add(ExactSums other) {
        other.sums.forEach((indicator, sum) -> add(indicator, Rational.of(sum[0], sum[1]), other.counts.get(indicator)));
    }

    /** {@return each indicator's exact sum, reduced} */
    ImmutableMap<Indicator, Rational> sums() {
        ImmutableMap.Builder<Indicator, Rational> out = ImmutableMap.builder();
        sums.forEach((indicator, sum) -> out.put(indicator, Rational.of(sum[0], sum[1])));
        return out.build();
    }

    /** {@return how many scores each indicator's sum holds} */
    ImmutableMap<Indicator, Long> counts() {
        return ImmutableMap.copyOf(counts);
    }
}
