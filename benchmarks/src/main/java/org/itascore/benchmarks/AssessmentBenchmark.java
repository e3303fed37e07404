package org.itascore.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.itascore.FiscalYear;
import org.itascore.Score;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.cohort.Cohort;
import org.itascore.cohort.CohortStatistics;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.whatif.CombinedPlan;
import org.itascore.whatif.Target;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 3: assessments per second from indicator scores, cohort statistics of 8,325 assessments, and
 * the combined plans of the offices of those 8,325 below the pass mark.
 * Each has a physical baseline: the weighted sum of the same scores in {@code long} hundredths (the
 * arithmetic alone, with no exactness beyond it, no grade, rank or result object), and sorting and summing
 * the same 8,325 totals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentBenchmark {

    static final int SETS = 1_024;

    private Edition edition;
    private IndicatorScores[] scores;
    private int[][] hundredths;
    private List<Assessment> national;
    private long[] nationalTotals;

    /** Generates the indicator scores and the national cohort, the same for both benchmarks. */
    @Setup
    public void setUp() {
        edition = Editions.builtIn().get("obec-esa-2566");
        SplittableRandom random = new SplittableRandom(NationalDataset.SEED);
        scores = new IndicatorScores[SETS];
        hundredths = new int[SETS][10];
        for (int s = 0; s < SETS; s++) {
            IndicatorScores.Builder b = IndicatorScores.builder();
            for (int i = 0; i < 10; i++) {
                hundredths[s][i] = 7_000 + random.nextInt(3_001);
                b.put(i + 1, Score.of(BigDecimal.valueOf(hundredths[s][i], 2)));
            }
            scores[s] = b.build();
        }
        national = new ArrayList<>(NationalDataset.OFFICES);
        nationalTotals = new long[NationalDataset.OFFICES];
        for (int o = 0; o < NationalDataset.OFFICES; o++) {
            Assessment a = Assessor.assess(edition, "office " + o, FiscalYear.of(2566), scores[o % SETS]);
            national.add(a);
            nationalTotals[o] = weighted(hundredths[o % SETS]);
        }
    }

    /** The total in 1/3000 hundredths: 180 x IIT sum + 300 x EIT sum + 600 x OIT sum. */
    private static long weighted(int[] h) {
        return 180L * (h[0] + h[1] + h[2] + h[3] + h[4]) + 300L * (h[5] + h[6] + h[7]) + 600L * (h[8] + h[9]);
    }

    /**
     * The library: full assessments (instrument scores, exact total, grades, ranks, below the pass mark).
     *
     * @param bh the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(SETS)
    public void assess(Blackhole bh) {
        for (IndicatorScores s : scores) {
            bh.consume(Assessor.assess(edition, "office", FiscalYear.of(2566), s));
        }
    }

    /**
     * The baseline: the weighted sum alone, in {@code long} hundredths, rounded half up.
     *
     * @param bh the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(SETS)
    public void assessBaseline(Blackhole bh) {
        for (int[] h : hundredths) {
            bh.consume(Math.floorDiv(2 * weighted(h) + 3000, 6000));
        }
    }

    /**
     * The library: the cohort of 8,325 assessments and its statistics.
     *
     * @return the statistics
     */
    @Benchmark
    public CohortStatistics cohort() {
        return Cohort.of(national).statistics(edition);
    }

    /**
     * The baseline: sort the 8,325 totals and sum them.
     *
     * @return the median and the sum
     */
    @Benchmark
    public long cohortBaseline() {
        long[] sorted = nationalTotals.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (long t : sorted) {
            sum += t;
        }
        return sum + sorted[sorted.length / 2];
    }

    /** The pass-mark target of the plans. */
    private static final Target PASS = Target.parse("pass");
    /** 3000 x the exact total 84.995, in hundredths: the least passing weighted sum. */
    private static final long PASSING = 3000L * 16_999 / 2;
    /** The weight of a hundredth of each indicator in {@link #weighted}. */
    private static final int[] WEIGHT = {180, 180, 180, 180, 180, 300, 300, 300, 600, 600};

    /**
     * The library: every office of the 8,325 below the pass mark gets both combined plans (fewest points,
     * fewest indicators), exact and re-scored.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void cohortPlans(Blackhole bh) {
        for (Assessment a : national) {
            if (!a.passed()) {
                bh.consume(CombinedPlan.fewestPoints(a, PASS));
                bh.consume(CombinedPlan.fewestIndicators(a, PASS));
            }
        }
    }

    /**
     * The baseline: the same greedy in {@code long} hundredths for the same offices (heaviest first, the lower
     * score first), with no exactness beyond it, no re-scoring and no search for fewer indicators.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void cohortPlansBaseline(Blackhole bh) {
        Integer[] order = new Integer[10];
        for (int o = 0; o < NationalDataset.OFFICES; o++) {
            int[] h = hundredths[o % SETS];
            long deficit = PASSING - nationalTotals[o];
            if (deficit <= 0) {
                continue;
            }
            for (int i = 0; i < 10; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> WEIGHT[x] != WEIGHT[y] ? WEIGHT[y] - WEIGHT[x] : h[x] - h[y]);
            long points = 0;
            for (int i : order) {
                if (deficit <= 0) {
                    break;
                }
                long room = 10_000 - h[i];
                long raise = Math.min(room, (deficit + WEIGHT[i] - 1) / WEIGHT[i]);
                points += raise;
                deficit -= raise * WEIGHT[i];
            }
            bh.consume(points);
        }
    }
}
