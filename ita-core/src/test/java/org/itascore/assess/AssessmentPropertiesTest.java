package org.itascore.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Score;
import org.itascore.Theories;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AssessmentPropertiesTest {

    private static final Edition EDITION = Editions.builtIn().get("obec-esa-2566");
    private static final FiscalYear YEAR = FiscalYear.of(2566);

    private static Gen<List<Integer>> tenScores() {
        return lists().of(Theories.hundredths()).ofSize(10);
    }

    private static IndicatorScores scores(List<Integer> hundredths) {
        IndicatorScores.Builder b = IndicatorScores.builder();
        for (int i = 0; i < hundredths.size(); i++) {
            b.put(i + 1, Theories.score(hundredths.get(i)));
        }
        return b.build();
    }

    private static Assessment assess(List<Integer> hundredths) {
        return Assessor.assess(EDITION, "office", YEAR, scores(hundredths));
    }

    @Test
    void overallMatchesAnIntegerOracle() {
        // overall in hundredths = 0.06 (a1..a5) + 0.1 (b6..b8) + 0.2 (c9, c10) = (180 sa + 300 sb + 600 sc) / 3000;
        // half up to whole hundredths is floor((2N + 3000) / 6000).
        Theories.qt("overall equals the integer oracle").forAll(tenScores()).check(s -> {
            long n = 180L * (s.get(0) + s.get(1) + s.get(2) + s.get(3) + s.get(4))
                    + 300L * (s.get(5) + s.get(6) + s.get(7)) + 600L * (s.get(8) + s.get(9));
            return assess(s).score().officialDecimal().equals(BigDecimal.valueOf(Math.floorDiv(2 * n + 3000, 6000), 2));
        });
    }

    @Test
    void overallLiesBetweenTheLowestAndHighestIndicator() {
        Theories.qt("min <= overall <= max").forAll(tenScores()).check(s -> {
            Score overall = assess(s).exactScore();
            return overall.compareTo(Theories.score(Collections.min(s))) >= 0
                    && overall.compareTo(Theories.score(Collections.max(s))) <= 0;
        });
    }

    @Test
    void raisingOneIndicatorNeverLowersTheOverallOrItsGrade() {
        Theories.qt("monotone in each indicator")
                .forAll(tenScores(), integers().between(0, 9), integers().between(0, 10_000))
                .check((s, index, raise) -> {
                    List<Integer> raised = new ArrayList<>(s);
                    raised.set(index, Math.min(10_000, s.get(index) + raise));
                    Assessment before = assess(s);
                    Assessment after = assess(raised);
                    return after.exactScore().compareTo(before.exactScore()) >= 0
                            && after.grade().compareTo(before.grade()) <= 0
                            && (!before.passed() || after.passed());
                });
    }

    @Test
    void resultsDoNotDependOnInputOrderAndEqualInputsGiveEqualResults() {
        Theories.qt("order independence").forAll(tenScores(), integers().all()).check((s, seed) -> {
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
            Collections.shuffle(order, new Random(seed));
            IndicatorScores.Builder shuffled = IndicatorScores.builder();
            for (int i : order) {
                shuffled.put(Indicator.ofNumber(i + 1), Theories.score(s.get(i)));
            }
            Assessment a = assess(s);
            Assessment b = Assessor.assess(EDITION, "office", YEAR, shuffled.build());
            return a.equals(b) && a.hashCode() == b.hashCode() && a.equals(assess(new ArrayList<>(s)));
        });
    }

    @Test
    void totalsAtTheBandEdgesRoundBeforeGrading() {
        assertEquals(Grade.B, uniform("84.994").grade());
        assertEquals(Grade.A, uniform("84.995").grade());
        assertEquals(true, uniform("84.995").passed());
        assertEquals("85.00", uniform("84.995").score().toString());
        assertEquals(Grade.AA, uniform("94.995").grade());
        assertEquals(Grade.A, uniform("94.994").grade());
    }

    private static Assessment uniform(String score) {
        String[] all = new String[10];
        java.util.Arrays.fill(all, score);
        return Assessor.assess(EDITION, "office", YEAR, IndicatorScores.parse(all));
    }
}
