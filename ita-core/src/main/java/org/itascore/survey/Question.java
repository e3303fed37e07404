package org.itascore.survey;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.itascore.Bilingual;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;

/**
 * One survey question: its id ({@code i1}-{@code i30} for IIT, {@code e1}-{@code e15} for EIT in the
 * built-in questionnaire), the instrument that asks it, the indicator it measures, how it is answered, and
 * whether it is scored in reverse (a negative question such as "were you asked for money or gifts?", where
 * yes scores 0).
 *
 * @param id the id, unique in its questionnaire
 * @param instrument the instrument, IIT or EIT
 * @param indicator the indicator the question measures
 * @param kind how it is answered
 * @param reversed whether it is scored in reverse
 * @param wording the question's wording, if known
 */
public record Question(String id, Instrument instrument, Indicator indicator, QuestionKind kind, boolean reversed,
        Optional<Bilingual> wording) {

    /**
     * Creates a question.
     *
     * @param id the id, unique in its questionnaire
     * @param instrument the instrument, IIT or EIT
     * @param indicator the indicator the question measures
     * @param kind how it is answered
     * @param reversed whether it is scored in reverse
     * @param wording the question's wording, if known
     * @throws NullPointerException if any argument is null
     * @throws InvalidInputException if the id is blank or the instrument is OIT
     */
    public Question {
        requireNonNull(id, "id");
        requireNonNull(instrument, "instrument");
        requireNonNull(indicator, "indicator");
        requireNonNull(kind, "kind");
        requireNonNull(wording, "wording");
        if (id.isBlank()) {
            throw InvalidInputException.of(Location.ROOT, id, Message.of("question.idBlank"));
        }
        if (instrument == Instrument.OIT) {
            throw InvalidInputException.of(Location.of("instrument"), "OIT", Message.of("question.oit", id));
        }
    }

    /**
     * Returns a four-level question that is not reversed.
     *
     * @param id the id
     * @param instrument the instrument
     * @param indicator the indicator
     * @return the question
     */
    public static Question fourLevel(String id, Instrument instrument, Indicator indicator) {
        return new Question(id, instrument, indicator, QuestionKind.FOUR_LEVEL, false, Optional.empty());
    }
}
