package org.itascore.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.itascore.InvalidInputException;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.Theories;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;

/**
 * Seven offices, worked by hand. Office with total x: every indicator x, except indicator 9 = x + 5 and
 * indicator 10 = x - 5 (the total stays x: 0.2 (x + 5) + 0.2 (x - 5) = 0.4 x).
 * <pre>
 * totals 95 (A), 90 (B), 90 (C), 85 (D), 80 (E), 70 (F), 60 (G)
 * mean 570/7 = 81.43; median 85; variance 6550/49; sd 11.56 (Python, 50 digits)
 * grades AA 1, A 3, B 1, C 1, D 1; passed 4; pass rate 4/7 < 0.8
 * ranks A 1, B 2, C 2, D 4, E 5, F 6, G 7
 * indicator 10 mean 535/7 = 76.43 (the weakest), indicator 9 605/7 = 86.43, others 570/7 = 81.43
 * below 85 on indicator 10: G 55, F 65, E 75, D 80; on indicator 1: G 60, F 70, E 80; on indicator 9
 * (x + 5): G 65, F 75 (E scores 85 and passes)
 * </pre>
 */
class CohortTest {

    private static final Edition EDITION = Editions.builtIn().get("obec-esa-2566");

    static Assessment office(String name, int total) {
        IndicatorScores.Builder b = IndicatorScores.builder();
        for (int i = 1; i <= 8; i++) {
            b.put(i, Score.of(total));
        }
        b.put(9, Score.of(total + 5)).put(10, Score.of(total - 5));
        return Assessor.assess(EDITION, name, FiscalYear.of(2566), b.build());
    }

    static List<Assessment> seven() {
        return List.of(office("A", 95), office("B", 90), office("C", 90), office("D", 85), office("E", 80),
                office("F", 70), office("G", 60));
    }

    @Test
    void handCheckedStatistics() {
        CohortStatistics s = Cohort.of(seven()).statistics(EDITION);
        assertEquals(7, s.count());
        assertEquals(Score.ofFraction(570, 7), s.mean());
        assertEquals("81.43", s.mean().official().toString());
        assertEquals(Score.of(85), s.median());
        assertEquals(Score.of(60), s.minimum());
        assertEquals(Score.of(95), s.maximum());
        assertEquals(Rational.of(6550, 49), s.variance());
        assertEquals(new BigDecimal("11.56"), s.standardDeviation());
        assertEquals(List.of(1, 3, 1, 1, 1, 0, 0), List.of(Grade.values()).stream().map(g -> s.grades().get(g)).toList());
        assertEquals(4, s.passed());
        assertEquals(Rational.of(4, 7), s.passRate());
        assertFalse(s.targetMet());
        assertEquals(List.of("A 1", "B 2", "C 2", "D 4", "E 5", "F 6", "G 7"),
                s.ranking().stream().map(r -> r.office() + " " + r.rank()).toList());
        assertEquals(Indicator.CORRUPTION_PREVENTION, s.weakestIndicator());
        assertEquals("76.43", s.indicatorMeans().get(Indicator.CORRUPTION_PREVENTION).official().toString());
        assertEquals("86.43", s.indicatorMeans().get(Indicator.INFORMATION_DISCLOSURE).official().toString());
        assertEquals(List.of("G", "F", "E", "D"), s.belowPassMark().get(Indicator.CORRUPTION_PREVENTION));
        assertEquals(List.of("G", "F", "E"), s.belowPassMark().get(Indicator.PERFORMANCE_OF_DUTY));
        assertEquals(List.of("G", "F"), s.belowPassMark().get(Indicator.INFORMATION_DISCLOSURE));
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleAndTheTargetCanBeMet() {
        CohortStatistics s = Cohort.of(seven().subList(0, 5)).statistics(EDITION, Rational.of(4, 5));
        assertEquals(Score.of(90), s.median()); // 80, 85, 90, 90, 95
        assertEquals(Rational.of(4, 5), s.passRate());
        assertEquals(true, s.targetMet()); // 4 of 5 is exactly 80%
        CohortStatistics six = Cohort.of(seven().subList(0, 6)).statistics(EDITION);
        assertEquals(Score.parse("87.5"), six.median()); // 70, 80, 85, 90, 90, 95: (85 + 90) / 2
    }

    @Test
    void refusesAnEmptyCohortAndABadTarget() {
        assertThrows(InvalidInputException.class, () -> Cohort.EMPTY.statistics(EDITION));
        assertThrows(InvalidInputException.class, () -> Cohort.of(seven()).statistics(EDITION, Rational.of(3, 2)));
    }

    @Test
    void statisticsDoNotDependOnOrderAndCohortsMergeLikeTallies() {
        Theories.qt("cohort order and merge").forAll(lists().of(integers().between(5, 95)).ofSizeBetween(1, 20),
                integers().all(), integers().between(0, 20)).check((totals, seed, cut) -> {
                    List<Assessment> all = new ArrayList<>();
                    for (int i = 0; i < totals.size(); i++) {
                        all.add(office("office " + i, totals.get(i)));
                    }
                    List<Assessment> shuffled = new ArrayList<>(all);
                    Collections.shuffle(shuffled, new Random(seed));
                    int at = Math.min(cut, shuffled.size());
                    Cohort merged = Cohort.of(shuffled.subList(0, at)).merge(Cohort.of(shuffled.subList(at, shuffled.size())));
                    Cohort parallel = shuffled.parallelStream().collect(Cohort.collector());
                    Cohort one = Cohort.of(all);
                    return merged.equals(one) && parallel.equals(one)
                            && merged.statistics(EDITION).equals(one.statistics(EDITION))
                            && Cohort.EMPTY.merge(one).equals(one);
                });
    }

    @Test
    void indicatorMeansAreExactOverMixedDenominators() {
        // indicator 1 scores 200/3, 85.5 and 90 (the rest 90): mean = (400/6 + 513/6 + 540/6) / 3 = 1453/18 = 80.7222...
        Edition edition = Editions.builtIn().get("obec-esa-2566");
        List<Assessment> three = new ArrayList<>();
        String[] firsts = {"200/3", "85.5", "90"};
        for (int k = 0; k < 3; k++) {
            IndicatorScores.Builder b = IndicatorScores.builder();
            for (Indicator i : edition.indicators()) {
                b.put(i, i == Indicator.PERFORMANCE_OF_DUTY ? Score.parse(firsts[k]) : Score.of(90));
            }
            three.add(Assessor.assess(edition, "office " + k, FiscalYear.of(2566), b.build()));
        }
        CohortStatistics s = Cohort.of(three).statistics(edition);
        assertEquals(Score.ofFraction(1453, 18), s.indicatorMeans().get(Indicator.PERFORMANCE_OF_DUTY));
        assertEquals("80.72", s.indicatorMeans().get(Indicator.PERFORMANCE_OF_DUTY).official().toString());
        // merging parts gives the same cohort, sums and all, whichever way it is cut
        assertEquals(Cohort.of(three), Cohort.of(three.subList(0, 1)).merge(Cohort.of(three.subList(1, 3))));
        assertEquals(Cohort.of(three), Cohort.of(three.subList(2, 3)).merge(Cohort.of(three.subList(0, 2))));
        // only office 0 (66.67) is below the mark on indicator 1; office 1's 85.5 passes
        assertEquals(List.of("office 0"), s.belowPassMark().get(Indicator.PERFORMANCE_OF_DUTY));
    }
}
