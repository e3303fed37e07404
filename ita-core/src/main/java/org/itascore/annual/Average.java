package org.itascore.annual;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;
import org.itascore.Score;

/**
 * The average an office is compared with: the national average of the year, or a cohort's.
 *
 * @param score the average score
 * @param offices how many offices it is the average of, if known
 * @param national whether it is the national average (else a cohort's, such as a region's)
 */
public record Average(Score score, OptionalLong offices, boolean national) {

    /**
     * Creates an average.
     *
     * @param score the average score
     * @param offices how many offices, if known
     * @param national whether it is the national average
     * @throws IllegalArgumentException if the number of offices is less than one
     */
    public Average {
        requireNonNull(score, "score");
        requireNonNull(offices, "offices");
        if (offices.isPresent() && offices.getAsLong() < 1) {
            throw new IllegalArgumentException("an average is of one office or more, got " + offices.getAsLong());
        }
    }
}
