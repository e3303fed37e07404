package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.itascore.Message;
import org.itascore.Problem;

/**
 * What became of one sheet's rows, and its problems. In an {@link ImportException} the problems are those that
 * stopped the import; in an {@link ImportResult} they are those of the rows skipped on request. Each problem's
 * location is a row and a column ({@link Cells}); the headers let a front end print a column as its header.
 *
 * @param source the sheet's name as the user gave it (a file name)
 * @param headers the sheet's header row
 * @param rows the rows read below the header
 * @param tallied the rows tallied, or for a checklist the items read
 * @param skipped the rows left out because of their problems, on request
 * @param otherOffices the rows of offices other than the one being read
 * @param problems the problems, up to {@link org.itascore.InvalidInputException#MAX_PROBLEMS}
 * @param omitted how many more problems were found than listed
 * @param notes what the reading decided that the user is told, such as columns mapped by the form's order
 */
public record SheetReport(String source, ImmutableList<String> headers, long rows, long tallied, long skipped,
        long otherOffices, ImmutableList<Problem> problems, long omitted, ImmutableList<Message> notes) {

    /**
     * Creates a report.
     *
     * @param source the sheet's name
     * @param headers the header row
     * @param rows the rows read
     * @param tallied the rows tallied
     * @param skipped the rows skipped
     * @param otherOffices the rows of other offices
     * @param problems the problems listed
     * @param omitted how many more were found
     * @param notes what the user is told
     */
    public SheetReport {
        requireNonNull(source, "source");
        headers = ImmutableList.copyOf(headers);
        problems = ImmutableList.copyOf(problems);
        notes = ImmutableList.copyOf(notes);
    }

    /**
     * {@return the header of a column, or empty text when the sheet has no such column}
     *
     * @param column the column index, from 0
     */
    public String header(int column) {
        return column >= 0 && column < headers.size() ? headers.get(column) : "";
    }
}
