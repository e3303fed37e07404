package org.itascore.raw;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.itascore.Indicator;
import org.itascore.assess.Assessment;

/**
 * The assessment of an office from its raw data, with the diagnostics that tell it what to do.
 *
 * @param assessment the assessment, with the raw-data findings attached (too few respondents, questions
 *     nobody answered)
 * @param questions for each survey indicator, its questions' scores from the lowest to the highest
 * @param publishNext every OIT item not published, with the points publishing it would add, the largest
 *     gain first
 */
public record RawAssessment(Assessment assessment, ImmutableMap<Indicator, ImmutableList<QuestionScore>> questions,
        ImmutableList<PublishNext> publishNext) {

    /**
     * Creates a raw assessment.
     *
     * @param assessment the assessment, with the raw-data findings attached
     * @param questions for each survey indicator, its questions' scores from the lowest to the highest
     * @param publishNext every OIT item not published, the largest gain first
     * @throws NullPointerException if any argument is null
     */
    public RawAssessment {
        requireNonNull(assessment, "assessment");
        requireNonNull(questions, "questions");
        requireNonNull(publishNext, "publishNext");
    }
}
