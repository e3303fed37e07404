package org.itascore.table;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itascore.Instrument;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.survey.Question;
import org.itascore.survey.QuestionKind;
import org.itascore.survey.Questionnaire;

/**
 * Maps a responses sheet whose headers carry no question numbers by the form's order: Google Forms writes its
 * questions' columns in the order of the form, after the timestamp and before or among the columns a form adds
 * about the respondent (e-mail, sex, position, how they contacted the office).
 *
 * <p>The rule, from the header row and a sample of the first rows:
 * <ol>
 *   <li>The timestamp and the columns a form adds by name ({@link HeaderText#EXTRAS}, {@link HeaderText#OFFICES})
 *       are not answers.</li>
 *   <li>A column whose answers in the sample are on no question's scale (an e-mail address, free text, choices of
 *       other words) is set aside. A column empty in the sample is kept: an optional question nobody answered yet.</li>
 *   <li>The columns left must be as many as the instrument's questions, and each must hold answers on the scale of
 *       the question of its place: a yes/no question lands on a yes/no column.</li>
 * </ol>
 * When the count or a scale does not fit, nothing is guessed: the sheet is refused saying what was seen. When the
 * columns fit the other instrument's questionnaire instead, the files look swapped, and that is said.
 *
 * <p>Stateless; a decision is an immutable value.
 */
final class FormOrder {

    /** The rows looked at to decide: enough to see every column's kind of answer, few enough to keep in memory. */
    static final int SAMPLE = 500;

    private FormOrder() {
    }

    /**
     * What was decided for a sheet.
     *
     * @param mapping the mapping by order, when the columns fit
     * @param setAside the headers set aside as not answers (their answers are on no scale)
     * @param problems why the sheet cannot be mapped by order, located at its header row; empty when mapped
     */
    record Decision(Optional<SheetMapping> mapping, ImmutableList<String> setAside, ImmutableList<Problem> problems) {

        /** {@return the note a reader is told when the sheet was mapped by order} */
        Message note(Questionnaire questionnaire) {
            SheetMapping m = mapping.orElseThrow();
            ImmutableList<Question> questions = questionnaire.questions(m.instrument());
            Message mapped = Message.of("sheet.byOrder", questions.size(), questions.get(0).id(),
                    questions.get(questions.size() - 1).id());
            return setAside.isEmpty() ? mapped : Message.of("sheet.byOrderSetAside", mapped, String.join(", ", setAside));
        }
    }

    /** {@return whether a proposal from the headers alone found no question number, so the form's order is needed} */
    static boolean needed(SheetMapping proposed, List<String> headers) {
        return proposed.questions().isEmpty() && headers.size() > proposed.ignored().size()
                + (proposed.timestamp().isPresent() ? 1 : 0);
    }

    /**
     * Decides the mapping of a sheet by the form's order.
     *
     * @param proposed the proposal from the headers alone: its timestamp and ignored columns are kept
     * @param headers the header row
     * @param sample the first rows, up to {@link #SAMPLE}
     * @param questionnaire the questionnaire the sheet should answer
     * @param decoder how cells are read as answers
     * @param edition the edition's id, for messages
     * @return the decision
     */
    static Decision decide(SheetMapping proposed, List<String> headers, List<List<String>> sample,
            Questionnaire questionnaire, AnswerDecoder decoder, String edition) {
        Instrument instrument = proposed.instrument();
        SheetMapping.Builder b = SheetMapping.builder(instrument);
        proposed.timestamp().ifPresent(b::timestamp);
        proposed.ignored().forEach(b::ignore);
        List<Integer> answers = new ArrayList<>();
        List<String> setAside = new ArrayList<>();
        List<Integer> setAsideColumns = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            if (proposed.timestamp().filter(t -> SheetMapping.matches(header, t)).isPresent()
                    || proposed.ignored().stream().anyMatch(i -> SheetMapping.matches(header, i))) {
                continue;
            }
            if (fits(decoder, sample, c).isEmpty() && !blank(sample, c)) {
                setAside.add(header);
                setAsideColumns.add(c);
                b.ignore(header);
            } else {
                answers.add(c);
            }
        }
        ImmutableList<Question> questions = questionnaire.questions(instrument);
        List<Problem> problems = new ArrayList<>();
        Instrument other = instrument == Instrument.IIT ? Instrument.EIT : Instrument.IIT;
        if (answers.size() != questions.size()) {
            if (fitsInOrder(answers, questionnaire.questions(other), decoder, sample)) {
                problems.add(swapped(instrument, other));
            } else {
                problems.add(new Problem(ProblemKind.CONFLICT, Cells.row(0), null, Message.of("sheet.orderCount",
                        answers.size(), instrument, edition, questions.size(),
                        setAside.isEmpty() ? "-" : String.join(", ", setAside))));
            }
            return new Decision(Optional.empty(), ImmutableList.copyOf(setAside), ImmutableList.copyOf(problems));
        }
        for (int p = 0; p < questions.size(); p++) {
            int c = answers.get(p);
            Question q = questions.get(p);
            if (!blank(sample, c) && !fits(decoder, sample, c).contains(q.kind())) {
                problems.add(new Problem(ProblemKind.CONFLICT, Cells.cell(0, c), headers.get(c), Message.of("sheet.orderScale",
                        q.id(), scaleName(q.kind()), offScale(decoder, sample, c, q.kind()))));
            } else {
                b.question(headers.get(c), q.id());
            }
        }
        if (!problems.isEmpty()) {
            if (fitsInOrder(answers, questionnaire.questions(other), decoder, sample)) {
                problems = List.of(swapped(instrument, other));
            }
            return new Decision(Optional.empty(), ImmutableList.copyOf(setAside), ImmutableList.copyOf(problems));
        }
        return new Decision(Optional.of(b.build()), ImmutableList.copyOf(setAside), ImmutableList.of());
    }

    /** {@return the problem of a sheet that fits the other instrument: the files look swapped} */
    static Problem swapped(Instrument given, Instrument fits) {
        return new Problem(ProblemKind.CONFLICT, Location.ROOT, null, Message.of("sheet.swapped", fits, given));
    }

    /** {@return whether answer columns fit a list of questions in order: the same count, each on its scale} */
    private static boolean fitsInOrder(List<Integer> answers, List<Question> questions, AnswerDecoder decoder,
            List<List<String>> sample) {
        if (answers.size() != questions.size() || sample.isEmpty()) {
            return false;
        }
        for (int p = 0; p < questions.size(); p++) {
            int c = answers.get(p);
            if (!blank(sample, c) && !fits(decoder, sample, c).contains(questions.get(p).kind())) {
                return false;
            }
        }
        return true;
    }

    /** {@return the kinds of question every non-blank cell of a column in the sample answers} */
    private static java.util.EnumSet<QuestionKind> fits(AnswerDecoder decoder, List<List<String>> sample, int column) {
        java.util.EnumSet<QuestionKind> kinds = java.util.EnumSet.allOf(QuestionKind.class);
        for (List<String> row : sample) {
            String cell = column < row.size() ? row.get(column) : "";
            if (cell.isBlank()) {
                continue;
            }
            kinds.removeIf(kind -> decoder.decode(kind, cell) == AnswerDecoder.INVALID);
            if (kinds.isEmpty()) {
                break;
            }
        }
        return kinds;
    }

    private static boolean blank(List<List<String>> sample, int column) {
        return sample.stream().allMatch(row -> column >= row.size() || row.get(column).isBlank());
    }

    /** {@return the first cell of a column in the sample that is no answer of a kind} */
    private static String offScale(AnswerDecoder decoder, List<List<String>> sample, int column, QuestionKind kind) {
        for (List<String> row : sample) {
            String cell = column < row.size() ? row.get(column) : "";
            if (!cell.isBlank() && decoder.decode(kind, cell) == AnswerDecoder.INVALID) {
                return cell;
            }
        }
        return "";
    }

    private static Message scaleName(QuestionKind kind) {
        return AnswerDecoder.scaleName(kind);
    }
}
