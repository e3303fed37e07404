package org.itascore.csv;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A sheet's header row and its first data rows, as {@link SheetFiles#preview} read them: what a person mapping the
 * columns of a form's export looks at. Immutable.
 *
 * @param headers the header row's cells
 * @param rows the first data rows, each a list of cells (a row may be shorter than the header row)
 */
public record SheetPreview(List<String> headers, List<List<String>> rows) {

    /**
     * Creates a preview.
     *
     * @param headers the header row's cells
     * @param rows the first data rows
     */
    public SheetPreview {
        headers = List.copyOf(requireNonNull(headers, "headers"));
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * {@return the first non-blank answers in a column, at most a few, for a person to recognise the question by}
     *
     * @param column the column's index, from 0
     * @param most how many answers at most
     */
    public List<String> answers(int column, int most) {
        return rows.stream().filter(r -> column < r.size() && !r.get(column).isBlank()).map(r -> r.get(column)).distinct()
                .limit(most).toList();
    }
}
