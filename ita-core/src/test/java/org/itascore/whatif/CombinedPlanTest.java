package org.itascore.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itascore.FiscalYear;
import org.itascore.Indicator;
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
 * Combined plans: hand-worked cases, and a brute force over the two-decimal grid that the plans match.
 * Effective weights of the built-in editions: IIT indicators 0.06, EIT 0.1, OIT 0.2; a total passes at
 * 85.00, that is at an exact 84.995 (rounded half up).
 */
class CombinedPlanTest {

    private static final Edition NACC_2566 = Editions.builtIn().get("nacc-2566");
    private static final Edition NACC_2567 = Editions.builtIn().get("nacc-2567");

    private static Assessment assess(Edition edition, String... scores) {
        return Assessor.assess(edition, "x", edition.fiscalYears().first(), IndicatorScores.parse(scores));
    }

    private static Map<Integer, String> changes(CombinedPlan plan) {
        Map<Integer, String> out = new java.util.TreeMap<>();
        plan.changes().forEach(c -> out.put(c.indicator().number(), c.now().official() + " -> " + c.needed()));
        return out;
    }

    @Test
    void oneIndicatorIsEnough() {
        // 0.06 x 450 + 0.1 x 270 + 0.2 x (80 + 70) = 27 + 27 + 30 = 84.00; 84.995 needs 0.995 more.
        // The heaviest are 9 and 10 (0.2); of equal weight the lower score first: 10. 70 + 0.995 / 0.2 = 74.975
        // -> 74.98 (total 84.996 -> 85.00); 74.97 gives 84.994 -> 84.99.
        Assessment a = assess(NACC_2566, "90", "90", "90", "90", "90", "90", "90", "90", "80", "70");
        CombinedPlan plan = CombinedPlan.fewestPoints(a, Target.parse("pass"));
        assertTrue(plan.reachable());
        assertEquals(Map.of(10, "70.00 -> 74.98"), changes(plan));
        assertEquals(Score.parse("1.00"), plan.shortBy());
        assertEquals(Rational.of(498, 100), plan.points());
        assertEquals("85.00", plan.apply(a).score().toString());
        assertEquals(changes(plan), changes(CombinedPlan.fewestIndicators(a, Target.parse("pass"))));
    }

    @Test
    void twoAndMoreAreNeededAndTheTwoPlansDiffer() {
        // 0.06 x 350 + 0.1 x 210 + 0.2 x (99 + 98) = 21 + 21 + 39.4 = 81.4; 84.995 needs 3.595 more.
        // Fewest points, heaviest first: 10 -> 100 (+0.4), 9 -> 100 (+0.2), then EIT (0.1), all at 70, by
        // number: 6 + 2.995 / 0.1 = 99.95. Points 2 + 1 + 29.95 = 32.95; the total is 84.995 exactly -> 85.00.
        Assessment a = assess(NACC_2566, "70", "70", "70", "70", "70", "70", "70", "70", "99", "98");
        CombinedPlan points = CombinedPlan.fewestPoints(a, Target.parse("pass"));
        assertEquals(Map.of(6, "70.00 -> 99.95", 9, "99.00 -> 100.00", 10, "98.00 -> 100.00"), changes(points));
        assertEquals(Rational.of(3295, 100), points.points());
        assertEquals(Score.parse("3.60"), points.shortBy());
        // Fewest indicators: no one alone reaches (an EIT indicator adds at most 3.0); of the pairs, two EIT
        // indicators do (6 -> 100, 7 -> 70 + 0.595 / 0.1 = 75.95: 35.95 points), the cheapest pair, as
        // {1, 6} costs 30 + 9.92 = 39.92 and a pair with an OIT indicator falls short (3.0 + 0.4 < 3.595).
        CombinedPlan fewest = CombinedPlan.fewestIndicators(a, Target.parse("pass"));
        assertEquals(Map.of(6, "70.00 -> 100.00", 7, "70.00 -> 75.95"), changes(fewest));
        assertEquals(Rational.of(3595, 100), fewest.points());
    }

    @Test
    void aVerdictAlsoNeedsEachInstrument() {
        // Total 0.06 x 450 + 0.1 x 240 + 0.2 x 190 = 27 + 24 + 38 = 89.00 passes, but EIT is 80.00: a good pass
        // needs every instrument at 85.00 (exact 84.995). EIT is the mean of 6-8: 6 + 3 x 4.995 = 94.985 -> 94.99,
        // EIT (94.99 + 160) / 3 = 84.9967 -> 85.00. The total is already enough: short by 0.00.
        Assessment a = assess(NACC_2567, "90", "90", "90", "90", "90", "80", "80", "80", "95", "95");
        CombinedPlan plan = CombinedPlan.fewestPoints(a, Target.parse("GOOD_PASS"));
        assertEquals(Map.of(6, "80.00 -> 94.99"), changes(plan));
        assertEquals(Score.ZERO, plan.shortBy());
        assertEquals(org.itascore.Verdict.GOOD_PASS, plan.apply(a).verdict().orElseThrow());
    }

    @Test
    void scoresOffTheGridMayTakeAFirstStepOfLessThanAHundredth() {
        // All 100 but 6 = 200/3 (raw data) and 9 = 90: 30 + 0.1 x (200/3 + 200) + 0.2 x 190 = 94.6667 -> 94.67.
        // A target of 94.68 needs the exact 94.675: 1/120 more. 9 alone: 90 + (1/120) / 0.2 = 90.0417 -> 90.05,
        // 0.05 points. Cheaper: 6 to 66.67 (1/300 of a point, adding 1/3000) and 9 to 90 + (1/120 - 1/3000) / 0.2
        // = 90.04: 0.04 + 1/300 = 13/300 points.
        Assessment a = Assessor.assess(NACC_2566, "x", FiscalYear.of(2566), IndicatorScores.builder()
                .put(Indicator.ofNumber(1), Score.of(100)).put(Indicator.ofNumber(2), Score.of(100))
                .put(Indicator.ofNumber(3), Score.of(100)).put(Indicator.ofNumber(4), Score.of(100))
                .put(Indicator.ofNumber(5), Score.of(100)).put(Indicator.ofNumber(6), Score.ofFraction(200, 3))
                .put(Indicator.ofNumber(7), Score.of(100)).put(Indicator.ofNumber(8), Score.of(100))
                .put(Indicator.ofNumber(9), Score.of(90)).put(Indicator.ofNumber(10), Score.of(100)).build());
        CombinedPlan plan = CombinedPlan.fewestPoints(a, Target.parse("94.68"));
        assertEquals(Map.of(6, "66.67 -> 66.67", 9, "90.00 -> 90.04"), changes(plan));
        assertEquals(Rational.of(13, 300), plan.points());
        CombinedPlan one = CombinedPlan.fewestIndicators(a, Target.parse("94.68"));
        assertEquals(Map.of(9, "90.00 -> 90.05"), changes(one));
    }

    @Test
    void aTargetAlreadyReachedNeedsNothing() {
        Assessment a = assess(NACC_2566, "90", "90", "90", "90", "90", "90", "90", "90", "90", "90");
        CombinedPlan plan = CombinedPlan.fewestPoints(a, Target.parse("pass"));
        assertTrue(plan.reachable());
        assertTrue(plan.changes().isEmpty());
        assertEquals(Score.ZERO, plan.shortBy());
    }

    /**
     * The brute force: two or three indicators below 100 (the others at 100, so nothing else can rise), a
     * score target between the total and 100; every combination of two-decimal scores of the free indicators
     * is tried (the last free one at the least score that reaches, which is exact) with integer arithmetic:
     * 100 x total in hundredths = sum of (effective weight x 100) x score in hundredths, and the official total
     * reaches T hundredths exactly when that sum is at least 100 T - 50.
     */
    @Test
    void fewestPointsMatchesABruteForceOnTheGrid() {
        int[] weight100 = {6, 6, 6, 6, 6, 10, 10, 10, 20, 20};
        Theories.qt("combined plans match the brute force").withExamples(150)
                .forAll(integers().between(0, 99), integers().between(0, 600), integers().between(0, 600),
                        integers().between(1, 10_000))
                .checkAssert((pair, below1, below2, targetSeed) -> {
                    int first = pair / 10;
                    int second = pair % 10;
                    if (first == second) {
                        return;
                    }
                    int[] h = twoBelow(first, below1, second, below2);
                    long sum = 0;
                    for (int i = 0; i < 10; i++) {
                        sum += (long) weight100[i] * h[i];
                    }
                    long totalHundredths = Math.floorDiv(sum + 50, 100); // rounded half up
                    int target = (int) (totalHundredths + 1 + targetSeed % (10_000 - totalHundredths));
                    if (totalHundredths >= 10_000 || target > 10_000) {
                        return;
                    }
                    long need = 100L * target - 50;
                    long best = Long.MAX_VALUE;
                    for (int x1 = h[first]; x1 <= 10_000; x1++) {
                        long rest = need - (sum - (long) weight100[first] * h[first] + (long) weight100[first] * x1);
                        // the least x2 with weight x (x2 - h2) >= rest
                        long x2 = h[second] + Math.max(0, Math.floorDiv(rest + weight100[second] - 1, weight100[second]));
                        if (x2 <= 10_000) {
                            best = Math.min(best, (x1 - h[first]) + (x2 - h[second]));
                        }
                    }
                    List<String> scores = scores(h);
                    Assessment a = assess(NACC_2566, scores.toArray(String[]::new));
                    CombinedPlan plan = CombinedPlan.fewestPoints(a, new Target.AtLeastScore(Theories.score(target)));
                    assertEquals(Rational.of(best, 100), plan.points(), "scores " + scores + ", target " + target);
                    assertLeastOnEveryChangedIndicator(a, plan);
                });
    }

    /**
     * The brute force for a verdict, whose instrument minimums are more constraints: a good pass needs the total
     * and each instrument at 85.00, that is (in integers, scores in hundredths) 100 x total: sum of (effective
     * weight x 100) x score >= 849,950; IIT: 2 x sum of its five >= 84,995; EIT: 2 x sum of its three >= 50,997;
     * OIT: sum of its two >= 16,999. Two indicators are free, the others at 100; for each score of the first,
     * the least score of the second meeting every constraint it is in is exact, and the others must hold.
     */
    @Test
    void fewestPointsForAVerdictMatchesABruteForce() {
        int[] weight100 = {6, 6, 6, 6, 6, 10, 10, 10, 20, 20};
        int[] instrument = {0, 0, 0, 0, 0, 1, 1, 1, 2, 2};
        java.util.concurrent.atomic.AtomicInteger planned = new java.util.concurrent.atomic.AtomicInteger();
        Theories.qt("combined plans for a verdict match the brute force").withExamples(150)
                .forAll(integers().between(0, 99), integers().between(0, 6_000), integers().between(0, 6_000))
                .checkAssert((pair, below1, below2) -> {
                    int first = pair / 10;
                    int second = pair % 10;
                    if (first == second) {
                        return;
                    }
                    int[] h = twoBelow(first, below1, second, below2);
                    long best = Long.MAX_VALUE;
                    for (int x1 = h[first]; x1 <= 10_000; x1++) {
                        int[] x = h.clone();
                        x[first] = x1;
                        // the least x2 for each constraint that holds x2, then check every constraint
                        long x2 = h[second];
                        x2 = Math.max(x2, least(x, second, weight100, 849_950, i -> true, weight100[second]));
                        x2 = Math.max(x2, least(x, second, null, instrument[second] == 0 ? 84_995 : instrument[second] == 1 ? 50_997 : 16_999,
                                i -> instrument[i] == instrument[second], instrument[second] == 2 ? 1 : 2));
                        if (x2 > 10_000) {
                            continue;
                        }
                        x[second] = (int) x2;
                        if (goodPass(x, weight100, instrument)) {
                            best = Math.min(best, (x1 - h[first]) + (x2 - h[second]));
                        }
                    }
                    List<String> scores = scores(h);
                    Assessment a = assess(NACC_2567, scores.toArray(String[]::new));
                    CombinedPlan plan = CombinedPlan.fewestPoints(a, Target.parse("GOOD_PASS"));
                    if (plan.changes().isEmpty()) {
                        assertEquals(0, best, "scores " + scores);
                        return;
                    }
                    assertEquals(Rational.of(best, 100), plan.points(), "scores " + scores);
                    assertLeastOnEveryChangedIndicator(a, plan);
                    planned.incrementAndGet();
                });
        assertTrue(planned.get() >= 50, "too few examples needed a plan: " + planned);
    }

    /** The least value of x[free] such that sum of coefficient x score over the indicators kept is at least need. */
    private static long least(int[] x, int free, int[] weight100, long need, java.util.function.IntPredicate kept, int factor) {
        long rest = 0;
        for (int i = 0; i < 10; i++) {
            if (i != free && kept.test(i)) {
                rest += (long) (weight100 == null ? factor : weight100[i]) * x[i];
            }
        }
        long c = weight100 == null ? factor : weight100[free];
        return Math.max(0, Math.floorDiv(need - rest + c - 1, c));
    }

    private static boolean goodPass(int[] x, int[] weight100, int[] instrument) {
        long total = 0;
        long[] sums = new long[3];
        for (int i = 0; i < 10; i++) {
            total += (long) weight100[i] * x[i];
            sums[instrument[i]] += x[i];
        }
        return total >= 849_950 && 2 * sums[0] >= 84_995 && 2 * sums[1] >= 50_997 && sums[2] >= 16_999;
    }

    /** Ten scores in hundredths: all 100 but two, lowered by these many hundredths. */
    private static int[] twoBelow(int first, int below1, int second, int below2) {
        int[] h = new int[10];
        java.util.Arrays.fill(h, 10_000);
        h[first] -= below1;
        h[second] -= below2;
        return h;
    }

    /** Scores in hundredths as two-decimal texts. */
    private static List<String> scores(int[] hundredths) {
        List<String> out = new ArrayList<>();
        for (int v : hundredths) {
            out.add(java.math.BigDecimal.valueOf(v, 2).toPlainString());
        }
        return out;
    }

    /** Reaches the target, and 0.01 less on any changed indicator does not. */
    static void assertLeastOnEveryChangedIndicator(Assessment a, CombinedPlan plan) {
        Assessment after = plan.apply(a);
        assertTrue(plan.target().isReachedBy(after));
        for (IndicatorChange c : plan.changes()) {
            Score less = Score.of(c.needed().exact().minus(Rational.of(1, 100)));
            if (less.exact().compareTo(c.now().exact()) > 0) {
                Assessment lower = WhatIf.rescore(after, c.indicator(), less);
                assertFalse(plan.target().isReachedBy(lower), c + " could be 0.01 lower");
            }
        }
    }

    @Test
    void everyPlanIsLeastOnEachChangedIndicatorAcrossRandomOffices() {
        Theories.qt("combined plans are least on each changed indicator").withExamples(300)
                .forAll(org.quicktheories.generators.SourceDSL.lists().of(integers().between(3_000, 10_000)).ofSize(10),
                        integers().between(0, 3))
                .checkAssert((hundredths, t) -> {
                    List<String> scores = hundredths.stream().map(v -> java.math.BigDecimal.valueOf(v, 2).toPlainString()).toList();
                    Assessment a = assess(NACC_2567, scores.toArray(String[]::new));
                    Target target = List.of(Target.parse("pass"), Target.parse("AA"), Target.parse("GOOD_PASS"),
                            Target.parse("EXCELLENT_PASS")).get(t);
                    for (CombinedPlan plan : List.of(CombinedPlan.fewestPoints(a, target), CombinedPlan.fewestIndicators(a, target))) {
                        assertTrue(plan.reachable());
                        assertLeastOnEveryChangedIndicator(a, plan);
                        assertTrue(plan.points().compareTo(CombinedPlan.fewestPoints(a, target).points()) >= 0);
                    }
                });
    }
}
