package org.itascore.json;

import static java.util.Objects.requireNonNull;

import org.itascore.cohort.Cohort;
import org.itascore.edition.Edition;

/**
 * A cohort as read from JSON (format 6).
 *
 * @param cohort the offices' assessments
 * @param edition the edition of the first report, whose pass mark the statistics use
 */
public record CohortInput(Cohort cohort, Edition edition) {

    /**
     * Creates a cohort input.
     *
     * @param cohort the offices' assessments
     * @param edition the edition of the first report
     * @throws NullPointerException if either is null
     */
    public CohortInput {
        requireNonNull(cohort, "cohort");
        requireNonNull(edition, "edition");
    }
}
