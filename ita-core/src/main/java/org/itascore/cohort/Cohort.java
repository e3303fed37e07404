package org.itascore.cohort;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.assess.Assessment;
import org.itascore.edition.Edition;

/**
 * Many offices' assessments, for statistics across them: all 245 ESAs, or 8,300 agencies.
 *
 * <p>A cohort is a multiset of {@link CohortMember}s kept in a canonical order, so it does not depend on the
 * order it was read in; {@link #merge} unions two cohorts (associative, commutative, {@link #EMPTY} the
 * identity), and {@link #collector()} builds one from a stream, in parallel if the stream is. Immutable and
 * thread-safe.
 */
public final class Cohort {

    /** The cohort of no office. */
    public static final Cohort EMPTY = new Cohort(List.of(), new ExactSums());

    /** The default target: 80% of offices at or above the pass mark. */
    public static final Rational DEFAULT_TARGET = PassRate.DEFAULT.share();

    private final ImmutableList<CohortMember> members;
    /** Each indicator's exact sum of scores over the members, and how many scores it holds. */
    private final ImmutableMap<Indicator, Rational> indicatorSums;
    private final ImmutableMap<Indicator, Long> indicatorCounts;


    Cohort(List<CohortMember> members, ExactSums sums) {
        List<CohortMember> sorted = new ArrayList<>(members);
        sorted.sort(CohortMember.CANONICAL);
        this.members = ImmutableList.copyOf(sorted);
        this.indicatorSums = sums.sums();
        this.indicatorCounts = sums.counts();
    }

    /** Adds an assessment's indicator scores to running sums; returns its member. */
    static CohortMember member(Assessment a, ExactSums sums) {
        a.indicators().forEach(r -> sums.add(r.indicator(), r.exactScore().exact()));
        return CohortMember.of(a);
    }

    /** {@return running sums holding this cohort's, to build a larger cohort on} */
    private ExactSums sums() {
        ExactSums out = new ExactSums();
        indicatorSums.forEach((indicator, sum) -> out.add(indicator, sum, indicatorCounts.get(indicator)));
        return out;
    }
    /**
     * {@return the cohort of these assessments}
     *
     * @param assessments the assessments
     */
    public static Cohort of(Collection<Assessment> assessments) {
        ExactSums sums = new ExactSums();
        List<CohortMember> members = new ArrayList<>(assessments.size());
        assessments.forEach(a -> members.add(member(a, sums)));
        return new Cohort(members, sums);
    }

    /**
     * {@return a collector of assessments into a cohort}: each assessment is made a member as it comes, so that a
     * stream of a nation's assessments keeps only the members (about 1.6 KB each), not the assessments; in parallel,
     * each thread's members and sums are merged exactly at the end
     */
    public static Collector<Assessment, ?, Cohort> collector() {
        return Collector.<Assessment, Gathering, Cohort>of(Gathering::new, Gathering::add, Gathering::merge,
                g -> new Cohort(g.members, g.sums), Collector.Characteristics.UNORDERED);
    }

    /** Members and sums gathered by one thread of the collector. Not thread-safe. */
    private static final class Gathering {
        private final List<CohortMember> members = new ArrayList<>();
        private final ExactSums sums = new ExactSums();

        void add(Assessment a) {
            members.add(member(a, sums));
        }

        Gathering merge(Gathering other) {
            members.addAll(other.members);
            sums.add(other.sums);
            return this;
        }
    }

    /**
     * {@return the union of two cohorts}
     *
     * @param other another cohort
     */
    public Cohort merge(Cohort other) {
        List<CohortMember> all = new ArrayList<>(members);
        all.addAll(other.members);
        ExactSums sums = sums();
        other.indicatorSums.forEach((indicator, sum) -> sums.add(indicator, sum, other.indicatorCounts.get(indicator)));
        return new Cohort(all, sums);
    }

    /** {@return the members, in canonical order} */
    public ImmutableList<CohortMember> members() {
        return members;
    }

    /** {@return the number of members} */
    public int size() {
        return members.size();
    }

    /**
     * Computes the statistics against the default target of 80%.
     *
     * @param edition the edition whose pass mark decides "below the pass mark" per indicator
     * @return the statistics
     * @throws InvalidInputException if the cohort is empty
     */
    public CohortStatistics statistics(Edition edition) {
        return statistics(edition, DEFAULT_TARGET);
    }

    /**
     * Computes the statistics.
     *
     * @param edition the edition whose pass mark decides "below the pass mark" per indicator
     * @param target the target share of offices at or above the pass mark, in [0, 1]
     * @return the statistics
     * @throws InvalidInputException if the cohort is empty or the target is outside [0, 1]
     */
    public CohortStatistics statistics(Edition edition, Rational target) {
        requireNonNull(edition, "edition");
        requireNonNull(target, "target");
        if (members.isEmpty()) {
            throw InvalidInputException.of(Location.of("cohort"), "[]", Message.of("cohort.empty"));
        }
        if (target.signum() < 0 || target.compareTo(Rational.ONE) > 0) {
            throw InvalidInputException.of(Location.of("target"), target.toString(), Message.of("share.range"));
        }
        int n = members.size();
        // ordered by two-decimal total in linear time; the exact order is needed only where the minimum, the
        // maximum and the middle fall, each within its run of one two-decimal value
        List<CohortMember> byTotal = ByValue.order(members, CohortMember::score, false, false);
        Score minimum = ByValue.exactAt(byTotal, CohortMember::score, 0);
        Score maximum = ByValue.exactAt(byTotal, CohortMember::score, n - 1);
        Rational median = n % 2 == 1 ? ByValue.exactAt(byTotal, CohortMember::score, n / 2).exact()
                : ByValue.exactAt(byTotal, CohortMember::score, n / 2 - 1).exact()
                        .plus(ByValue.exactAt(byTotal, CohortMember::score, n / 2).exact()).dividedBy(2);
        List<Rational> totals = members.stream().map(m -> m.score().exact()).toList();
        Rational sum = Rational.sum(totals);
        Rational mean = sum.dividedBy(n);
        // the population variance, exactly: mean of the squares minus the square of the mean
        Rational variance = Rational.sumOfSquares(totals).dividedBy(n)
                .minus(mean.squared());
        BigDecimal sd = new BigDecimal(variance.numerator()).divide(new BigDecimal(variance.denominator()), MathContext.DECIMAL128)
                .sqrt(MathContext.DECIMAL128).setScale(Score.DECIMALS, Score.ROUNDING);

        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, 0);
        }
        members.forEach(m -> grades.merge(m.grade(), 1, Integer::sum));
        int passed = (int) members.stream().filter(CohortMember::passed).count();
        Rational passRate = Rational.of(passed, n);

        // standard competition ranking on the two-decimal total (as Ranking ranks), ties in canonical order
        List<CohortMember> byRank = ByValue.order(members, CohortMember::score, false, true);
        ImmutableList.Builder<CohortStatistics.RankedOffice> ranked = ImmutableList.builderWithExpectedSize(n);
        int rank = 0;
        for (int i = 0; i < n; i++) {
            CohortMember m = byRank.get(i);
            if (i == 0 || ByValue.key(m.score()) != ByValue.key(byRank.get(i - 1).score())) {
                rank = i + 1;
            }
            ranked.add(new CohortStatistics.RankedOffice(rank, m.office(), m.score(), m.grade()));
        }
        ImmutableList<CohortStatistics.RankedOffice> ranking = ranked.build();

        // each indicator's offices below the mark, gathered in the canonical order, which ordering by value keeps
        // among equal scores
        Map<Indicator, ByValue.Names> below = new EnumMap<>(Indicator.class);
        indicatorSums.keySet().forEach(indicator -> below.put(indicator, new ByValue.Names()));
        for (CohortMember m : members) {
            m.belowPassMark().forEach((indicator, score) -> below.get(indicator).add(score, m.office()));
        }
        ImmutableMap.Builder<Indicator, Score> means = ImmutableMap.builder();
        Indicator weakest = null;
        Rational weakestMean = null;
        for (Indicator indicator : new TreeMap<>(indicatorSums).keySet()) {
            Rational m = indicatorSums.get(indicator).dividedBy(indicatorCounts.get(indicator));
            means.put(indicator, Score.of(m));
            if (weakestMean == null || m.compareTo(weakestMean) < 0) {
                weakest = indicator;
                weakestMean = m;
            }
        }
        ImmutableMap.Builder<Indicator, ImmutableList<String>> belowMark = ImmutableMap.builder();
        below.forEach((indicator, names) -> belowMark.put(indicator, names.ascending()));

        return new CohortStatistics(n, Score.of(mean), Score.of(median), minimum, maximum, variance, sd,
                ImmutableMap.copyOf(grades), passed, passRate, target, passRate.compareTo(target) >= 0, ranking,
                means.build(), weakest, belowMark.build());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Cohort other && members.equals(other.members) && indicatorSums.equals(other.indicatorSums)
                && indicatorCounts.equals(other.indicatorCounts);
    }

    @Override
    public int hashCode() {
        return members.hashCode() * 31 + indicatorSums.hashCode();
    }

    @Override
    public String toString() {
        return "Cohort of " + members.size() + " offices";
    }
}
