package org.itascore.render;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal, Thai included (see {@link TextWidth}). Cells are
 * made safe to print ({@link SafeText}): a name cannot break a row or forge a line.
 * Numeric columns are right-aligned.
 */
public final class Table {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Starts a table. Not thread-safe: build and render it in one thread.
     *
     * @param headers the column headers
     * @param rightAligned for each column in turn, whether it is right-aligned (numbers); columns past the
     *     end are left-aligned
     */
    public Table(List<String> headers, boolean... rightAligned) {
        this.headers = headers;
        this.rightAligned = rightAligned;
    }

    /**
     * {@return this table, with one more row}
     *
     * @param cells the row's cells, one per column
     */
    public Table row(List<String> cells) {
        rows.add(cells.stream().map(SafeText::of).toList());
        return this;
    }

    /** {@return the table as lines of text, each ending with a newline} */
    public String render() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = TextWidth.of(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], TextWidth.of(row.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            boolean right = c < rightAligned.length && rightAligned[c];
            line.append(c == 0 ? "" : "  ")
                    .append(right ? TextWidth.padLeft(cells.get(c), widths[c]) : TextWidth.padRight(cells.get(c), widths[c]));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
