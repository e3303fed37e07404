package org.itascore.cohort;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Rational;
import org.itascore.Score;

/**
 * The statistics of a cohort of offices. Every value is exact but the standard deviation, a square root,
 * which is computed to 34 significant digits and then rounded half up to two decimals.
 */
public final class CohortStatistics {

    private final int count;
    private final Score mean;
    private final Score median;
    private final Score minimum;
    private final Score maximum;
    private final Rational variance;
    private final BigDecimal standardDeviation;
    private final ImmutableMap<Grade, Integer> grades;
    private final int passed;
    private final Rational passRate;
    private final Rational target;
    private final boolean targetMet;
    private final ImmutableList<RankedOffice> ranking;
    private final ImmutableMap<Indicator, Score> indicatorMeans;
    private final Indicator weakestIndicator;
    private final ImmutableMap<Indicator, ImmutableList<String>> belowPassMark;

    CohortStatistics(int count, Score mean, Score median, Score minimum, Score maximum, Rational variance, BigDecimal standardDeviation, ImmutableMap<Grade, Integer> grades, int passed, Rational passRate, Rational target, boolean targetMet, ImmutableList<RankedOffice> ranking, ImmutableMap<Indicator, Score> indicatorMeans, Indicator weakestIndicator, ImmutableMap<Indicator, ImmutableList<String>> belowPassMark) {
        requireNonNull(mean, "mean");
        requireNonNull(median, "median");
        requireNonNull(minimum, "minimum");
        requireNonNull(maximum, "maximum");
        requireNonNull(variance, "variance");
        requireNonNull(standardDeviation, "standardDeviation");
        requireNonNull(grades, "grades");
        requireNonNull(passRate, "passRate");
        requireNonNull(target, "target");
        requireNonNull(ranking, "ranking");
        requireNonNull(indicatorMeans, "indicatorMeans");
        requireNonNull(weakestIndicator, "weakestIndicator");
        requireNonNull(belowPassMark, "belowPassMark");
        this.count = count;
        this.mean = mean;
        this.median = median;
        this.minimum = minimum;
        this.maximum = maximum;
        this.variance = variance;
        this.standardDeviation = standardDeviation;
        this.grades = grades;
        this.passed = passed;
        this.passRate = passRate;
        this.target = target;
        this.targetMet = targetMet;
        this.ranking = ranking;
        this.indicatorMeans = indicatorMeans;
        this.weakestIndicator = weakestIndicator;
        this.belowPassMark = belowPassMark;
    }

    /** {@return the number of offices} */
    public int count() {
        return count;
    }

    /** {@return the mean total, exact} */
    public Score mean() {
        return mean;
    }

    /** {@return the median total, exact; the mean of the middle two for an even count} */
    public Score median() {
        return median;
    }

    /** {@return the lowest total} */
    public Score minimum() {
        return minimum;
    }

    /** {@return the highest total} */
    public Score maximum() {
        return maximum;
    }

    /** {@return the population variance of the totals, exact} */
    public Rational variance() {
        return variance;
    }

    /** {@return the population standard deviation of the totals, two decimals} */
    public BigDecimal standardDeviation() {
        return standardDeviation;
    }

    /** {@return how many offices have each grade, every grade listed} */
    public ImmutableMap<Grade, Integer> grades() {
        return grades;
    }

    /** {@return how many offices passed} */
    public int passed() {
        return passed;
    }

    /** {@return the share of offices that passed, exact, in [0, 1]} */
    public Rational passRate() {
        return passRate;
    }

    /** {@return the target share of offices at or above the pass mark (0.8 by default)} */
    public Rational target() {
        return target;
    }

    /** {@return whether the pass rate reaches the target} */
    public boolean targetMet() {
        return targetMet;
    }

    /** {@return the offices from the highest two-decimal total, ties sharing a rank} */
    public ImmutableList<RankedOffice> ranking() {
        return ranking;
    }

    /** {@return the mean score of each indicator, exact} */
    public ImmutableMap<Indicator, Score> indicatorMeans() {
        return indicatorMeans;
    }

    /** {@return the indicator with the lowest mean (the lowest number on a tie)} */
    public Indicator weakestIndicator() {
        return weakestIndicator;
    }

    /** {@return for each indicator, the offices whose score is below the pass mark, lowest first} */
    public ImmutableMap<Indicator, ImmutableList<String>> belowPassMark() {
        return belowPassMark;
    }


    /**
     * One office in the ranking.
     *
     * @param rank its rank, 1 for the highest two-decimal total
     * @param office the office
     * @param score its exact total
     * @param grade its grade
     */
    public record RankedOffice(int rank, String office, Score score, Grade grade) {

        /**
         * Creates a ranked office.
         *
         * @param rank its rank, 1 for the highest two-decimal total
         * @param office the office
         * @param score its exact total
         * @param grade its grade
         * @throws NullPointerException if any argument is null
         */
        public RankedOffice {
            requireNonNull(office, "office");
            requireNonNull(score, "score");
            requireNonNull(grade, "grade");
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CohortStatistics other && count == other.count && mean.equals(other.mean) && median.equals(other.median) && minimum.equals(other.minimum) && maximum.equals(other.maximum) && variance.equals(other.variance) && standardDeviation.equals(other.standardDeviation) && grades.equals(other.grades) && passed == other.passed && passRate.equals(other.passRate) && target.equals(other.target) && targetMet == other.targetMet && ranking.equals(other.ranking) && indicatorMeans.equals(other.indicatorMeans) && weakestIndicator.equals(other.weakestIndicator) && belowPassMark.equals(other.belowPassMark);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(count, mean, median, minimum, maximum, variance, standardDeviation, grades, passed, passRate, target, targetMet, ranking, indicatorMeans, weakestIndicator, belowPassMark);
    }

    @Override
    public String toString() {
        return "CohortStatistics[" + "count=" + count + ", " + "mean=" + mean + ", " + "median=" + median + ", " + "minimum=" + minimum + ", " + "maximum=" + maximum + ", " + "variance=" + variance + ", " + "standardDeviation=" + standardDeviation + ", " + "grades=" + grades + ", " + "passed=" + passed + ", " + "passRate=" + passRate + ", " + "target=" + target + ", " + "targetMet=" + targetMet + ", " + "ranking=" + ranking + ", " + "indicatorMeans=" + indicatorMeans + ", " + "weakestIndicator=" + weakestIndicator + ", " + "belowPassMark=" + belowPassMark + "]";
    }
}
