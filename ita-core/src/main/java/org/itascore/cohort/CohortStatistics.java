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
 *
 * @param count the number of offices
 * @param mean the mean total, exact
 * @param median the median total, exact; the mean of the middle two for an even count
 * @param minimum the lowest total
 * @param maximum the highest total
 * @param variance the population variance of the totals, exact
 * @param standardDeviation the population standard deviation of the totals, two decimals
 * @param grades how many offices have each grade, every grade listed
 * @param passed how many offices passed
 * @param passRate the share of offices that passed, exact, in [0, 1]
 * @param target the target share of offices at or above the pass mark (0.8 by default)
 * @param targetMet whether the pass rate reaches the target
 * @param ranking the offices from the highest two-decimal total, ties sharing a rank
 * @param indicatorMeans the mean score of each indicator, exact
 * @param weakestIndicator the indicator with the lowest mean (the lowest number on a tie)
 * @param belowPassMark for each indicator, the offices whose score is below the pass mark, lowest first
 */
public record CohortStatistics(
        int count,
        Score mean,
        Score median,
        Score minimum,
        Score maximum,
        Rational variance,
        BigDecimal standardDeviation,
        ImmutableMap<Grade, Integer> grades,
        int passed,
        Rational passRate,
        Rational target,
        boolean targetMet,
        ImmutableList<RankedOffice> ranking,
        ImmutableMap<Indicator, Score> indicatorMeans,
        Indicator weakestIndicator,
        ImmutableMap<Indicator, ImmutableList<String>> belowPassMark) {

    /**
     * Creates the statistics; use {@link Cohort#statistics}.
     *
     * @param count the number of offices
     * @param mean the mean total, exact
     * @param median the median total, exact
     * @param minimum the lowest total
     * @param maximum the highest total
     * @param variance the population variance of the totals, exact
     * @param standardDeviation the population standard deviation of the totals, two decimals
     * @param grades how many offices have each grade
     * @param passed how many offices passed
     * @param passRate the share of offices that passed
     * @param target the target share
     * @param targetMet whether the pass rate reaches the target
     * @param ranking the offices from the highest total
     * @param indicatorMeans the mean score of each indicator
     * @param weakestIndicator the indicator with the lowest mean
     * @param belowPassMark for each indicator, the offices below the pass mark
     * @throws NullPointerException if any argument is null
     */
    public CohortStatistics {
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
}
