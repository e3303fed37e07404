package org.itascore.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.util.Locale;
import org.itascore.Message;

/**
 * The bounds a CSV file is read within, and the rule a file broke when FastCSV stops.
 *
 * <p>The bounds are set here, on FastCSV's reader, so that they are this project's and documented (docs/sheets.md,
 * "Limits of a sheet"); each is far above what a spreadsheet writes (Google Sheets holds 50,000 characters in a
 * cell, Excel 32,767 and 16,384 columns), so no real export meets them. FastCSV tells which bound stopped it only in
 * its exception's text; {@link #rule} reads that text and falls back to the quoting rule, and a test per bound
 * ({@code BadFilesTest}) fails if a FastCSV release words it otherwise.
 */
final class CsvLimits {

    /** Cells in a row. */
    static final int CELLS = 16_384;
    /** Characters in a cell. */
    static final int CELL = 1 << 20;
    /** Characters in a row. */
    static final int ROW = 16 << 20;
    /** Characters read ahead while one cell is still open: a cell longer than this, or a quote never closed. */
    static final int BUFFER = 4 << 20;

    private CsvLimits() {
    }

    /** {@return FastCSV's record handler with these bounds} */
    static CsvRecordHandler records() {
        return CsvRecordHandler.of(b -> b.maxFields(CELLS).maxFieldSize(CELL).maxRecordSize(ROW));
    }

    /**
     * {@return the rule a file broke where FastCSV stopped reading it}
     *
     * @param e FastCSV's refusal
     */
    static Message rule(CsvParseException e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("max field size")) {
            return Message.of("csv.cellTooLong", CELL);
        }
        if (text.contains("max record size")) {
            return Message.of("csv.rowTooLong", ROW);
        }
        if (text.contains("maximum limit of") && text.contains("fields")) {
            return Message.of("csv.tooManyCells", CELLS);
        }
        if (text.contains("maximum buffer size")) {
            return Message.of("csv.cellUnbounded", BUFFER);
        }
        return Message.of("csv.malformed");
    }
}
