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
     * @throws org.itascore.InvalidInputException if the number of offices is less than one ({@code average.offices},
     *     at {@code offices})
     */
    public Average {
        requireNonNull(score, "score");
        requireNonNull(offices, "offices");
        if (offices.isPresent() && offices.getAsLong() < 1) {
            throw org.itascore.InvalidInputException.of(org.itascore.Location.of("offices"), Long.toString(offices.getAsLong()),
                    org.itascore.Message.of("average.offices"));
        }
    }
}
