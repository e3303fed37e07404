package org.itascore.report;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.itascore.Grade;

/**
 * What a report printed for one indicator, besides its score: any of grade, pass label and rank.
 *
 * @param grade the printed grade, if printed
 * @param passed the printed pass label (ผ่าน / ไม่ผ่าน), if printed
 * @param rank the printed rank, if printed
 */
public record PublishedIndicator(Optional<Grade> grade, Optional<Boolean> passed, OptionalInt rank) {

    /**
     * Creates the printed values of an indicator.
     *
     * @param grade the printed grade, if printed
     * @param passed the printed pass label (ผ่าน / ไม่ผ่าน), if printed
     * @param rank the printed rank, if printed
     * @throws NullPointerException if any argument is null
     */
    public PublishedIndicator {
        requireNonNull(grade, "grade");
        requireNonNull(passed, "passed");
        requireNonNull(rank, "rank");
    }

    /** Nothing printed. */
    public static final PublishedIndicator NOTHING = new PublishedIndicator(Optional.empty(), Optional.empty(), OptionalInt.empty());
}
