package org.itascore.raw;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.itascore.Indicator;
import org.itascore.assess.Assessment;

/**
 * The assessment of an office from its raw data, with the diagnostics that tell it what to do.
 */
public final class RawAssessment {

    private final Assessment assessment;
    private final ImmutableMap<Indicator, ImmutableList<QuestionScore>> questions;
    private final ImmutableList<PublishNext> publishNext;

    RawAssessment(Assessment assessment, ImmutableMap<Indicator, ImmutableList<QuestionScore>> questions, ImmutableList<PublishNext> publishNext) {
        requireNonNull(assessment, "assessment");
        requireNonNull(questions, "questions");
        requireNonNull(publishNext, "publishNext");
        this.assessment = assessment;
        this.questions = questions;
        this.publishNext = publishNext;
    }

    /** {@return the assessment, with the raw-data findings attached (too few respondents, questions nobody answered)} */
    public Assessment assessment() {
        return assessment;
    }

    /** {@return for each survey indicator, its questions' scores from the lowest to the highest} */
    public ImmutableMap<Indicator, ImmutableList<QuestionScore>> questions() {
        return questions;
    }

    /** {@return every OIT item not published, with the points publishing it would add, the largest gain first} */
    public ImmutableList<PublishNext> publishNext() {
        return publishNext;
    }


    @Override
    public boolean equals(Object obj) {
        return obj instanceof RawAssessment other && assessment.equals(other.assessment) && questions.equals(other.questions) && publishNext.equals(other.publishNext);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(assessment, questions, publishNext);
    }

    @Override
    public String toString() {
        return "RawAssessment[" + "assessment=" + assessment + ", " + "questions=" + questions + ", " + "publishNext=" + publishNext + "]";
    }
}
