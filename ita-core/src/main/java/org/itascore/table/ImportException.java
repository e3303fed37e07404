package org.itascore.table;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.itascore.InvalidInputException;

/**
 * An import refused: the problems of each sheet, each located at its row and column ({@link Cells}). Nothing
 * is scored from sheets with problems unless bad rows are skipped on request
 * ({@link TableImport.Builder#skipBadRows}).
 */
public final class ImportException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /** The sheets with problems; an immutable list. */
    private final transient ImmutableList<SheetReport> sheets;

    ImportException(List<SheetReport> sheets) {
        super(sheets.stream().flatMap(s -> s.problems().stream()).toList(),
                sheets.stream().mapToLong(SheetReport::omitted).sum());
        this.sheets = ImmutableList.copyOf(sheets);
    }

    /** {@return the sheets with problems, each with its problems} */
    public ImmutableList<SheetReport> sheets() {
        return sheets;
    }
}
