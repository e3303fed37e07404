package org.itascore.table;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.itascore.InvalidInputException;
import org.itascore.Message;
import org.itascore.Problem;

/** One sheet's counters and problems, bounded; what a {@link SheetReport} is made of. Not thread-safe. */
final class SheetLog {

    final String source;
    final ImmutableList<String> headers;
    final boolean skipBadRows;
    long rows;
    long tallied;
    long skipped;
    long otherOffices;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Message> notes = new ArrayList<>();
    private long omitted;
    /** Whether a problem stops the import (a header's, or a row's when rows are not skipped). */
    private boolean fatal;

    SheetLog(String source, List<String> headers, boolean skipBadRows) {
        this.source = source;
        this.headers = ImmutableList.copyOf(headers);
        this.skipBadRows = skipBadRows;
    }

    /** Records a problem of the sheet as a whole (its header, a rule across rows): never skipped. */
    void fatal(Problem problem) {
        fatal = true;
        add(problem);
    }

    /** Records the problems of a row: the row is skipped on request, else they stop the import. */
    void row(List<Problem> rowProblems) {
        if (skipBadRows) {
            skipped++;
        } else {
            fatal = true;
        }
        rowProblems.forEach(this::add);
    }

    /**
     * {@return whether a row has as many cells as the header row; when not, its problem is recorded as a row's}
     */
    boolean fitsHeader(long row, List<String> cells) {
        if (cells.size() == headers.size()) {
            return true;
        }
        row(List.of(new Problem(Cells.row(row), Integer.toString(cells.size()),
                Message.of("sheet.rowWidth", headers.size()))));
        return false;
    }

    private void add(Problem problem) {
        if (problems.size() < InvalidInputException.MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            omitted++;
        }
    }

    /** Records what the reading decided that a reader is told (a mapping by the form's order). */
    void note(Message note) {
        notes.add(note);
    }

    boolean fatal() {
        return fatal;
    }

    SheetReport report() {
        return new SheetReport(source, headers, rows, tallied, skipped, otherOffices, ImmutableList.copyOf(problems), omitted,
                ImmutableList.copyOf(notes));
    }
}
