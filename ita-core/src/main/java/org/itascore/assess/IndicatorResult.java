package org.itascore.assess;

import static java.util.Objects.requireNonNull;

import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Score;

/**
 * The result of one indicator in an {@link Assessment}.
 *
 * @param indicator the indicator
 * @param score its score, exact as given
 * @param grade its grade under the edition's bands
 * @param passed whether its two-decimal score reaches the pass mark
 * @param rank its place among the edition's indicators, 1 for the highest two-decimal score; tied scores
 *     share a rank and the next rank is skipped ("1224" ranking)
 */
public record IndicatorResult(Indicator indicator, Score score, Grade grade, boolean passed, int rank) {

    /**
     * Creates a result.
     *
     * @param indicator the indicator
     * @param score its score, exact as given
     * @param grade its grade under the edition's bands
     * @param passed whether its two-decimal score reaches the pass mark
     * @param rank its place among the edition's indicators, 1 for the highest two-decimal score; tied scores
     *     share a rank and the next rank is skipped ("1224" ranking)
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the rank is below 1
     */
    public IndicatorResult {
        requireNonNull(indicator, "indicator");
        requireNonNull(score, "score");
        requireNonNull(grade, "grade");
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1, got " + rank);
        }
    }
}
