package org.itascore.raw;

import static java.util.Objects.requireNonNull;

import org.itascore.Score;
import org.itascore.survey.Question;

/**
 * The score of one survey question: the mean of its respondents' points.
 *
 * @param question the question
 * @param score its exact score
 * @param respondents how many respondents answered it
 */
public record QuestionScore(Question question, Score score, long respondents) {

    /**
     * Creates a question score.
     *
     * @param question the question
     * @param score its exact score
     * @param respondents how many respondents answered it
     * @throws NullPointerException if any argument is null
     */
    public QuestionScore {
        requireNonNull(question, "question");
        requireNonNull(score, "score");
    }
}
