package org.itascore.csv;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.table.Cells;
import org.itascore.table.ChecklistSheet;
import org.itascore.table.ResponseSheet;
import org.itascore.table.TableImport;

/**
 * Reads a sheet, CSV or XLSX, told apart by its first bytes, and pushes its rows into a {@link TableImport}
 * one at a time, in constant memory for any number of rows.
 *
 * <ul>
 *   <li><b>CSV</b> is read with FastCSV: UTF-8 with or without a byte order mark, RFC 4180 quoting (a quoted
 *       cell may hold commas and line breaks), CRLF or LF, its cells separated by commas, semicolons or tabs, told
 *       from the header row and the first rows (a file read alike two ways is refused, naming both). The first record is the header row; blank lines are
 *       passed over and still counted, so a row number is the record's place in the file. Cells per row, characters
 *       per cell and per row are bounded ({@code CsvLimits}), each bound named at its row; a byte that is not UTF-8
 *       is named at the row that holds it.</li>
 *   <li><b>XLSX</b>: its first sheet as a stream of rows, read as hostile input ({@link XlsxRows}: every size the
 *       file states bounded, no DTD): a date-formatted cell is read as {@code yyyy-MM-dd HH:mm:ss}, a number as its
 *       plain digits. A stream is first copied to a temporary file, bounded as a file is, since a workbook is a zip
 *       read from its end.</li>
 * </ul>
 *
 * <p>A file that is not a table (UTF-16, TIS-620 or another encoding than UTF-8, an Excel 97-2003
 * workbook, a malformed quote) is recorded as the sheet's problem with {@link TableImport#refuse}, with how to
 * save it right, and read no further. Thread-safe: it keeps no state.
 */
public final class SheetFiles {

    private static final int SNIFF = 64 * 1024;

    private SheetFiles() {
    }

    /**
     * Reads a responses export into an import.
     *
     * @param in the import
     * @param instrument IIT or EIT
     * @param name the sheet's name as the user gave it (a file name), for messages
     * @param bytes the file's bytes; read to the end, not closed
     * @throws UncheckedIOException if the bytes cannot be read
     */
    public static void readResponses(TableImport in, Instrument instrument, String name, InputStream bytes) {
        requireNonNull(instrument, "instrument");
        read(in, name, bytes, headers -> {
            ResponseSheet sheet = in.responses(instrument, name, headers);
            return sheet::row;
        });
    }

    /**
     * Reads an OIT checklist sheet into an import.
     *
     * @param in the import
     * @param name the sheet's name as the user gave it (a file name), for messages
     * @param bytes the file's bytes; read to the end, not closed
     * @throws UncheckedIOException if the bytes cannot be read
     */
    public static void readChecklist(TableImport in, String name, InputStream bytes) {
        read(in, name, bytes, headers -> {
            ChecklistSheet sheet = in.checklist(name, headers);
            return sheet::row;
        });
    }

    /**
     * Reads the timestamps of a responses export, before it is imported, to take the fiscal year from them. A file
     * that cannot be read as a table adds nothing: its import says why.
     *
     * @param years the years read so far
     * @param name the sheet's name, for messages
     * @param bytes the file's bytes; read to the end, not closed
     * @throws UncheckedIOException if the bytes cannot be read
     */
    public static void readTimestamps(org.itascore.table.TimestampYears years, String name, InputStream bytes) {
        requireNonNull(years, "years");
        org.itascore.table.TimestampYears.Rows[] sheet = {null};
        new Reading(name, problem -> { }).read(bytes, headers -> {
            sheet[0] = years.sheet(headers);
            return (index, cells) -> sheet[0].row(cells);
        });
        if (sheet[0] != null) {
            sheet[0].end();
        }
    }

    /**
     * Tells a JSON document from a sheet by its first bytes: whether its first character past a byte order mark
     * and white space is a brace. What lets an OIT checklist be given as a sheet or as JSON (format 3) in the
     * same place.
     *
     * @param start the file's first bytes, or all of them
     * @return whether it is a JSON object
     */
    public static boolean isJsonObject(byte[] start) {
        int i = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < start.length && (start[i] == ' ' || start[i] == '\n' || start[i] == '\r' || start[i] == '\t')) {
            i++;
        }
        return i < start.length && start[i] == '{';
    }

    /**
     * {@return whether a file's first bytes look like a sheet rather than JSON: an XLSX or XLS workbook, or a first
     * line of cells (a comma, semicolon or tab) that does not start as JSON does}; what lets a front end tell a user who
     * gave a sheet where a JSON document is read which options take sheets
     *
     * @param start the file's first bytes, or all of them
     */
    public static boolean looksLikeSheet(byte[] start) {
        if (starts(start, 0x50, 0x4B, 0x03, 0x04) || starts(start, 0xD0, 0xCF, 0x11, 0xE0)) {
            return true;
        }
        int i = starts(start, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < start.length && Character.isWhitespace(start[i])) {
            i++;
        }
        if (i < start.length && (start[i] == '[' || start[i] == '{' || start[i] == '"')) {
            return false;
        }
        for (int j = i; j < start.length && start[j] != '\n'; j++) {
            if (start[j] == ',' || start[j] == '\t' || start[j] == ';') {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a sheet's header row only, to propose its mapping.
     *
     * @param name the sheet's name, for messages
     * @param bytes the file's bytes; not closed
     * @return the header row
     * @throws InvalidInputException if the file is not a table, naming how to save it right
     * @throws UncheckedIOException if the bytes cannot be read
     */
    public static List<String> headers(String name, InputStream bytes) {
        List<String> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new Reading(name, problems::add).read(bytes, headers -> {
            found.addAll(headers);
            return null;
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(found);
    }

    /**
     * Reads a cohort kept as a sheet, one row per office and fiscal year, into a cohort being built: its columns
     * and rows are read by the core's {@link org.itascore.table.CohortSheet}.
     *
     * @param builder the cohort being built
     * @param editions the editions the rows are resolved in
     * @param name the sheet's name, for messages
     * @param bytes the file's bytes; read to the end, not closed
     * @throws InvalidInputException if the file is not a table, or its header row lacks a required column, each
     *     problem located at the sheet's cells ({@link org.itascore.table.Cells}); a strict builder's refusal of a row
     * @throws UncheckedIOException if the bytes cannot be read
     */
    public static void readCohort(org.itascore.cohort.CohortBuilder builder, org.itascore.edition.Editions editions,
            String name, InputStream bytes) {
        requireNonNull(builder, "builder");
        requireNonNull(editions, "editions");
        List<Problem> problems = new ArrayList<>();
        new Reading(name, problems::add).read(bytes, headers -> {
            org.itascore.table.CohortSheet sheet = org.itascore.table.CohortSheet.of(editions, headers);
            return (index, cells) -> sheet.add(builder, cells);
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Reads a cohort from a file that is either JSON (format 6: an array, or NDJSON) or a sheet (CSV or XLSX), told
     * apart by its first bytes: JSON when it starts with {@code [} or <code>{</code>, a sheet when it is a workbook or
     * its first line has cells (a comma, tab or semicolon), JSON otherwise, whose reader then says what a cohort is.
     * The one place that chooses, for every front end that takes a cohort file.
     *
     * @param builder the cohort being built
     * @param editions the editions a sheet's rows are resolved in
     * @param name the file's name, for messages
     * @param bytes the file's bytes; read to the end, not closed
     * @param json the reader of JSON cohorts (ita-json's), given the stream and the builder
     * @return the cohort
     * @throws InvalidInputException as the JSON reader or {@link #readCohort} refuses the file
     * @throws UncheckedIOException if the bytes cannot be read
     */
    public static org.itascore.cohort.CohortResult readCohortFile(org.itascore.cohort.CohortBuilder builder,
            org.itascore.edition.Editions editions, String name, InputStream bytes,
            java.util.function.BiFunction<InputStream, org.itascore.cohort.CohortBuilder, org.itascore.cohort.CohortResult> json) {
        BufferedInputStream in = new BufferedInputStream(requireNonNull(bytes, "bytes"), SNIFF);
        byte[] start;
        try {
            in.mark(SNIFF);
            start = in.readNBytes(SNIFF);
            in.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int i = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < start.length && Character.isWhitespace(start[i])) {
            i++;
        }
        if (i < start.length && (start[i] == '[' || start[i] == '{')) {
            return json.apply(in, builder);
        }
        // a sheet is a workbook (a zip) or a first line of cells; anything else (null, 42, "text") is left to the
        // JSON reader, which says what a cohort document is
        if (!looksLikeSheet(start)) {
            return json.apply(in, builder);
        }
        readCohort(builder, editions, name, in);
        return builder.build();
    }

    /**
     * Reads a sheet's header row and its first rows: what a person mapping its columns looks at.
     *
     * @param name the sheet's name, for messages
     * @param bytes the file's bytes; read to the end, not closed
     * @param rows how many data rows to keep, at most
     * @return the header row and up to {@code rows} data rows, as the cells' text
     * @throws InvalidInputException if the file is not a table, naming how to save it right
     * @throws UncheckedIOException if the bytes cannot be read
     */
    public static SheetPreview preview(String name, InputStream bytes, int rows) {
        List<String> headers = new ArrayList<>();
        List<List<String>> sample = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new Reading(name, problems::add).read(bytes, found -> {
            headers.addAll(found);
            return (index, cells) -> {
                if (sample.size() < rows) {
                    sample.add(List.copyOf(cells));
                }
            };
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SheetPreview(headers, sample);
    }

    private static void read(TableImport in, String name, InputStream bytes, Function<List<String>, RowSink> open) {
        requireNonNull(in, "in");
        requireNonNull(name, "name");
        requireNonNull(bytes, "bytes");
        new Reading(name, problem -> in.refuse(name, problem)).read(bytes, open);
    }

    /** Where a row's cells go. */
    @FunctionalInterface
    interface RowSink {
        void row(long index, List<String> cells);
    }

    /** One reading of one file: finds its format and pushes its rows, or records why it cannot. */
    private static final class Reading {
        private final String name;
        private final java.util.function.Consumer<Problem> refuse;

        Reading(String name, java.util.function.Consumer<Problem> refuse) {
            this.name = name;
            this.refuse = refuse;
        }

        void read(InputStream raw, Function<List<String>, RowSink> open) {
            BufferedInputStream in = new BufferedInputStream(raw, SNIFF);
            byte[] head;
            try {
                in.mark(SNIFF);
                head = in.readNBytes(SNIFF);
                in.reset();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (starts(head, 0x50, 0x4B, 0x03, 0x04)) {
                xlsx(in, open);
            } else if (starts(head, 0xD0, 0xCF, 0x11, 0xE0)) {
                // a password-protected .xlsx is an OLE2 file too, holding an EncryptionInfo stream
                refuse.accept(whole(Message.of(contains(head, "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE))
                        ? "csv.xlsxEncrypted" : "csv.xls")));
            } else if (starts(head, 0xFF, 0xFE, 0x00, 0x00) || starts(head, 0x00, 0x00, 0xFE, 0xFF)) {
                refuse.accept(whole(Message.of("csv.utf32")));
            } else if (starts(head, 0xFF, 0xFE) || starts(head, 0xFE, 0xFF)) {
                refuse.accept(whole(Message.of("csv.utf16")));
            } else {
                Message encoding = Encodings.wide(head);
                if (encoding == null) {
                    encoding = Encodings.problem(head, head.length < SNIFF);
                }
                if (encoding != null) {
                    refuse.accept(whole(encoding));
                    return;
                }
                boolean bom = starts(head, 0xEF, 0xBB, 0xBF);
                Delimiters.Choice delimiter = Delimiters.choose(head, bom ? 3 : 0, head.length < SNIFF);
                if (delimiter.problem() != null) {
                    refuse.accept(delimiter.problem());
                    return;
                }
                csv(in, bom, delimiter.delimiter(), open);
            }
        }

        private Problem whole(Message rule) {
            return new Problem(ProblemKind.INVALID, Location.ROOT, null, rule);
        }

        private void csv(BufferedInputStream in, boolean bom, char delimiter, Function<List<String>, RowSink> open) {
            long index = 0;
            try {
                if (bom) {
                    in.skipNBytes(3);
                }
                CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(false)
                        .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                        // a character after a closing quote is refused: FastCSV's default, its switch deprecated
                        .allowUnclosedQuote(false)
                        .maxBufferSize(CsvLimits.BUFFER)
                        .build(CsvLimits.records(), new Utf8Text(in));
                RowSink sink = null;
                for (CsvRecord record : csv) {
                    List<String> fields = record.getFields();
                    if (sink == null) {
                        sink = open.apply(fields);
                        if (sink == null) {
                            return;
                        }
                    } else if (fields.size() > 1 || !fields.get(0).isEmpty()) {
                        sink.row(index, fields);
                    }
                    index++;
                }
                if (sink == null) {
                    refuse.accept(whole(Message.of("csv.empty")));
                }
            } catch (CsvParseException e) {
                refuse.accept(new Problem(ProblemKind.INVALID, Cells.row(index), null, CsvLimits.rule(e)));
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    refuse.accept(new Problem(ProblemKind.INVALID, Cells.row(index), null, Encodings.NOT_UTF8));
                } else {
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void xlsx(InputStream in, Function<List<String>, RowSink> open) {
            Path copy = null;
            try {
                copy = Files.createTempFile("ita-sheet-", ".xlsx");
                // a stream is copied with the bound a file has: standard input is no way around it
                try (java.io.OutputStream out = Files.newOutputStream(copy)) {
                    in.transferTo(new java.io.FilterOutputStream(out) {
                        private long written;

                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            written += len;
                            if (written > XlsxRows.MAX_FILE) {
                                throw new TooLarge();
                            }
                            out.write(b, off, len);
                        }
                    });
                } catch (TooLarge e) {
                    refuse.accept(whole(Message.of("csv.xlsxLimit", Message.of("term.xlsx.file"), XlsxRows.MAX_FILE >> 20)));
                    return;
                }
                XlsxRows.read(copy, open, refuse);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (copy != null) {
                    try {
                        Files.deleteIfExists(copy);
                    } catch (IOException e) {
                        copy.toFile().deleteOnExit();
                    }
                }
            }
        }
    }

    /** A copy beyond its bound. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null);
        }
    }

    /** {@return whether bytes contain a run of bytes} */
    private static boolean contains(byte[] head, byte[] run) {
        outer:
        for (int i = 0; i + run.length <= head.length; i++) {
            for (int j = 0; j < run.length; j++) {
                if (head[i + j] != run[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean starts(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether bytes are UTF-8 and, when not, what they look like. */
    static final class Encodings {
        static final Message NOT_UTF8 = Message.of("csv.notUtf8FromRow");

        private Encodings() {
        }

        /**
         * {@return the problem of text in UTF-16 or UTF-32 saved without its byte order mark, or null}: a NUL byte is
         * never in a sheet's text, and such files are full of them (every ASCII character in UTF-16, three bytes of four
         * in UTF-32), at one position of every two or four
         */
        static Message wide(byte[] head) {
            int[] zeros = new int[4];
            int total = 0;
            for (int i = 0; i < head.length; i++) {
                if (head[i] == 0) {
                    zeros[i % 4]++;
                    total++;
                }
            }
            if (head.length < 8 || total * 10 < head.length) {
                return null;
            }
            int quarter = head.length / 4;
            int full = 0;
            for (int z : zeros) {
                full += z * 10 >= quarter * 9 ? 1 : 0;
            }
            if (full >= 2 && total * 10 >= head.length * 6) {
                return Message.of("csv.utf32");
            }
            boolean odd = zeros[1] + zeros[3] > 4 * (zeros[0] + zeros[2]);
            boolean even = zeros[0] + zeros[2] > 4 * (zeros[1] + zeros[3]);
            return odd || even ? Message.of("csv.utf16") : Message.of("csv.notUtf8");
        }

        /**
         * {@return the problem of a file that is not UTF-8, or null when its first bytes are UTF-8 or are UTF-8 text
         * up to a damaged byte (named at its row when the rows are read)}
         */
        static Message problem(byte[] head, boolean whole) {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.wrap(head);
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(head.length + 1);
            java.nio.charset.CoderResult result = utf8.decode(bytes, chars, whole);
            if (!result.isError() && !(whole && bytes.hasRemaining())) {
                return null;
            }
            // Thai or other text already read as UTF-8 before the first bad byte: a UTF-8 file with a damaged row,
            // which the row reader names, rather than a file in another encoding
            for (int i = 0; i < chars.position(); i++) {
                if (chars.get(i) > 0x7F && chars.get(i) != '\uFEFF') {
                    return null;
                }
            }
            // Thai in TIS-620 is mostly consonants (0xA1-0xCE), every byte within 0xA1-0xFB; Latin-1 letters with
            // accents, also within that range, are mostly 0xC0-0xFF and never consonants of Thai text's share
            int thai = 0;
            int consonants = 0;
            int high = 0;
            for (byte b : head) {
                int v = b & 0xFF;
                if (v >= 0x80) {
                    high++;
                    thai += v >= 0xA1 && v <= 0xFB ? 1 : 0;
                    consonants += v >= 0xA1 && v <= 0xCE ? 1 : 0;
                }
            }
            if (high > 0 && thai * 10 >= high * 9 && consonants * 5 >= high * 2) {
                return Message.of("csv.tis620");
            }
            return Message.of("csv.notUtf8");
        }
    }
}
