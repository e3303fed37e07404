package org.itascore.assess;

import static java.util.Objects.requireNonNull;

import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Score;

/**
 * The result of one indicator in an {@link Assessment}.
 */
public final class IndicatorResult implements Scored {

    private final Indicator indicator;
    private final Score score;
    private final Grade grade;
    private final boolean passed;
    private final int rank;

    IndicatorResult(Indicator indicator, Score score, Grade grade, boolean passed, int rank) {
        requireNonNull(indicator, "indicator");
        requireNonNull(score, "score");
        requireNonNull(grade, "grade");
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1, got " + rank);
        }
        this.indicator = indicator;
        this.score = score;
        this.grade = grade;
        this.passed = passed;
        this.rank = rank;
    }

    /** {@return the indicator} */
    public Indicator indicator() {
        return indicator;
    }

    /** {@return its score, exact as given} */
    @Override
    public Score exactScore() {
        return score;
    }

    /** {@return its grade under the edition's bands} */
    public Grade grade() {
        return grade;
    }

    /** {@return whether its two-decimal score reaches the pass mark} */
    public boolean passed() {
        return passed;
    }

    /** {@return its place among the edition's indicators, 1 for the highest two-decimal score; tied scores share a rank and the next rank is skipped ("1224" ranking)} */
    public int rank() {
        return rank;
    }


    @Override
    public boolean equals(Object obj) {
        return obj instanceof IndicatorResult other && indicator.equals(other.indicator) && score.equals(other.score) && grade.equals(other.grade) && passed == other.passed && rank == other.rank;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(indicator, score, grade, passed, rank);
    }

    @Override
    public String toString() {
        return "IndicatorResult[" + "indicator=" + indicator + ", " + "score=" + score + ", " + "grade=" + grade + ", " + "passed=" + passed + ", " + "rank=" + rank + "]";
    }
}
