package org.itascore.table;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.itascore.FiscalYear;
import org.itascore.InvalidInputException;

/**
 * The fiscal years a form's answers were time-stamped in, read from the sheets' timestamp columns before the
 * sheets are imported: what lets the fiscal year be left out when every answer falls in one
 * ({@link SheetsRequest.Builder#timestamps}). A timestamp column is found by its header ({@code ประทับเวลา},
 * {@code Timestamp}); a timestamp is read as the import reads it, day or month first as the sheet tells. Not
 * thread-safe.
 *
 * <pre>{@code
 * TimestampYears years = TimestampYears.create();
 * SheetFiles.readTimestamps(years, "iit.csv", iitBytes);   // ita-csv pushes each sheet's rows
 * SheetsRequest request = SheetsRequest.builder(editions).sheets(true, true, true).timestamps(years).build();
 * }</pre>
 */
public final class TimestampYears {

    private final DateSpan span = new DateSpan();
    private long stamps;

    private TimestampYears() {
    }

    /** {@return an empty record of years} */
    public static TimestampYears create() {
        return new TimestampYears();
    }

    /**
     * Opens a sheet: its timestamp column is found by its header.
     *
     * @param headers the sheet's header row
     * @return where to push the sheet's rows; rows of a sheet without a timestamp column are passed over
     */
    public Rows sheet(List<String> headers) {
        requireNonNull(headers, "headers");
        int column = -1;
        for (int c = 0; c < headers.size() && column < 0; c++) {
            if (HeaderText.TIMESTAMPS.contains(HeaderText.key(headers.get(c)))) {
                column = c;
            }
        }
        DateSpan own = new DateSpan();
        int at = column;
        return new Rows() {
            @Override
            public void row(List<String> cells) {
                if (at < 0 || at >= cells.size() || cells.get(at).isBlank()) {
                    return;
                }
                long read = Timestamps.read(cells.get(at));
                if (read != Timestamps.UNREADABLE) {
                    own.add(cells.get(at), read);
                    stamps++;
                }
            }

            @Override
            public void end() {
                span.addAll(own);
            }
        };
    }

    /** Where a sheet's rows are pushed. */
    public interface Rows {
        /**
         * Reads a row's timestamp.
         *
         * @param cells the row's cells
         */
        void row(List<String> cells);

        /** Ends the sheet: its dates count once its order of day and month is told. */
        void end();
    }

    /** {@return the number of answers in each fiscal year (B.E.), in order} */
    public SortedMap<Integer, Long> fiscalYears() {
        return span.fiscalYears();
    }

    /** {@return the timestamps read} */
    public long count() {
        return stamps;
    }

    /**
     * {@return the fiscal year every timestamp falls in, when there are timestamps and they fall in one}
     *
     * @throws InvalidInputException never; a year outside the library's range is no fiscal year and gives empty
     */
    public Optional<FiscalYear> single() {
        SortedMap<Integer, Long> years = fiscalYears();
        if (years.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(FiscalYear.of(years.firstKey()));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
