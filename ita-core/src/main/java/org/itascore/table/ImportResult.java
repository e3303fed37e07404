package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * What an import read: each office, in the order first met, and what became of each sheet's rows (with the
 * problems of the rows skipped on request). Immutable and thread-safe; made by {@link TableImport}.
 *
 * @param offices the offices read, at least one
 * @param sheets each sheet read, in the order read
 */
public record ImportResult(ImmutableList<ImportedOffice> offices, ImmutableList<SheetReport> sheets) {

    /**
     * Creates a result.
     *
     * @param offices the offices read
     * @param sheets the sheets read
     */
    public ImportResult {
        offices = ImmutableList.copyOf(requireNonNull(offices, "offices"));
        sheets = ImmutableList.copyOf(requireNonNull(sheets, "sheets"));
    }

    /** {@return the rows skipped because of their problems, over every sheet} */
    public long skippedRows() {
        return sheets.stream().mapToLong(SheetReport::skipped).sum();
    }
}
