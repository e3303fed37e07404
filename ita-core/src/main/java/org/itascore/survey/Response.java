package org.itascore.survey;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;

/**
 * One respondent's answers to one instrument's survey. A question left unanswered is skipped for that
 * question only.
 *
 * <p>Held compactly, one byte per question of the instrument, so that a national batch of 1.4 million
 * responses can be tallied fast. Immutable and thread-safe.
 */
public final class Response {

    /** The option of an unanswered question. */
    static final byte UNANSWERED = -1;

    private final Questionnaire questionnaire;
    private final Instrument instrument;
    private final byte[] options;

    private Response(Questionnaire questionnaire, Instrument instrument, byte[] options) {
        this.questionnaire = questionnaire;
        this.instrument = instrument;
        this.options = options;
    }

    /**
     * Starts a response.
     *
     * @param questionnaire the questionnaire answered
     * @param instrument the instrument, IIT or EIT
     * @return a builder
     */
    public static Builder builder(Questionnaire questionnaire, Instrument instrument) {
        return new Builder(requireNonNull(questionnaire, "questionnaire"), requireNonNull(instrument, "instrument"));
    }

    /** {@return the questionnaire answered} */
    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** {@return the instrument} */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * {@return the answer, or empty when the question was not answered}
     *
     * @param question a question of the instrument
     * @throws IllegalArgumentException if the question is not one of the instrument's
     */
    public Optional<Answer> answer(Question question) {
        int position = questionnaire.position(instrument, question.id());
        if (position < 0) {
            throw new IllegalArgumentException(question.id() + " is not a question of " + instrument);
        }
        byte option = options[position];
        if (option == UNANSWERED) {
            return Optional.empty();
        }
        return Optional.of(Answer.ofOption(question.kind(), option));
    }

    /** Returns the answer option of each question by position; not copied, never modified. */
    byte[] options() {
        return options;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Response other && instrument == other.instrument
                && questionnaire.equals(other.questionnaire) && Arrays.equals(options, other.options);
    }

    @Override
    public int hashCode() {
        return instrument.hashCode() * 31 + Arrays.hashCode(options);
    }

    @Override
    public String toString() {
        return instrument + Arrays.toString(options);
    }

    /**
     * Builds a {@link Response}; {@link #build()} lists every problem. Not thread-safe.
     */
    public static final class Builder {
        private final Questionnaire questionnaire;
        private final Instrument instrument;
        private final byte[] options;
        private final List<Problem> problems = new ArrayList<>();

        private Builder(Questionnaire questionnaire, Instrument instrument) {
            this.questionnaire = questionnaire;
            this.instrument = instrument;
            this.options = new byte[questionnaire.questions(instrument).size()];
            Arrays.fill(options, UNANSWERED);
        }

        /**
         * Records an answer.
         *
         * @param questionId the question's id, for example {@code "i1"}
         * @param answer the answer
         * @return this builder
         */
        public Builder answer(String questionId, Answer answer) {
            requireNonNull(questionId, "questionId");
            requireNonNull(answer, "answer");
            Location field = Location.of("answers", questionId);
            int position = questionnaire.position(instrument, questionId);
            if (position < 0) {
                problems.add(new Problem(field, questionId, questionnaire.find(questionId)
                        .map(q -> Message.of("response.otherInstrument", instrument, q.instrument()))
                        .orElse(Message.of("response.notAQuestion", instrument))));
                return this;
            }
            Question question = questionnaire.questions(instrument).get(position);
            if (!answer.fits(question.kind())) {
                problems.add(new Problem(field, answer.text(), question.kind() == QuestionKind.YES_NO
                        ? Message.of("response.yesNo", questionId)
                        : Message.of("response.level", questionId, question.kind().options())));
                return this;
            }
            if (options[position] != UNANSWERED) {
                problems.add(new Problem(ProblemKind.DUPLICATE, field, answer.text(), Message.of("response.answeredOnce", questionId)));
                return this;
            }
            options[position] = (byte) answer.option();
            return this;
        }

        /**
         * {@return the response}
         *
         * @throws InvalidInputException listing every problem: unknown questions, answers of the wrong kind,
         *     questions answered twice
         */
        public Response build() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new Response(questionnaire, instrument, options.clone());
        }
    }
}
