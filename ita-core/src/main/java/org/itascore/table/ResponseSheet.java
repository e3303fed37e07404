package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.itascore.Instrument;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.survey.Question;

/**
 * One responses sheet being read: each row pushed is checked and, when it has no problem, tallied for its
 * office at once and dropped. Made by {@link TableImport#responses}; not thread-safe.
 */
public final class ResponseSheet {

    private final TableImport owner;
    private final Instrument instrument;
    private final ResponseColumns columns;
    private final SheetLog log;
    private final ImmutableList<Question> questions;
    private final byte[] options;

    ResponseSheet(TableImport owner, Instrument instrument, ResponseColumns columns, SheetLog log) {
        this.owner = owner;
        this.instrument = instrument;
        this.columns = columns;
        this.log = log;
        this.questions = owner.questionnaire().questions(instrument);
        this.options = new byte[questions.size()];
    }

    /**
     * Reads a row. A row with problems is recorded and not tallied; the sheet's rows are read on to list
     * every problem, the header's problems or not (the columns mapped are read, so every cell's problem is
     * found in one pass).
     *
     * @param row the row's index in the sheet, from 0 for the header: the first row of answers is 1
     * @param cells the row's cells, in column order; an empty cell is an unanswered question
     * @return this sheet
     */
    public ResponseSheet row(long row, List<String> cells) {
        requireNonNull(cells, "cells");
        log.rows++;
        if (!owner.placesRows(columns.office)) {
            return this;
        }
        if (!log.fitsHeader(row, cells)) {
            return this;
        }
        List<Problem> problems = null;
        List<Problem> officeProblems = columns.office < 0 ? List.of() : new ArrayList<>(1);
        String office = owner.officeOf(columns.office, row, cells, officeProblems);
        if (office == null) {
            log.otherOffices++;
            return this;
        }
        if (!officeProblems.isEmpty()) {
            problems = officeProblems;
        }
        if (columns.timestamp >= 0) {
            String stamp = cells.get(columns.timestamp);
            if (!stamp.isBlank() && !Timestamps.readable(stamp)) {
                problems = add(problems, new Problem(Cells.cell(row, columns.timestamp), stamp,
                        Message.of("sheet.timestamp")));
            }
        }
        java.util.Arrays.fill(options, AnswerDecoder.EMPTY);
        int[] question = columns.question;
        for (int c = 0; c < question.length; c++) {
            int p = question[c];
            if (p < 0) {
                continue;
            }
            Question q = questions.get(p);
            String text = cells.get(c);
            byte option = owner.decoder.decode(q.kind(), text);
            if (option == AnswerDecoder.INVALID) {
                problems = add(problems, new Problem(Cells.cell(row, c), text, owner.decoder.rule(q, text)));
            } else {
                options[p] = option;
            }
        }
        if (problems != null) {
            log.row(problems);
            return this;
        }
        owner.assembly(office).addOptions(instrument, options);
        owner.tallied(office, instrument, options);
        log.tallied++;
        return this;
    }

    private static List<Problem> add(List<Problem> problems, Problem problem) {
        List<Problem> out = problems == null ? new ArrayList<>() : problems;
        out.add(problem);
        return out;
    }

    /** {@return what became of the sheet's rows so far} */
    public SheetReport report() {
        return log.report();
    }
}
