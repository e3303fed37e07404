package org.itascore.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;

/**
 * Tells a CSV file's delimiter from its header row and first rows: a comma (Google Sheets, Excel in most locales),
 * a semicolon (Excel where the comma is the decimal mark) or a tab (a copy of a sheet, "Text (Tab delimited)").
 * A delimiter fits when, outside quotes, it splits the header into two cells or more and every row seen into as many.
 * One fitting delimiter is taken; none fitting, the one giving the header the most cells (a comma when tied), so
 * that the rows' own problems are told; two fitting is ambiguous and refused, naming both readings. Looks at the
 * first bytes only: nothing is done per row. Stateless.
 */
final class Delimiters {

    /** The delimiters told apart, in order of preference when only one header cell is found. */
    private static final char[] CANDIDATES = {',', ';', '\t'};
    /** The rows below the header looked at. */
    private static final int ROWS = 20;

    private Delimiters() {
    }

    /**
     * The delimiter chosen, or the problem of a file read alike with two.
     *
     * @param delimiter the delimiter, when one is chosen
     * @param problem the ambiguity, or null
     */
    record Choice(char delimiter, Problem problem) {
    }

    /**
     * Chooses a file's delimiter.
     *
     * @param head the file's first bytes
     * @param from where the text starts in them: past a byte order mark
     * @param whole whether they are the whole file
     * @return the choice
     */
    static Choice choose(byte[] head, int from, boolean whole) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer text = CharBuffer.allocate(head.length);
        utf8.decode(ByteBuffer.wrap(head, from, head.length - from), text, true);
        text.flip();
        List<Character> fitting = new ArrayList<>();
        int[] headerCells = new int[CANDIDATES.length];
        for (int i = 0; i < CANDIDATES.length; i++) {
            int[] cells = cells(text, CANDIDATES[i], whole);
            headerCells[i] = cells.length == 0 ? 1 : cells[0];
            boolean fits = cells.length > 0 && cells[0] > 1;
            for (int r = 1; r < cells.length && fits; r++) {
                fits = cells[r] == cells[0];
            }
            if (fits) {
                fitting.add(CANDIDATES[i]);
            }
        }
        if (fitting.size() == 1) {
            return new Choice(fitting.get(0), null);
        }
        if (fitting.size() > 1) {
            char a = fitting.get(0);
            char b = fitting.get(1);
            return new Choice(a, new Problem(ProblemKind.CONFLICT, Location.ROOT, null, Message.of("csv.delimiterAmbiguous",
                    name(a), headerCells[index(a)], name(b), headerCells[index(b)])));
        }
        int best = 0;
        for (int i = 1; i < CANDIDATES.length; i++) {
            if (headerCells[i] > headerCells[best]) {
                best = i;
            }
        }
        return new Choice(CANDIDATES[best], null);
    }

    private static int index(char delimiter) {
        for (int i = 0; i < CANDIDATES.length; i++) {
            if (CANDIDATES[i] == delimiter) {
                return i;
            }
        }
        throw new IllegalArgumentException(String.valueOf(delimiter));
    }

    private static Message name(char delimiter) {
        return Message.of(switch (delimiter) {
            case ',' -> "term.delimiter.comma";
            case ';' -> "term.delimiter.semicolon";
            default -> "term.delimiter.tab";
        });
    }

    /**
     * {@return the cells of the header and of up to {@link #ROWS} rows, split by a delimiter outside quotes; blank
     * lines are passed over, and a last record the bytes may cut short is left out}
     */
    private static int[] cells(CharBuffer text, char delimiter, boolean whole) {
        List<Integer> counts = new ArrayList<>();
        boolean quoted = false;
        int cells = 1;
        boolean empty = true;
        for (int i = 0; i < text.limit() && counts.size() <= ROWS; i++) {
            char c = text.get(i);
            if (c == '"') {
                quoted = !quoted;
                empty = false;
            } else if (quoted) {
                continue;
            } else if (c == delimiter) {
                cells++;
                empty = false;
            } else if (c == '\n' || c == '\r') {
                if (!empty) {
                    counts.add(cells);
                }
                cells = 1;
                empty = true;
            } else {
                empty = false;
            }
        }
        if (!empty && whole && counts.size() <= ROWS) {
            counts.add(cells);
        }
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }
}
