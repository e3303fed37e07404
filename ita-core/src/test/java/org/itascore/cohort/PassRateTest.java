package org.itascore.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.itascore.InvalidInputException;
import org.itascore.OfficeName;
import org.itascore.Problem;
import org.itascore.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A pass-rate target is a percentage as people write it; the office name's one rule. */
class PassRateTest {

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("80", Rational.of(4, 5), "80%"),
                Arguments.of("80%", Rational.of(4, 5), "80%"),
                Arguments.of(" 80 % ", Rational.of(4, 5), "80%"),
                Arguments.of("๘๐", Rational.of(4, 5), "80%"),
                Arguments.of("82.5%", Rational.of(33, 40), "82.5%"),
                Arguments.of("0", Rational.ZERO, "0%"),
                Arguments.of("0.8%", Rational.of(1, 125), "0.8%"),
                Arguments.of("1", Rational.of(1, 100), "1%"),
                Arguments.of("100", Rational.ONE, "100%"),
                Arguments.of("200/3", Rational.of(2, 3), "200/3%"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void aPercentageAsWrittenIsItsShare(String text, Rational share, String printed) {
        PassRate rate = PassRate.parse(text);
        assertEquals(share, rate.share());
        assertEquals(printed, rate.toString());
        assertEquals(rate, PassRate.parse(rate.toString()), "toString reads back");
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("150", "passRate.range"),
                Arguments.of("-5%", "passRate.range"),
                Arguments.of("100.01", "passRate.range"),
                Arguments.of("eighty", "passRate.format"),
                Arguments.of("", "passRate.format"),
                Arguments.of("%", "passRate.format"),
                Arguments.of("1e2", "passRate.format"),
                Arguments.of("0.8", "passRate.ambiguous"),
                Arguments.of(".5", "passRate.ambiguous"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("invalid")
    void aTextThatIsNoPercentageIsRefusedAtPassRateAsGiven(String text, String code) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PassRate.parse(text));
        assertEquals(1, e.problems().size());
        Problem p = e.problems().get(0);
        assertEquals(code, p.code());
        assertEquals("/passRate", p.location().toString());
        assertEquals(text, p.value());
    }

    @Test
    void theDefaultIsEightyPercentAndSharesAreChecked() {
        assertEquals(PassRate.parse("80"), PassRate.DEFAULT);
        assertEquals(Rational.of(4, 5), Cohort.DEFAULT_TARGET);
        assertEquals(PassRate.ofShare(Rational.of(1, 2)), PassRate.parse("50%"));
        assertThrows(InvalidInputException.class, () -> PassRate.ofShare(Rational.of(3, 2)));
        assertTrue(PassRate.parse("85").compareTo(PassRate.DEFAULT) > 0);
        assertNotEquals(PassRate.parse("85"), PassRate.DEFAULT);
        assertEquals(PassRate.parse("85").hashCode(), PassRate.parse("85%").hashCode());
    }

    @Test
    void theRequestReportsEveryProblemOfItsSettingsAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CohortRequest.builder().passRate("150").planTo("AAA").build());
        assertEquals(2, e.problems().size());
        assertEquals("/passRate", e.problems().get(0).location().toString());
        assertEquals("/planTo", e.problems().get(1).location().toString());
        assertEquals("target.unknown", e.problems().get(1).code());
        CohortRequest defaults = CohortRequest.defaults();
        assertEquals(PassRate.DEFAULT, defaults.passRate());
        assertTrue(defaults.planTo().isEmpty());
        assertTrue(CohortRequest.builder().planTo("pass").strict(true).build().open(org.itascore.edition.Editions.builtIn()).isStrict());
    }

    @Test
    void anOfficeIsNamedByALetterOrADigit() {
        assertEquals("สพม.ขอนแก่น", OfficeName.of("สพม.ขอนแก่น").text());
        assertEquals(OfficeName.of("a"), OfficeName.of("a"));
        for (String blank : new String[] {"", "   ", "\u200b\u200b", "\ufeff", "-- / .."}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OfficeName.of(blank));
            assertEquals("office.blank", e.problems().get(0).code());
            assertEquals("/office", e.problems().get(0).location().toString());
            assertEquals(blank, e.problems().get(0).value());
        }
    }
}
