package org.itascore.survey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itascore.Bilingual;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;

/**
 * The survey questions of an edition, for IIT and EIT.
 *
 * <p>{@link #STANDARD} is the built-in questionnaire: IIT {@code i1}-{@code i30}, six per indicator
 * (indicator 1 is i1-i6, 2 is i7-i12, ... 5 is i25-i30), and EIT {@code e1}-{@code e15}, five per indicator
 * (6 is e1-e5, 7 is e6-e10, 8 is e11-e15). Every question is four-level except {@code e5}, the yes/no
 * question "were you asked to pay money, give gifts or other benefits in exchange for the service?",
 * which is reversed. The EIT layout and the question kinds are not confirmed by an official document (see
 * the editions' provenance); supply your own questionnaire through an edition where they differ.
 *
 * <p>Immutable and thread-safe.
 */
public final class Questionnaire {

    /** The built-in questionnaire: i1-i30 and e1-e15. */
    public static final Questionnaire STANDARD = standard();

    private final ImmutableList<Question> questions;
    private final ImmutableMap<String, Question> byId;
    private final Map<Instrument, ImmutableList<Question>> byInstrument;
    private final Map<Instrument, ImmutableMap<String, Integer>> positions;
    private final Map<Instrument, byte[]> widths;

    private Questionnaire(List<Question> questions) {
        this.questions = ImmutableList.copyOf(questions);
        Map<String, Question> ids = new LinkedHashMap<>();
        questions.forEach(q -> ids.put(q.id(), q));
        this.byId = ImmutableMap.copyOf(ids);
        this.byInstrument = new EnumMap<>(Instrument.class);
        this.positions = new EnumMap<>(Instrument.class);
        this.widths = new EnumMap<>(Instrument.class);
        for (Instrument instrument : Instrument.values()) {
            ImmutableList<Question> own = questions.stream().filter(q -> q.instrument() == instrument)
                    .collect(ImmutableList.toImmutableList());
            byInstrument.put(instrument, own);
            ImmutableMap.Builder<String, Integer> position = ImmutableMap.builder();
            byte[] width = new byte[own.size()];
            for (int i = 0; i < own.size(); i++) {
                position.put(own.get(i).id(), i);
                width[i] = (byte) own.get(i).kind().options();
            }
            positions.put(instrument, position.build());
            widths.put(instrument, width);
        }
    }

    /**
     * Returns the questionnaire of these questions, in this order.
     *
     * @param questions the questions
     * @return the questionnaire
     * @throws InvalidInputException if two questions share an id
     */
    public static Questionnaire of(List<Question> questions) {
        requireNonNull(questions, "questions");
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Question q : questions) {
            if (!ids.add(q.id())) {
                problems.add(new Problem(ProblemKind.DUPLICATE, Location.of("questions", q.id()), q.id(), Message.of("question.idDuplicate")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Questionnaire(questions);
    }

    private static Questionnaire standard() {
        List<Question> questions = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            questions.add(Question.fourLevel("i" + i, Instrument.IIT, Indicator.ofNumber((i - 1) / 6 + 1)));
        }
        for (int e = 1; e <= 15; e++) {
            Indicator indicator = Indicator.ofNumber((e - 1) / 5 + 6);
            questions.add(e == 5
                    ? new Question("e5", Instrument.EIT, indicator, QuestionKind.YES_NO, true, Optional.of(Bilingual.of(
                            "ท่านเคยถูกร้องขอให้จ่ายหรือให้สิ่งต่อไปนี้ เช่น เงิน ทรัพย์สิน ประโยชน์อื่นใด เพื่อแลกกับการปฏิบัติงาน อนุมัติ อนุญาต หรือให้บริการ หรือไม่",
                            "Were you asked to pay money, give property or other benefits in exchange for the service?")))
                    : Question.fourLevel("e" + e, Instrument.EIT, indicator));
        }
        return of(questions);
    }

    /**
     * Returns this questionnaire with every scale question on another scale, for a form that moved from
     * four levels to six (yes/no questions, ids, indicators and reversal unchanged).
     *
     * <pre>{@code
     * Questionnaire six = Questionnaire.STANDARD.onScale(QuestionKind.SIX_LEVEL);
     * }</pre>
     *
     * @param scale {@link QuestionKind#FOUR_LEVEL} or {@link QuestionKind#SIX_LEVEL}
     * @return the questionnaire on that scale
     * @throws IllegalArgumentException if the kind is not a scale
     */
    public Questionnaire onScale(QuestionKind scale) {
        if (!scale.isScale()) {
            throw new IllegalArgumentException(scale + " is not a scale of levels");
        }
        return of(questions.stream().map(q -> q.kind().isScale()
                ? new Question(q.id(), q.instrument(), q.indicator(), scale, q.reversed(), q.wording()) : q).toList());
    }

    /** {@return every question, in order} */
    public ImmutableList<Question> questions() {
        return questions;
    }

    /**
     * {@return its questions, in order; empty for OIT}
     *
     * @param instrument an instrument
     */
    public ImmutableList<Question> questions(Instrument instrument) {
        return byInstrument.get(instrument);
    }

    /**
     * {@return the questions that measure it, in order}
     *
     * @param indicator an indicator
     */
    public ImmutableList<Question> questions(Indicator indicator) {
        return questions.stream().filter(q -> q.indicator() == indicator).collect(ImmutableList.toImmutableList());
    }

    /**
     * {@return the question, if there is one}
     *
     * @param id a question id
     */
    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Returns the position of a question among its instrument's questions, the index that
     * {@link Tally.Accumulator#addOptions} expects.
     *
     * @param instrument IIT or EIT
     * @param id a question id
     * @return its position, or -1 when the instrument has no question of that id
     */
    public int position(Instrument instrument, String id) {
        Integer position = positions.get(instrument).get(id);
        return position == null ? -1 : position;
    }

    /**
     * Returns the number of possible answers of each question of an instrument, by position. Not copied,
     * never modified.
     */
    byte[] widths(Instrument instrument) {
        return widths.get(instrument);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Questionnaire other && questions.equals(other.questions);
    }

    @Override
    public int hashCode() {
        return questions.hashCode();
    }

    @Override
    public String toString() {
        return "Questionnaire" + byId.keySet();
    }
}
