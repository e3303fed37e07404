package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.itascore.Instrument;
import org.itascore.Problem;
import org.itascore.survey.Question;
import org.itascore.survey.Questionnaire;

/**
 * The mapping the library proposes for a responses sheet, from its headers alone, and what it could not map.
 *
 * <p>A header starting with a question's number is that question: {@code 1. ท่าน...}, {@code ข้อ 1 ...},
 * {@code ข้อที่ 1}, {@code 1) ...}, {@code i1 ...} on an IIT sheet, {@code e1 ...} on an EIT sheet, with ASCII or
 * Thai digits, and a grid question's row {@code หัวข้อ [1. ...]}. The number is the question's place in the
 * instrument's questionnaire. The timestamp column ({@code ประทับเวลา}, {@code Timestamp}) is checked to be a
 * date; the columns a form adds (e-mail, score, position) and columns naming an office or a school are
 * ignored, since such a column may hold the respondent's own office: name it as the office in the mapping to
 * read one office per value. Every other column is unmapped, and a problem.
 *
 * @param mapping the proposed mapping
 * @param problems what the mapping leaves unresolved, located at the header row ({@link Cells}): unmapped
 *     columns, questions without a column, duplicated headers
 */
public record MappingProposal(SheetMapping mapping, ImmutableList<Problem> problems) {

    /**
     * Creates a proposal.
     *
     * @param mapping the proposed mapping
     * @param problems what it leaves unresolved
     */
    public MappingProposal {
        requireNonNull(mapping, "mapping");
        problems = ImmutableList.copyOf(problems);
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
        SheetMapping mapping = propose(instrument, headers, questionnaire);
        return new MappingProposal(mapping, ResponseColumns.resolve(mapping, headers, questionnaire, edition).problems);
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
