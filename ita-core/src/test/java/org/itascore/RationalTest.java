package org.itascore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Rational against an independent oracle: a fraction a/b is held as the pair (a, b) of BigIntegers, never
 * reduced, and compared by cross-multiplication (a/b = c/d exactly when a*d = c*b, with b and d positive).
 */
class RationalTest {

    /** Numerators up to a trillion either way, denominators from 1 to a million. */
    private static final Gen<Long> NUMERATORS = longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
    private static final Gen<Long> DENOMINATORS = longs().between(1, 1_000_000);

    /** The oracle: does a/b equal the rational r? */
    private static boolean same(BigInteger a, BigInteger b, Rational r) {
        return a.multiply(r.denominator()).equals(r.numerator().multiply(b)) && r.denominator().signum() > 0;
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    @Test
    void arithmeticAgreesWithCrossMultiplication() {
        Theories.qt("a/b + c/d, a/b - c/d, a/b * c/d, a/b / c/d").forAll(NUMERATORS, DENOMINATORS, NUMERATORS, DENOMINATORS)
                .check((a, b, c, d) -> {
                    Rational x = Rational.of(a, b);
                    Rational y = Rational.of(c, d);
                    BigInteger ad = big(a).multiply(big(d));
                    BigInteger cb = big(c).multiply(big(b));
                    BigInteger bd = big(b).multiply(big(d));
                    boolean sum = same(ad.add(cb), bd, x.plus(y));
                    boolean difference = same(ad.subtract(cb), bd, x.minus(y));
                    boolean product = same(big(a).multiply(big(c)), bd, x.times(y));
                    boolean quotient = c == 0 || same(ad.multiply(BigInteger.valueOf(Long.signum(c))),
                            cb.abs(), x.dividedBy(y));
                    return sum && difference && product && quotient;
                });
    }

    @Test
    void orderAgreesWithCrossMultiplication() {
        Theories.qt("compareTo(a/b, c/d) = signum(a*d - c*b)").forAll(NUMERATORS, DENOMINATORS, NUMERATORS, DENOMINATORS)
                .check((a, b, c, d) -> Integer.signum(Rational.of(a, b).compareTo(Rational.of(c, d)))
                        == big(a).multiply(big(d)).subtract(big(c).multiply(big(b))).signum()
                        && (Rational.of(a, b).equals(Rational.of(c, d))
                                == big(a).multiply(big(d)).equals(big(c).multiply(big(b)))));
    }

    @Test
    void lowestTermsWithAPositiveDenominator() {
        Theories.qt("of(a, b) is in lowest terms, denominator positive").forAll(NUMERATORS, DENOMINATORS).check((a, b) -> {
            Rational r = Rational.of(-a, -b); // a negative denominator is normalised
            return r.denominator().signum() > 0 && r.numerator().gcd(r.denominator()).equals(BigInteger.ONE)
                    && same(big(a), big(b), r);
        });
    }

    @Test
    void valuesBeyondLongsReduceToTheSameLowestTerms() {
        // a/b scaled by 2^70 needs BigInteger arithmetic; reduced, it is a/b again, as reduced in longs
        Theories.qt("of(a 2^70, b 2^70) = of(a, b)").forAll(NUMERATORS, DENOMINATORS).check((a, b) -> {
            Rational big = Rational.of(big(a).shiftLeft(70), big(b).shiftLeft(70));
            Rational small = Rational.of(a, b);
            return big.equals(small) && big.numerator().equals(small.numerator()) && big.denominator().equals(small.denominator())
                    && small.numerator().gcd(small.denominator()).equals(BigInteger.ONE);
        });
        // and a denominator beyond longs keeps its finite decimal: 1/2^70 = 5^70 / 10^70
        BigInteger twoTo70 = BigInteger.TWO.pow(70);
        assertEquals(new BigDecimal(BigInteger.valueOf(5).pow(70), 70), Rational.of(BigInteger.ONE, twoTo70).exactDecimalOrNull());
        assertNull(Rational.of(BigInteger.ONE, twoTo70.multiply(BigInteger.valueOf(3))).exactDecimalOrNull());
    }

    @Test
    void roundingHalfUpAgreesWithIntegerArithmetic() {
        // for a/b >= 0, half up to k places is floor((2 a 10^k + b) / 2b) / 10^k; for a < 0 it is the negation
        Theories.qt("round(a/b, 2, HALF_UP)").forAll(NUMERATORS, DENOMINATORS).check((a, b) -> {
            BigInteger scaled = big(Math.abs(a)).multiply(BigInteger.valueOf(200)).add(big(b))
                    .divide(big(b).multiply(BigInteger.TWO));
            BigDecimal expected = new BigDecimal(a < 0 ? scaled.negate() : scaled, 2);
            return Rational.of(a, b).round(2, RoundingMode.HALF_UP).equals(expected);
        });
    }

    @Test
    void theTextFormReadsBack() {
        Theories.qt("parse(toString(r)) = r and parse(toExactString(r)) = r").forAll(NUMERATORS, DENOMINATORS)
                .check((a, b) -> {
                    Rational r = Rational.of(a, b);
                    return Rational.parse(r.toString()).equals(r) && Rational.parse(r.toExactString()).equals(r);
                });
    }

    @Test
    void sumEqualsAddingOneByOne() {
        List<Rational> values = List.of(Rational.of(1, 3), Rational.of(1, 6), Rational.of(-5, 12), Rational.of(7, 4));
        // 4/12 + 2/12 - 5/12 + 21/12 = 22/12 = 11/6
        assertEquals(Rational.of(11, 6), Rational.sum(values));
        assertEquals(Rational.ZERO, Rational.sum(List.of()));
    }

    @Test
    void sumAgreesWithAddingAcrossTheLongLimit() {
        // fractions over primes near 2^31 and 2^40: their common denominator leaves long arithmetic part way
        Theories.qt("sum across the long limit").forAll(org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.SourceDSL.integers().between(-1_000_000, 1_000_000)).ofSizeBetween(0, 40)).check(codes -> {
            long[] denominators = {1, 2, 3, 100, 2_147_483_647L, 1_099_511_627_689L, 7};
            List<Rational> values = new java.util.ArrayList<>();
            Rational folded = Rational.ZERO;
            for (int i = 0; i < codes.size(); i++) {
                Rational v = Rational.of(codes.get(i), denominators[Math.floorMod(codes.get(i), denominators.length)]);
                values.add(v);
                folded = folded.plus(v);
            }
            Rational squares = Rational.ZERO;
            for (Rational v : values) {
                squares = squares.plus(v.times(v));
            }
            return folded.equals(Rational.sum(values)) && squares.equals(Rational.sumOfSquares(values));
        });
        // a numerator too long for a long from the start
        Rational huge = Rational.of(BigInteger.TWO.pow(70).add(BigInteger.ONE), BigInteger.valueOf(3));
        assertEquals(huge.plus(Rational.of(1, 3)), Rational.sum(List.of(Rational.of(1, 3), huge)));
    }

    @Test
    void exactDecimalsOnlyForDenominatorsOfTwosAndFives() {
        assertEquals(new BigDecimal("84.8138"), Rational.of(848138, 10_000).exactDecimalOrNull());
        assertEquals(new BigDecimal("0.125"), Rational.of(1, 8).exactDecimalOrNull());
        assertEquals(new BigDecimal("3"), Rational.of(12, 4).exactDecimalOrNull());
        assertNull(Rational.of(200, 3).exactDecimalOrNull());
        assertEquals("200/3", Rational.of(400, 6).toExactString());
    }

    @Test
    void decimalsReadExactlyAndBoundedBeforeArithmetic() {
        assertEquals(Rational.of(1, 10), Rational.of(new BigDecimal("0.1")));
        assertEquals(Rational.ZERO, Rational.of(new BigDecimal("0E-999999999")));
        assertEquals(Rational.of(100), Rational.of(new BigDecimal("1E+2")));
        InvalidInputException tiny = assertThrows(InvalidInputException.class, () -> Rational.of(new BigDecimal("1E-99")));
        assertEquals(ProblemKind.LIMIT, tiny.problems().get(0).kind());
        assertThrows(InvalidInputException.class, () -> Rational.of(new BigDecimal("1E+99")));
        assertThrows(InvalidInputException.class, () -> Rational.parse("1/0"));
        assertThrows(InvalidInputException.class, () -> Rational.parse("1e5"));
        assertEquals(Rational.of(-1, 3), Rational.parse("-๑/๓"));
        assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
    }

    @Test
    void equalityHashAndOrderAgree() {
        new EqualsTester()
                .addEqualityGroup(Rational.of(1, 2), Rational.of(2, 4), Rational.of(-3, -6), Rational.parse("0.5"))
                .addEqualityGroup(Rational.ZERO, Rational.of(0, 7), Rational.of(0))
                .addEqualityGroup(Rational.ONE, Rational.of(1))
                .addEqualityGroup(Rational.of(-1, 2))
                .testEquals();
    }
}
