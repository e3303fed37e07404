package org.itascore.table;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.itascore.Location;

/**
 * Where a problem is in a sheet. A location in a sheet is a row index and, for one cell, a column index,
 * both from 0, the header being row 0: {@code Location.ROOT.index(row).index(column)}. A front end prints it
 * as a spreadsheet user looks for it: row {@code row + 1}, column letter {@link #letter(int)}.
 */
public final class Cells {

    private Cells() {
    }

    /**
     * {@return the location of a cell}
     *
     * @param row the row index, from 0 (the header)
     * @param column the column index, from 0
     */
    public static Location cell(long row, int column) {
        return Location.ROOT.index(row).index(column);
    }

    /**
     * {@return the location of a whole row}
     *
     * @param row the row index, from 0 (the header)
     */
    public static Location row(long row) {
        return Location.ROOT.index(row);
    }

    /**
     * {@return the row index of a location in a sheet, if it has one}
     *
     * @param location a location made by this class, or the root
     */
    public static OptionalLong row(Location location) {
        return location.segments().size() >= 1 && location.segments().get(0) instanceof Location.Index i
                ? OptionalLong.of(i.index()) : OptionalLong.empty();
    }

    /**
     * {@return the column index of a location in a sheet, if it names a cell}
     *
     * @param location a location made by this class, or the root
     */
    public static OptionalInt column(Location location) {
        return location.segments().size() == 2 && location.segments().get(1) instanceof Location.Index i
                ? OptionalInt.of((int) i.index()) : OptionalInt.empty();
    }

    /**
     * Returns a column's letters as a spreadsheet shows them: 0 is A, 25 is Z, 26 is AA.
     *
     * @param column the column index, from 0
     * @return the letters
     * @throws IllegalArgumentException if the index is negative
     */
    public static String letter(int column) {
        if (column < 0) {
            throw new IllegalArgumentException("a column index is zero or more, got " + column);
        }
        StringBuilder out = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            out.append((char) ('A' + (n - 1) % 26));
        }
        return out.reverse().toString();
    }
}
