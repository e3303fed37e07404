package org.itascore.table;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.itascore.Language;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;

/**
 * Prints where a problem of a sheet is, as a spreadsheet user looks for it: {@code row 5, column C “2. ท่าน...”},
 * the header row as {@code row 1 (the header)}, an office's problem as {@code office “name”}, in the words of the
 * message catalogue ({@code text.place*}). Thread-safe.
 */
public final class CellPlaces {

    private static final int HEADER_SHOWN = 40;

    private CellPlaces() {
    }

    /**
     * {@return the place of a problem of a sheet, without the file's name; empty text for the whole sheet}
     *
     * @param sheet the sheet, for its headers
     * @param problem a problem of it
     * @param language the reader's language
     */
    public static String of(SheetReport sheet, Problem problem, Language language) {
        requireNonNull(sheet, "sheet");
        Location at = problem.location();
        if (!at.isRoot() && at.segments().get(0) instanceof Location.Property office) {
            return Message.of("text.placeOffice", office.name()).text(language);
        }
        OptionalLong row = Cells.row(at);
        if (row.isEmpty()) {
            return "";
        }
        String rowText = Message.of(row.getAsLong() == 0 ? "text.placeHeaderRow" : "text.placeRow", row.getAsLong() + 1)
                .text(language);
        OptionalInt column = Cells.column(at);
        if (column.isEmpty()) {
            return rowText;
        }
        int c = column.getAsInt();
        String header = shorten(sheet.header(c));
        return (header.isEmpty() ? Message.of("text.placeColumn", rowText, Cells.letter(c))
                : Message.of("text.placeColumnHeader", rowText, Cells.letter(c), header)).text(language);
    }

    private static String shorten(String header) {
        String oneLine = header.replaceAll("[\\s\\u00A0]+", " ").strip();
        return oneLine.codePointCount(0, oneLine.length()) <= HEADER_SHOWN ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, HEADER_SHOWN - 1)) + "…";
    }
}
