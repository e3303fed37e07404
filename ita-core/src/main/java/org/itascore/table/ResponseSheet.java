package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private ResponseColumns columns;
    private final SheetLog log;
    private final ImmutableList<Question> questions;
    private final byte[] options;
    /** The timestamps' dates of each office's rows tallied. */
    private final Map<String, DateSpan> dates = new LinkedHashMap<>();
    private String datesOffice;
    private DateSpan datesSpan;
    /** The proposal from the headers, while the columns wait for the form's order to be decided. */
    private SheetMapping proposed;
    /** The rows kept while the form's order is decided, and their indexes. */
    private List<List<String>> pending;
    private List<Long> pendingRows;
    /** Whether the sheet as a whole was refused (swapped, or its order could not be trusted): rows are counted only. */
    private boolean refused;

    ResponseSheet(TableImport owner, Instrument instrument, ResponseColumns columns, SheetLog log) {
        this.owner = owner;
        this.instrument = instrument;
        this.columns = columns;
        this.log = log;
        this.questions = owner.questionnaire().questions(instrument);
        this.options = new byte[questions.size()];
    }

    /** A sheet whose headers carry no question numbers: its first rows decide its columns by the form's order. */
    static ResponseSheet byOrder(TableImport owner, Instrument instrument, SheetMapping proposed, SheetLog log) {
        ResponseSheet sheet = new ResponseSheet(owner, instrument, null, log);
        sheet.proposed = proposed;
        sheet.pending = new ArrayList<>();
        sheet.pendingRows = new ArrayList<>();
        return sheet;
    }

    /** A sheet refused as a whole by its header row: its rows are counted, not read. */
    static ResponseSheet refused(TableImport owner, Instrument instrument, SheetLog log) {
        ResponseSheet sheet = new ResponseSheet(owner, instrument, null, log);
        sheet.refused = true;
        return sheet;
    }

    /** Decides the columns by the form's order from the rows kept, and reads those rows. */
    private void decide() {
        List<List<String>> sample = pending;
        List<Long> rows = pendingRows;
        pending = null;
        pendingRows = null;
        FormOrder.Decision decision = FormOrder.decide(proposed, log.headers, sample, owner.questionnaire(),
                owner.decoder, owner.edition().id());
        if (decision.mapping().isEmpty()) {
            decision.problems().forEach(log::fatal);
            refused = true;
            log.rows += sample.size();
            return;
        }
        columns = ResponseColumns.resolve(decision.mapping().get(), log.headers, owner.questionnaire(), owner.edition().id());
        columns.problems.forEach(log::fatal);
        log.note(decision.note(owner.questionnaire()));
        for (int i = 0; i < sample.size(); i++) {
            read(rows.get(i), sample.get(i));
        }
    }

    /** Ends the sheet: a sheet still waiting for its order decides it from the rows it has. */
    void finish() {
        if (pending != null) {
            decide();
        }
    }

    /** {@return the finding of each office whose rows are time-stamped outside the fiscal year read} */
    Optional<org.itascore.Finding> outsideFiscalYear(String office) {
        DateSpan span = dates.get(office);
        return span == null ? Optional.empty() : span.outside(instrument, owner.fiscalYear());
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
        if (pending != null) {
            pending.add(List.copyOf(cells));
            pendingRows.add(row);
            if (pending.size() >= FormOrder.SAMPLE) {
                decide();
            }
            return this;
        }
        if (refused) {
            log.rows++;
            return this;
        }
        read(row, cells);
        return this;
    }

    private void read(long row, List<String> cells) {
        log.rows++;
        if (!owner.placesRows(columns.office)) {
            return;
        }
        if (!log.fitsHeader(row, cells)) {
            return;
        }
        List<Problem> problems = null;
        List<Problem> officeProblems = columns.office < 0 ? List.of() : new ArrayList<>(1);
        String office = owner.officeOf(columns.office, row, cells, officeProblems);
        if (office == null) {
            log.otherOffices++;
            return;
        }
        if (!officeProblems.isEmpty()) {
            problems = officeProblems;
        }
        long stamped = Timestamps.UNREADABLE;
        String stamp = null;
        if (columns.timestamp >= 0) {
            stamp = cells.get(columns.timestamp);
            if (!stamp.isBlank()) {
                stamped = Timestamps.read(stamp);
                if (stamped == Timestamps.UNREADABLE) {
                    problems = add(problems, new Problem(Cells.cell(row, columns.timestamp), stamp,
                            Message.of("sheet.timestamp")));
                }
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
            return;
        }
        owner.assembly(office).addOptions(instrument, options);
        owner.tallied(office, instrument, options);
        log.tallied++;
        if (stamped != Timestamps.UNREADABLE) {
            // rows of one office come in runs: its span is kept at hand
            if (!office.equals(datesOffice)) {
                datesOffice = office;
                datesSpan = dates.computeIfAbsent(office, o -> new DateSpan());
            }
            datesSpan.add(stamp, stamped);
        }
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
