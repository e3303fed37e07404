package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.itascore.Instrument;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.survey.Question;
import org.itascore.survey.Questionnaire;

/**
 * The mapping the library proposes for a responses sheet, from its headers (and, when they carry no numbers, its
 * first rows), and what it could not map.
 *
 * <p>A header starting with a question's number is that question: {@code 1. ท่าน...}, {@code ข้อ 1 ...},
 * {@code ข้อที่ 1}, {@code 1) ...}, {@code i1 ...} on an IIT sheet, {@code e1 ...} on an EIT sheet, with ASCII or
 * Thai digits, and a grid question's row {@code หัวข้อ [1. ...]}. The number is the question's place in the
 * instrument's questionnaire. The timestamp column ({@code ประทับเวลา}, {@code Timestamp}) is checked to be a
 * date; the columns a form adds (e-mail, score, position) and columns naming an office or a school are
 * ignored, since such a column may hold the respondent's own office: name it as the office in the mapping to
 * read one office per value. Every other column is unmapped, and a problem.
 *
 * <p>When no header carries a question number, the columns are mapped by the form's order from the sheet's first
 * rows ({@link #responses(Instrument, List, List, Questionnaire, String)}): the columns whose answers are on no
 * question's scale are set aside (ignored in the mapping), the others must fit the questionnaire in count and scale,
 * and the proposal's note says so.
 *
 * @param mapping the proposed mapping
 * @param problems what the mapping leaves unresolved, located at the header row ({@link Cells}): unmapped
 *     columns, questions without a column, duplicated headers, a form's order that cannot be trusted
 * @param notes what the proposal decided that its user is told: the columns mapped by the form's order and those
 *     set aside
 */
public record MappingProposal(SheetMapping mapping, ImmutableList<Problem> problems, ImmutableList<Message> notes) {

    /** How many of a sheet's first rows a proposal by the form's order looks at. */
    public static final int SAMPLE = FormOrder.SAMPLE;

    /**
     * Creates a proposal.
     *
     * @param mapping the proposed mapping
     * @param problems what it leaves unresolved
     * @param notes what its user is told
     */
    public MappingProposal {
        requireNonNull(mapping, "mapping");
        problems = ImmutableList.copyOf(problems);
        notes = ImmutableList.copyOf(notes);
    }

    /**
     * Proposes the mapping of a responses sheet.
     *
     * @param instrument IIT or EIT
     * @param headers the sheet's header row
     * @param questionnaire the questionnaire the sheet answers
     * @param edition the edition's id, for messages
     * @return the proposal
     */
    public static MappingProposal responses(Instrument instrument, List<String> headers, Questionnaire questionnaire,
            String edition) {
        return responses(instrument, headers, List.of(), questionnaire, edition);
    }

    /**
     * Proposes the mapping of a responses sheet from its header row and its first rows: by the question numbers of
     * the headers, or when they carry none, by the form's order checked against the answers of the rows given.
     *
     * @param instrument IIT or EIT
     * @param headers the sheet's header row
     * @param rows the sheet's first rows of answers (a few hundred are enough), or none
     * @param questionnaire the questionnaire the sheet answers
     * @param edition the edition's id, for messages
     * @return the proposal
     */
    public static MappingProposal responses(Instrument instrument, List<String> headers, List<List<String>> rows,
            Questionnaire questionnaire, String edition) {
        return responses(instrument, headers, rows, questionnaire, new AnswerDecoder(com.google.common.collect.ImmutableMap.of()),
                edition);
    }

    static MappingProposal responses(Instrument instrument, List<String> headers, List<List<String>> rows,
            Questionnaire questionnaire, AnswerDecoder decoder, String edition) {
        SheetMapping mapping = propose(instrument, headers, questionnaire);
        if (FormOrder.needed(mapping, headers)) {
            FormOrder.Decision decision = FormOrder.decide(mapping, headers,
                    rows.subList(0, Math.min(rows.size(), FormOrder.SAMPLE)), questionnaire, decoder, edition);
            if (decision.mapping().isPresent()) {
                return new MappingProposal(decision.mapping().get(), ImmutableList.of(),
                        ImmutableList.of(decision.note(questionnaire)));
            }
            SheetMapping.Builder partial = SheetMapping.builder(instrument);
            mapping.timestamp().ifPresent(partial::timestamp);
            mapping.ignored().forEach(partial::ignore);
            decision.setAside().forEach(partial::ignore);
            return new MappingProposal(partial.build(), decision.problems(), ImmutableList.of());
        }
        ImmutableList<Problem> problems = ResponseColumns.resolve(mapping, headers, questionnaire, edition).problems;
        Instrument other = instrument == Instrument.IIT ? Instrument.EIT : Instrument.IIT;
        if (!problems.isEmpty()
                && ResponseColumns.resolve(propose(other, headers, questionnaire), headers, questionnaire, edition).problems.isEmpty()) {
            problems = ImmutableList.of(FormOrder.swapped(instrument, other));
        }
        return new MappingProposal(mapping, problems, ImmutableList.of());
    }

    static SheetMapping propose(Instrument instrument, List<String> headers, Questionnaire questionnaire) {
        SheetMapping.Builder b = SheetMapping.builder(instrument);
        ImmutableList<Question> questions = questionnaire.questions(instrument);
        Set<String> mapped = new HashSet<>();
        boolean timestamp = false;
        for (String header : headers) {
            String key = HeaderText.key(header);
            OptionalInt n = HeaderText.number(header, instrument);
            if (!timestamp && HeaderText.TIMESTAMPS.contains(key)) {
                b.timestamp(header);
                timestamp = true;
            } else if (HeaderText.EXTRAS.contains(key) || HeaderText.OFFICES.contains(key)) {
                b.ignore(header);
            } else if (n.isPresent() && n.getAsInt() <= questions.size() && mapped.add(questions.get(n.getAsInt() - 1).id())) {
                b.question(header, questions.get(n.getAsInt() - 1).id());
            }
        }
        return b.build();
    }
}
