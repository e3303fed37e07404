package org.itascore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoreTest {

    static Stream<Arguments> validTexts() {
        return Stream.of(
                Arguments.of("96.61", "96.61", "96.61"),
                Arguments.of("๙๖.๖๑", "96.61", "96.61"),
                Arguments.of("๘๓.๗๕", "83.75", "83.75"),
                Arguments.of("100", "100.00", "100.00"),
                Arguments.of("๑๐๐", "100.00", "100.00"),
                Arguments.of("0", "0.00", "0.00"),
                Arguments.of("  85.5 ", "85.50", "85.50"),
                Arguments.of(".5", "0.50", "0.50"),
                Arguments.of("84.8138", "84.8138", "84.81"),
                Arguments.of("90.0532", "90.0532", "90.05"),
                Arguments.of("84.995", "84.995", "85.00"),
                Arguments.of("84.994", "84.994", "84.99"),
                Arguments.of("99.999", "99.999", "100.00"),
                Arguments.of("100.000", "100.00", "100.00"));
    }

    @ParameterizedTest
    @MethodSource("validTexts")
    void parsesPlainDecimalsWithAsciiOrThaiDigitsAndPrintsTwoDecimals(String text, String canonical, String official) {
        // the text form is exact, with at least two decimals; the official score is rounded half up to two
        assertEquals(canonical, Score.parse(text).toString());
        assertEquals(official, Score.parse(text).official().toString());
        assertEquals(new BigDecimal(official), Score.parse(text).officialDecimal());
        // the same official value as a whole number of hundredths: "90.05" is 9005
        assertEquals(Integer.parseInt(official.replace(".", "")), Score.parse(text).hundredths());
    }

    @Test
    void hundredthsRunFromZeroToTenThousandRoundedHalfUp() {
        assertEquals(0, Score.parse("0").hundredths());
        assertEquals(10_000, Score.parse("100").hundredths());
        assertEquals(8_500, Score.parse("84.995").hundredths());
        assertEquals(8_499, Score.parse("84.9949").hundredths());
        assertEquals(6_667, Score.ofFraction(200, 3).hundredths());
        // a value whose fraction is too long for the long arithmetic goes through the decimal: 1/3 of 10^-20 off 50
        Score tiny = Score.of(Rational.of(java.math.BigInteger.TEN.pow(22).multiply(java.math.BigInteger.valueOf(150)).subtract(java.math.BigInteger.ONE),
                java.math.BigInteger.TEN.pow(22).multiply(java.math.BigInteger.valueOf(3))));
        assertEquals(5_000, tiny.hundredths());
        assertEquals(true, Score.parse("90.05").hasTwoDecimals());
        assertEquals(true, Score.parse("90.5").hasTwoDecimals());
        assertEquals(false, Score.parse("90.055").hasTwoDecimals());
        assertEquals(false, Score.ofFraction(200, 3).hasTwoDecimals());
    }

    @Test
    void aTotalPrintedAs9005EqualsTheOfficialScoreNotTheExactOne() {
        Score exact = Score.parse("90.0532");
        assertEquals(Score.parse("90.05"), exact.official());
        assertTrue(!exact.equals(Score.parse("90.05")));
        assertEquals("200/3", Score.ofFraction(200, 3).toString());
        assertEquals(Score.ofFraction(200, 3), Score.parse("200/3"));
        assertEquals(Score.ofFraction(200, 3), Score.parse("๒๐๐/๓"));
        Score twoDecimals = Score.parse("85.50");
        assertTrue(twoDecimals.official() == twoDecimals, "an official score is its own official score");
    }

    static Stream<Arguments> invalidTexts() {
        return Stream.of(
                Arguments.of("NaN", "not a number"),
                Arguments.of("Infinity", "infinite"),
                Arguments.of("-Infinity", "infinite"),
                Arguments.of("-1", "between 0 and 100"),
                Arguments.of("-0.01", "between 0 and 100"),
                Arguments.of("100.01", "between 0 and 100"),
                Arguments.of("๑๐๑", "between 0 and 100"),
                Arguments.of("1e2", "a score is a decimal such as 96.61"),
                Arguments.of("1,000", "a score is a decimal such as 96.61"),
                Arguments.of("", "a score is a decimal such as 96.61"),
                Arguments.of("abc", "a score is a decimal such as 96.61"),
                Arguments.of("9 0", "a score is a decimal such as 96.61"),
                Arguments.of("0x10", "a score is a decimal such as 96.61"));
    }

    @ParameterizedTest
    @MethodSource("invalidTexts")
    void refusesMalformedOrOutOfRangeTextNamingTheValue(String text, String rule) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Score.parse(text));
        assertEquals(text, e.problems().get(0).value());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
        assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
    }

    @Test
    void refusesOutOfRangeDecimalsAndFractions() {
        assertThrows(InvalidInputException.class, () -> Score.of(new BigDecimal("100.0001")));
        assertThrows(InvalidInputException.class, () -> Score.of(new BigDecimal("-0.0001")));
        assertThrows(InvalidInputException.class, () -> Score.of(101));
        assertThrows(InvalidInputException.class, () -> Score.ofFraction(301, 3));
        assertThrows(InvalidInputException.class, () -> Score.ofFraction(1, 0));
        assertThrows(InvalidInputException.class, () -> Score.ofFraction(-1, 3));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Score.ofFraction(1, -3));
        assertTrue(e.getMessage().contains("1/-3"), e.getMessage());
    }

    @Test
    void refusesOverlongText() {
        String text = "1".repeat(100);
        assertThrows(InvalidInputException.class, () -> Score.parse(text));
    }

    @Test
    void roundsHalfUpOnceFromTheExactValue() {
        // 200/3 = 66.666..., 100/3 = 33.333..., 1/8 = 0.125 (a half at the third place rounds up).
        assertEquals(new BigDecimal("66.67"), Score.ofFraction(200, 3).officialDecimal());
        assertEquals(new BigDecimal("33.33"), Score.ofFraction(100, 3).officialDecimal());
        assertEquals(new BigDecimal("0.13"), Score.ofFraction(1, 8).officialDecimal());
        assertEquals(new BigDecimal("0.12"), Score.ofFraction(1249, 10_000).officialDecimal());
        assertEquals("200/3", Score.ofFraction(400, 6).toExactString());
        assertEquals("84.8138", Score.parse("84.81380").toExactString());
    }

    @Test
    void equalityIsByExactValue() {
        new EqualsTester()
                .addEqualityGroup(Score.parse("90.1"), Score.parse("90.10"), Score.of(new BigDecimal("90.100")),
                        Score.ofFraction(901, 10), Score.parse("๙๐.๑"))
                .addEqualityGroup(Score.ofFraction(200, 3), Score.ofFraction(BigInteger.valueOf(400), BigInteger.valueOf(6)))
                .addEqualityGroup(Score.parse("66.67"))
                .addEqualityGroup(Score.ZERO, Score.of(0), Score.parse("0.00"))
                .addEqualityGroup(Score.HUNDRED, Score.of(100))
                .testEquals();
    }

    @Test
    void compareToAgreesWithEquals() {
        assertEquals(0, Score.parse("90.1").compareTo(Score.parse("90.10")));
        assertTrue(Score.ofFraction(200, 3).compareTo(Score.parse("66.67")) < 0);
        assertTrue(Score.parse("66.66").compareTo(Score.ofFraction(200, 3)) < 0);
    }

    @Test
    void rationalSumsAndSquaresAreExact() {
        Theories.qt("Rational.sum equals adding one by one").forAll(
                org.quicktheories.generators.SourceDSL.lists().of(integers().between(-1_000_000, 1_000_000)).ofSizeBetween(0, 30),
                integers().between(1, 999)).check((numerators, d) -> {
                    java.util.List<Rational> values = new java.util.ArrayList<>();
                    for (int i = 0; i < numerators.size(); i++) {
                        values.add(Rational.of(numerators.get(i), d + i % 7));
                    }
                    Rational oneByOne = values.stream().reduce(Rational.ZERO, Rational::plus);
                    return Rational.sum(values).equals(oneByOne)
                            && values.stream().allMatch(v -> v.squared().equals(v.times(v)));
                });
    }

    @Test
    void theTextFormRoundTripsEveryScoreExactly() {
        Theories.qt("parse(toString(s)) == s, and parse(toString(official(s))) == official(s)")
                .forAll(integers().between(0, 1_000_000), integers().between(1, 1_000))
                .check((n, d) -> {
                    Score s = Score.ofFraction(Math.min(n, 100 * d), d);
                    return Score.parse(s.toString()).equals(s) && Score.parse(s.official().toString()).equals(s.official());
                });
    }

    @Test
    void twoDecimalScoresRoundTripExactly() {
        Theories.qt("parse(toString(s)) == s for two-decimal s")
                .forAll(Theories.hundredths())
                .check(c -> Score.parse(Theories.score(c).toString()).equals(Theories.score(c)));
    }

    @Test
    void roundingMatchesIntegerArithmetic() {
        // Independent oracle: n/d in hundredths, rounded half up, is floor((200n + d) / 2d).
        Theories.qt("rounded() is half up to two places")
                .forAll(integers().between(0, 100_000), integers().between(1, 1_000))
                .check((n, d) -> {
                    long num = Math.min(n, 100L * d);
                    long hundredths = Math.floorDiv(200 * num + d, 2L * d);
                    return Score.ofFraction(num, d).officialDecimal().equals(BigDecimal.valueOf(hundredths, 2));
                });
    }
}
