package org.itascore.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import org.itascore.Indicator;
import org.itascore.Score;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.report.IndicatorReport;
import org.itascore.testkit.Generators;
import org.itascore.testkit.Oracles;
import org.itascore.testkit.Property;
import org.itascore.testkit.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * How a district system tests its own scoring against the library with the test kit. The system keeps its own
 * weights table and computes the total its own way; a rounding bug is planted (the total is cut to two
 * decimals instead of rounded half up), and the kit's property finds it and shrinks it to a minimal report.
 */
class MyScoringAgainstTheLibraryTest {

    private static final Editions EDITIONS = Editions.builtIn();
    private static final Edition EDITION = EDITIONS.get("obec-esa-2566");

    /** The system's own weights for FY2566: IIT 0.3 over five indicators, EIT 0.3 over three, OIT 0.4 over two. */
    private static final Map<Integer, BigDecimal> WEIGHTS = Map.of(1, new BigDecimal("0.06"), 2, new BigDecimal("0.06"),
            3, new BigDecimal("0.06"), 4, new BigDecimal("0.06"), 5, new BigDecimal("0.06"), 6, new BigDecimal("0.1"),
            7, new BigDecimal("0.1"), 8, new BigDecimal("0.1"), 9, new BigDecimal("0.2"), 10, new BigDecimal("0.2"));

    /** The system's total, with the planted bug: the weighted sum is cut to two decimals, not rounded half up. */
    static BigDecimal myTotal(IndicatorReport report, RoundingMode rounding) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Indicator, Score> e : report.indicators().asMap().entrySet()) {
            sum = sum.add(WEIGHTS.get(e.getKey().number()).multiply(e.getValue().toBigDecimal(20)), MathContext.DECIMAL128);
        }
        return sum.setScale(2, rounding);
    }

    @Test
    void theKitFindsThePlantedRoundingBugAndShrinksItToOneIndicator() {
        Property.Falsified bug = assertThrows(Property.Falsified.class, () -> Property.check("my total is the library's",
                Generators.reports(EDITION), 2569L, 1000,
                report -> myTotal(report, RoundingMode.DOWN).compareTo(Oracles.total(report, EDITIONS)) == 0));
        IndicatorReport simplest = (IndicatorReport) bug.simplest();
        // minimal: every indicator 0 but one, whose weighted score has a third decimal of 5 or more
        assertEquals(1, simplest.indicators().asMap().values().stream().filter(s -> s.exact().signum() != 0).count(), bug.getMessage());
        assertEquals("x", simplest.office());
        System.out.println(bug.getMessage());
    }

    @Test
    void theFixedScoringHoldsUnderTheKitAndUnderQuickTheories() {
        Property.check("my total is the library's", Generators.reports(EDITION), 2569L, 2000,
                report -> myTotal(report, RoundingMode.HALF_UP).compareTo(Oracles.total(report, EDITIONS)) == 0);
        qt().withFixedSeed(2569L).withExamples(500).forAll(QuickTheoriesGens.of(Generators.reports(EDITION)))
                .check(report -> myTotal(report, RoundingMode.HALF_UP).compareTo(Oracles.total(report, EDITIONS)) == 0);
    }
}
