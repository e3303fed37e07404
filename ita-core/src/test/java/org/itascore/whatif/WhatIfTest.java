package org.itascore.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Score;
import org.itascore.Theories;
import org.itascore.Verdict;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 totals 84.8138 (B). To pass, the two-decimal total must reach 85.00, so the exact total
 * 84.995: 0.1812 more. Worked by hand:
 * <pre>
 * indicator 10 (weight 0.2): 73.21 + 0.1812 / 0.2  = 74.116 -> 74.12 (74.11 gives 84.9938 -> 84.99)
 * indicator 7  (weight 0.1): 82.55 + 0.1812 / 0.1  = 84.362 -> 84.37 (84.36 gives 84.9948 -> 84.99)
 * indicator 1  (weight 0.06): 96.61 + 0.1812 / 0.06 = 99.63 exactly, which gives 84.995 -> 85.00
 * </pre>
 */
class WhatIfTest {

    private static final Assessment SEED_004 = Assessor.assess(Editions.builtIn().get("obec-esa-2562"), "x", FiscalYear.of(2562),
            IndicatorScores.parse("96.61", "87.26", "93.37", "90.62", "92.57", "92.14", "82.55", "79.89", "85.44", "73.21"));

    private static IndicatorNeed need(WhatIf w, Indicator i) {
        return w.indicators().stream().filter(n -> n.indicator() == i).findFirst().orElseThrow();
    }

    @Test
    void whatSeed004NeedsToPass() {
        WhatIf w = WhatIf.of(SEED_004, Target.parse("pass"));
        assertFalse(w.reached());
        assertEquals(Optional.of(Score.parse("74.12")), need(w, Indicator.CORRUPTION_PREVENTION).needed());
        assertEquals(Optional.of(Score.parse("84.37")), need(w, Indicator.COMMUNICATION_EFFICIENCY).needed());
        assertEquals(Optional.of(Score.parse("99.63")), need(w, Indicator.PERFORMANCE_OF_DUTY).needed());
        // by leverage (20, 10, 6); inside each the raise is the same (0.91, 1.82, 3.02), so by number
        assertEquals(List.of(9, 10, 6, 7, 8, 1, 2, 3, 4, 5), w.indicators().stream().map(n -> n.indicator().number()).toList());
        assertEquals(org.itascore.Rational.of(182, 100), need(w, Indicator.IMPROVEMENT_OF_WORK_SYSTEM).raise().orElseThrow());
        assertEquals(org.itascore.Rational.of(20), w.indicators().get(0).leverage());
    }

    @Test
    void unreachableTargetsSaySo() {
        // AA needs 95.00: 10.1862 more points; even 100 on indicator 10 adds only 0.2 x 26.79 = 5.358
        WhatIf w = WhatIf.of(SEED_004, Target.parse("AA"));
        assertTrue(w.indicators().stream().noneMatch(IndicatorNeed::reachable));
        assertEquals(Optional.empty(), need(w, Indicator.CORRUPTION_PREVENTION).raise());
    }

    @Test
    void aReachedTargetNeedsNothing() {
        WhatIf w = WhatIf.of(SEED_004, new Target.AtLeastGrade(Grade.B));
        assertTrue(w.reached());
        assertTrue(w.indicators().stream().allMatch(n -> n.raise().orElseThrow().signum() == 0));
    }

    @Test
    void verdictsWithInstrumentMinimumsListWhatEachInstrumentNeeds() {
        Assessment seed000 = Assessor.assess(Editions.builtIn().get("nacc-2567"), "x", FiscalYear.of(2567), IndicatorScores.parse(
                "98.71", "90.03", "95.49", "94.20", "93.24", "90.87", "91.14", "88.02", "90.00", "83.75"));
        assertEquals(Optional.of(Verdict.GOOD_PASS), seed000.verdict());
        WhatIf w = WhatIf.of(seed000, Target.parse("EXCELLENT_PASS"));
        assertEquals(List.of("IIT 94.33 95.00", "EIT 90.01 95.00", "OIT 86.88 95.00"),
                w.instruments().stream().map(n -> n.instrument() + " " + n.current() + " " + n.needed()).toList());
        assertTrue(w.instruments().stream().noneMatch(InstrumentNeed::met));
        assertTrue(w.indicators().stream().noneMatch(IndicatorNeed::reachable), "no single indicator lifts three instruments");
        assertEquals(List.of(), WhatIf.of(seed000, Target.parse("pass")).instruments());
        assertEquals(Instrument.IIT, w.instruments().get(0).instrument());
    }

    @Test
    void targetsParse() {
        assertEquals(new Target.AtLeastScore(Score.parse("90.5")), Target.parse("๙๐.๕"));
        assertEquals(new Target.AtLeastVerdict(Verdict.PASS), Target.parse("PASS"));
        assertEquals(new Target.PassMark(), Target.parse("pass"));
        assertThrows(InvalidInputException.class, () -> Target.parse("excellent"));
        assertThrows(InvalidInputException.class, () -> Target.parse("101"));
    }

    @Test
    void applyingAnAnswerReachesTheTargetAndOneHundredthLessDoesNot() {
        Theories.qt("what-if answers are exact").forAll(lists().of(integers().between(5_000, 10_000)).ofSize(10),
                integers().between(0, 4)).check((cents, t) -> {
                    IndicatorScores.Builder b = IndicatorScores.builder();
                    for (int i = 0; i < 10; i++) {
                        b.put(i + 1, Theories.score(cents.get(i)));
                    }
                    Assessment a = Assessor.assess(Editions.builtIn().get("nacc-2568"), "x", FiscalYear.of(2568), b.build());
                    Target target = List.of(Target.parse("pass"), Target.parse("AA"), Target.parse("A"), Target.parse("90"),
                            Target.parse("GOOD_PASS")).get(t);
                    for (IndicatorNeed n : WhatIf.of(a, target).indicators()) {
                        if (n.needed().isEmpty()) {
                            if (target.isReachedBy(WhatIf.rescore(a, n.indicator(), Score.HUNDRED))) {
                                return false;
                            }
                            continue;
                        }
                        Score needed = n.needed().get();
                        if (!target.isReachedBy(WhatIf.rescore(a, n.indicator(), needed))) {
                            return false;
                        }
                        BigDecimal less = needed.officialDecimal().subtract(new BigDecimal("0.01"));
                        if (n.raise().orElseThrow().signum() > 0 && less.compareTo(n.current().officialDecimal()) >= 0
                                && target.isReachedBy(WhatIf.rescore(a, n.indicator(), Score.of(less)))) {
                            return false;
                        }
                    }
                    return true;
                });
    }
}
