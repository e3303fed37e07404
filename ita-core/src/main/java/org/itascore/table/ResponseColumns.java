package org.itascore.table;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.itascore.Instrument;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.survey.Question;
import org.itascore.survey.Questionnaire;

/**
 * A responses sheet's columns resolved against its mapping and the questionnaire: which column answers which
 * question, which holds the office and which the timestamp, and every problem of the header row.
 */
final class ResponseColumns {

    /** The question position each column answers, or -1. */
    final int[] question;
    /** The office's column, or -1. */
    final int office;
    /** The timestamp's column, or -1. */
    final int timestamp;
    final ImmutableList<Problem> problems;

    private ResponseColumns(int[] question, int office, int timestamp, List<Problem> problems) {
        this.question = question;
        this.office = office;
        this.timestamp = timestamp;
        this.problems = ImmutableList.copyOf(problems);
    }

    static ResponseColumns resolve(SheetMapping mapping, List<String> headers, Questionnaire questionnaire, String edition) {
        Instrument instrument = mapping.instrument();
        ImmutableList<Question> questions = questionnaire.questions(instrument);
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> columnOf = new HashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            Integer first = columnOf.putIfAbsent(HeaderText.normalize(headers.get(c)), c);
            if (first != null) {
                problems.add(new Problem(ProblemKind.DUPLICATE, Cells.cell(0, c), headers.get(c),
                        Message.of("sheet.headerDuplicate", Cells.letter(first))));
            }
        }
        int[] question = new int[headers.size()];
        Arrays.fill(question, -1);
        boolean[] placed = new boolean[headers.size()];
        int[] columnOfQuestion = new int[questions.size()];
        Arrays.fill(columnOfQuestion, -1);
        mapping.questions().forEach((header, id) -> {
            Integer c = columnOf.get(HeaderText.normalize(header));
            int position = questionnaire.position(instrument, id);
            if (c == null) {
                problems.add(new Problem(Cells.row(0), header, Message.of("sheet.mappedColumnMissing")));
            } else if (position < 0) {
                problems.add(new Problem(Cells.cell(0, c), id, Message.of("sheet.notAQuestion", instrument, edition,
                        questions.get(0).id(), questions.get(questions.size() - 1).id())));
                placed[c] = true;
            } else if (columnOfQuestion[position] >= 0) {
                problems.add(new Problem(ProblemKind.DUPLICATE, Cells.cell(0, c), headers.get(c),
                        Message.of("sheet.questionTwice", id, Cells.letter(columnOfQuestion[position]))));
                placed[c] = true;
            } else {
                question[c] = position;
                columnOfQuestion[position] = c;
                placed[c] = true;
            }
        });
        int office = column(mapping.office().orElse(null), columnOf, problems, placed);
        int timestamp = column(mapping.timestamp().orElse(null), columnOf, problems, placed);
        for (String header : mapping.ignored()) {
            Integer c = columnOf.get(HeaderText.normalize(header));
            if (c != null) {
                placed[c] = true;
            }
        }
        for (int c = 0; c < headers.size(); c++) {
            if (!placed[c] && columnOf.get(HeaderText.normalize(headers.get(c))) == c) {
                OptionalInt n = HeaderText.number(headers.get(c), instrument);
                if (n.isPresent() && n.getAsInt() <= questions.size() && columnOfQuestion[n.getAsInt() - 1] >= 0) {
                    problems.add(new Problem(ProblemKind.DUPLICATE, Cells.cell(0, c), headers.get(c), Message.of("sheet.questionTwice",
                            questions.get(n.getAsInt() - 1).id(), Cells.letter(columnOfQuestion[n.getAsInt() - 1]))));
                    continue;
                }
                problems.add(new Problem(Cells.cell(0, c), headers.get(c), n.isPresent()
                        ? Message.of("sheet.questionBeyond", n.getAsInt(), questions.size(), instrument, edition)
                        : Message.of("sheet.unmapped", HeaderText.letterOf(instrument))));
            }
        }
        for (int p = 0; p < questions.size(); p++) {
            if (columnOfQuestion[p] < 0) {
                problems.add(new Problem(ProblemKind.MISSING, Cells.row(0), null,
                        Message.of("sheet.questionNoColumn", questions.get(p).id(), instrument)));
            }
        }
        return new ResponseColumns(question, office, timestamp, problems);
    }

    private static int column(String header, Map<String, Integer> columnOf, List<Problem> problems, boolean[] placed) {
        if (header == null) {
            return -1;
        }
        Integer c = columnOf.get(HeaderText.normalize(header));
        if (c == null) {
            problems.add(new Problem(Cells.row(0), header, Message.of("sheet.mappedColumnMissing")));
            return -1;
        }
        placed[c] = true;
        return c;
    }
}
