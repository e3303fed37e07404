package org.itascore.edition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.itascore.Indicator;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.Theories;
import org.itascore.Verdict;
import org.itascore.Weight;
import org.junit.jupiter.api.Test;

/**
 * Laws every built-in edition keeps, checked on each: weights sum to exactly one, the grade bands cover
 * [0, 100] with exactly one band for every two-decimal score, and where there are verdicts every total and
 * instrument scores get exactly one (a public implementation's ranges leave 84.995 with none: ours must not).
 */
class BuiltInEditionsPropertiesTest {

    @Test
    void weightsSumToExactlyOne() {
        for (Edition e : Editions.builtIn().all()) {
            assertEquals(Rational.ONE, e.instrumentWeights().values().stream().map(Weight::exact)
                    .reduce(Rational.ZERO, Rational::plus), e.id());
            assertEquals(Rational.ONE, e.indicators().stream().map(e::effectiveWeight).reduce(Rational.ZERO, Rational::plus), e.id());
        }
    }

    @Test
    void everyTwoDecimalScoreIsInExactlyOneBand() {
        for (Edition e : Editions.builtIn().all()) {
            for (int hundredths = 0; hundredths <= 10_000; hundredths++) {
                Score s = Score.ofFraction(hundredths, 100);
                long containing = e.gradeScale().bands().stream().filter(b -> b.contains(s)).count();
                assertEquals(1, containing, e.id() + " at " + s);
                assertEquals(e.gradeScale().band(s).grade(), e.grade(s), e.id() + " at " + s);
            }
        }
    }

    @Test
    void everyTotalGetsAVerdictWhereThereAreVerdicts() {
        List<Edition> withVerdicts = Editions.builtIn().all().stream().filter(e -> e.verdictScheme().isPresent()).toList();
        assertTrue(!withVerdicts.isEmpty());
        // half-hundredths reach the rounding edges: 84.995 rounds to 85.00 and must get a verdict, as must 84.994
        Theories.qt("every total and instrument scores get a verdict").forAll(integers().between(0, 20_000),
                integers().between(0, 20_000), integers().between(0, 20_000), integers().between(0, 20_000))
                .check((total, iit, eit, oit) -> withVerdicts.stream().allMatch(e -> {
                    Verdict v = e.verdictScheme().get().verdict(Score.ofFraction(total, 200),
                            List.of(Score.ofFraction(iit, 200), Score.ofFraction(eit, 200), Score.ofFraction(oit, 200)));
                    return v != null;
                }));
        for (Edition e : withVerdicts) {
            for (String edge : new String[] {"84.995", "84.994", "94.995", "69.995", "0", "100"}) {
                Score s = Score.parse(edge);
                assertTrue(e.verdictScheme().get().verdict(s, List.of(s, s, s)) != null, e.id() + " at " + edge);
            }
        }
    }

    @Test
    void eachEditionUsesTheTenIndicators() {
        for (Edition e : Editions.builtIn().all()) {
            assertEquals(List.of(Indicator.values()), e.indicators(), e.id());
        }
    }

    @Test
    void fromFiscalYear2568EveryEditionSaysWhatItAssumesAndUsesABuiltInCatalogue() {
        for (Edition e : Editions.builtIn().all()) {
            int year = e.fiscalYears().first().buddhistEra();
            if (year >= 2568) {
                assertTrue(e.provenance().stream().anyMatch(p -> p.certainty() == Certainty.ASSUMED
                        && p.rule().startsWith("instrument weights")), e.id());
                assertTrue(e.oitCatalogue().isPresent(), e.id());
            }
            e.oitCatalogue().ifPresent(c -> assertTrue(org.itascore.oit.OitCatalogue.builtInNames().stream()
                    .anyMatch(n -> org.itascore.oit.OitCatalogue.builtIn(n).equals(c)), e.id()));
            // every catalogue an edition uses covers exactly its OIT indicators
            e.oitCatalogue().ifPresent(c -> assertEquals(List.of(Indicator.INFORMATION_DISCLOSURE, Indicator.CORRUPTION_PREVENTION),
                    c.indicators(), e.id()));
        }
    }
}
