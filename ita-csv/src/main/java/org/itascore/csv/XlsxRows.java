package org.itascore.csv;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.table.Cells;

/**
 * The first sheet of an XLSX workbook as rows of text, read as hostile input: the zip's entries bounded in number,
 * size and compression ratio before they are inflated; its four XML parts (workbook, its relationships, shared
 * strings, styles) and the sheet read with the JDK's StAX parser with DTDs and external entities off; every number
 * the file states (a shared string's index, a column or row, a number's digits, a cell's length) checked against a
 * bound before it is used. A workbook that breaks a bound or is not well-formed is refused as the sheet's problem, at
 * the cell where it is known. The sheet is streamed; the shared strings are held, within their bound.
 *
 * <p>Why not a library: fastexcel-reader, used before, crashed on malformed workbooks in four ways (an index out of
 * bounds, a null pointer, a date out of range, its XML parser's unchecked exception) and let 6 KB files allocate
 * gigabytes (a shared-string index of 2147483647, a column ZZZZZZ, a number 1e999999999), with no way to bound it
 * from outside. Apache POI's event API is safe but would bring XMLBeans and some 15 MB to a module that reads one
 * sheet. Reading the sheet needs these four parts and the JDK's own XML parser.
 */
final class XlsxRows {

    /** The largest workbook read, as a file or a stream. */
    static final long MAX_FILE = 128L << 20;
    /** The most entries a workbook's zip may hold. */
    static final int MAX_ENTRIES = 10_000;
    /** The most bytes one part may inflate to. */
    static final long MAX_PART = 256L << 20;
    /** The most a part beyond 1 MiB may inflate per compressed byte: a zip bomb inflates thousands of times. */
    static final long MAX_RATIO = 100;
    /** The most shared strings, and their characters in all. */
    static final int MAX_SHARED_STRINGS = 2_000_000;
    static final long MAX_SHARED_CHARS = 64L << 20;
    /** A cell's most characters, as Excel allows. */
    static final int MAX_CELL = 32_767;
    /** Excel's last column (XFD) and row. */
    static final int MAX_COLUMNS = 16_384;
    static final long MAX_ROWS = 1_048_576;
    /** A number's most characters as written. */
    static final int MAX_NUMBER = 64;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Excel's built-in number formats that are dates or times. */
    private static final java.util.Set<Integer> DATE_FORMATS = java.util.Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29,
            30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81);

    private XlsxRows() {
    }

    /** A bound broken or a part not well-formed: the workbook's problem, where it is known. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        Refused(Location at, String value, Message rule) {
            super(null, null, false, false);
            this.problem = new Problem(ProblemKind.INVALID, at, value, rule);
        }
    }

    /**
     * Reads the first sheet. The file is a copy the reader made, so an I/O error reading it is the workbook's
     * fault (a zip that is not one), refused like any other unreadable workbook.
     */
    static void read(Path file, Function<List<String>, SheetFiles.RowSink> open, Consumer<Problem> refuse) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, ZipEntry> entries = entries(zip);
            String sheet = firstSheet(zip, entries);
            List<String> shared = entries.containsKey("xl/sharedStrings.xml") ? sharedStrings(zip, entries.get("xl/sharedStrings.xml"))
                    : List.of();
            boolean[] dateStyles = entries.containsKey("xl/styles.xml") ? dateStyles(zip, entries.get("xl/styles.xml")) : new boolean[0];
            ZipEntry entry = entries.get(sheet);
            if (entry == null) {
                throw unreadable();
            }
            new SheetReading(shared, dateStyles, open).read(part(zip, entry));
        } catch (Refused e) {
            refuse.accept(e.problem);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // a zip that is not one (ZipException), an entry name that is not UTF-8, a reader left in a state the part
            // did not allow: the workbook's fault, since the file is the reader's own copy
            refuse.accept(unreadable().problem);
        }
    }

    private static Refused unreadable() {
        return new Refused(Location.ROOT, null, Message.of("csv.xlsxUnreadable"));
    }

    private static Map<String, ZipEntry> entries(ZipFile zip) throws Refused {
        Map<String, ZipEntry> out = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            if (out.size() >= MAX_ENTRIES) {
                throw new Refused(Location.ROOT, null, Message.of("csv.xlsxLimit", Message.of("term.xlsx.entries"), MAX_ENTRIES));
            }
            ZipEntry e = all.nextElement();
            out.put(e.getName(), e);
        }
        return out;
    }

    /** {@return a part's bytes as a stream that refuses to inflate beyond the bounds} */
    private static InputStream part(ZipFile zip, ZipEntry entry) throws IOException {
        long compressed = Math.max(1, entry.getCompressedSize());
        return new java.io.FilterInputStream(zip.getInputStream(entry)) {
            private long read;

            private void count(long n) throws IOException {
                read += n;
                if (read > MAX_PART || read > (1L << 20) && read > compressed * MAX_RATIO) {
                    throw new PartTooLarge();
                }
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }
        };
    }

    /** A part inflating beyond its bound, told apart from other read errors. */
    private static final class PartTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        PartTooLarge() {
            super(null, null);
        }
    }

    /** {@return a StAX reader of a part: the JDK's own parser, no DTD, no external entity, no other implementation} */
    private static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // not coalescing: a text arrives in pieces, so a cell past its bound is stopped before it is whole
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory.createXMLStreamReader(in);
    }

    /** Runs a step over a part's XML, turning every way it can break into the workbook's refusal. */
    private interface XmlStep<T> {
        T run(XMLStreamReader r) throws XMLStreamException, Refused;
    }

    private static <T> T parse(ZipFile zip, ZipEntry entry, XmlStep<T> step) throws Refused {
        try (InputStream in = part(zip, entry)) {
            XMLStreamReader r = xml(in);
            try {
                return step.run(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw e.getNestedException() instanceof PartTooLarge ? tooLarge() : unreadable();
        } catch (PartTooLarge e) {
            throw tooLarge();
        } catch (IOException e) {
            throw unreadable();
        }
    }

    private static Refused tooLarge() {
        return new Refused(Location.ROOT, null, Message.of("csv.xlsxLimit", Message.of("term.xlsx.part"), MAX_PART >> 20));
    }

    /** {@return the path of the workbook's first sheet, from the workbook and its relationships} */
    private static String firstSheet(ZipFile zip, Map<String, ZipEntry> entries) throws Refused {
        ZipEntry workbook = entries.get("xl/workbook.xml");
        ZipEntry rels = entries.get("xl/_rels/workbook.xml.rels");
        if (workbook == null || rels == null) {
            throw unreadable();
        }
        String id = parse(zip, workbook, r -> {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.DTD) {
                    throw unreadable();
                }
                if (r.isStartElement() && r.getLocalName().equals("sheet")) {
                    return r.getAttributeValue(RELATIONSHIPS, "id");
                }
            }
            return null;
        });
        if (id == null) {
            throw new Refused(Location.ROOT, null, Message.of("csv.emptyWorkbook"));
        }
        String target = parse(zip, rels, r -> {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.DTD) {
                    throw unreadable();
                }
                if (r.isStartElement() && r.getLocalName().equals("Relationship") && id.equals(r.getAttributeValue(null, "Id"))) {
                    return r.getAttributeValue(null, "Target");
                }
            }
            return null;
        });
        if (target == null) {
            throw unreadable();
        }
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    /** {@return the shared strings, within their bounds} */
    private static List<String> sharedStrings(ZipFile zip, ZipEntry entry) throws Refused {
        return parse(zip, entry, r -> {
            List<String> out = new ArrayList<>();
            StringBuilder text = null;
            boolean inText = false;
            boolean phonetic = false;
            long chars = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw unreadable();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> text = new StringBuilder();
                        case "t" -> inText = text != null && !phonetic;
                        case "rPh" -> phonetic = true;
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> {
                            if (out.size() >= MAX_SHARED_STRINGS) {
                                throw new Refused(Location.ROOT, null, Message.of("csv.xlsxLimit",
                                        Message.of("term.xlsx.sharedStrings"), MAX_SHARED_STRINGS));
                            }
                            out.add(text == null ? "" : text.toString());
                            text = null;
                        }
                        case "t" -> inText = false;
                        case "rPh" -> phonetic = false;
                        default -> { }
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    chars += r.getTextLength();
                    if (chars > MAX_SHARED_CHARS || text.length() + r.getTextLength() > MAX_CELL) {
                        throw new Refused(Location.ROOT, null, Message.of("csv.xlsxLimit", Message.of("term.xlsx.cell"), MAX_CELL));
                    }
                    text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw unreadable();
                }
            }
            return List.copyOf(out);
        });
    }

    /** {@return for each cell style (by index), whether it shows a number as a date or time} */
    private static boolean[] dateStyles(ZipFile zip, ZipEntry entry) throws Refused {
        return parse(zip, entry, r -> {
            Map<Integer, String> custom = new HashMap<>();
            List<Boolean> styles = new ArrayList<>();
            boolean inCellXfs = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw unreadable();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "numFmt" -> custom.put(integer(r.getAttributeValue(null, "numFmtId"), -1),
                                String.valueOf(r.getAttributeValue(null, "formatCode")));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                if (styles.size() >= MAX_COLUMNS * 4) {
                                    throw unreadable();
                                }
                                int id = integer(r.getAttributeValue(null, "numFmtId"), 0);
                                styles.add(DATE_FORMATS.contains(id) || custom.containsKey(id) && isDate(custom.get(id)));
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
            boolean[] out = new boolean[styles.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = styles.get(i);
            }
            return out;
        });
    }

    /** {@return whether a number format shows a date or time: a d, m, y or h outside quotes and brackets} */
    static boolean isDate(String format) {
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket = Math.max(0, bracket - 1);
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (bracket == 0 && "dmyhDMYH".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int integer(String text, int otherwise) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return otherwise;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return otherwise;
            }
        }
        return Integer.parseInt(text);
    }

    /** One reading of the sheet's XML: rows pushed as they end. */
    private static final class SheetReading {
        private final List<String> shared;
        private final boolean[] dateStyles;
        private final Function<List<String>, SheetFiles.RowSink> open;
        private SheetFiles.RowSink sink;
        private List<String> headers;
        private long headerRow = -1;

        SheetReading(List<String> shared, boolean[] dateStyles, Function<List<String>, SheetFiles.RowSink> open) {
            this.shared = shared;
            this.dateStyles = dateStyles;
            this.open = open;
        }

        void read(InputStream in) throws Refused, IOException {
            long lastRow = 0;
            try (in) {
                XMLStreamReader r = xml(in);
                try {
                    while (r.hasNext()) {
                        int event = r.next();
                        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                            throw unreadable();
                        }
                        if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
                            long row = rowNumber(r.getAttributeValue(null, "r"), lastRow + 1);
                            if (row <= lastRow) {
                                throw new Refused(at(row, -1), null, Message.of("csv.xlsxOrder"));
                            }
                            lastRow = row;
                            if (!row(r, row)) {
                                return;
                            }
                        }
                    }
                } finally {
                    r.close();
                }
            } catch (XMLStreamException e) {
                throw e.getNestedException() instanceof PartTooLarge ? tooLarge()
                        : new Refused(lastRow > 0 ? at(lastRow, -1) : Location.ROOT, null, Message.of("csv.xlsxUnreadable"));
            } catch (PartTooLarge e) {
                throw tooLarge();
            }
            if (headers == null) {
                throw new Refused(Location.ROOT, null, Message.of("csv.emptyWorkbook"));
            }
        }

        /** {@return where a sheet row is told: its index from the header, as a CSV row's} */
        private Location at(long row, int column) {
            long index = headerRow < 0 ? row - 1 : row - headerRow;
            return column < 0 ? Cells.row(index) : Cells.cell(index, column);
        }

        private long rowNumber(String text, long next) throws Refused {
            if (text == null) {
                return next;
            }
            long row = text.length() > 8 ? -1 : integer(text, -1);
            if (row < 1 || row > MAX_ROWS) {
                throw new Refused(Location.ROOT, text.length() > 20 ? text.substring(0, 20) + "…" : text,
                        Message.of("csv.xlsxLimit", Message.of("term.xlsx.row"), MAX_ROWS));
            }
            return row;
        }

        /** Reads a row's cells up to its end; {@return false when the reader asked for no more rows} */
        private boolean row(XMLStreamReader r, long row) throws XMLStreamException, Refused {
            List<String> cells = new ArrayList<>();
            int column = -1;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw unreadable();
                }
                if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("c")) {
                    column = column(r.getAttributeValue(null, "r"), column + 1, row);
                    String value = cell(r, row, column);
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(value);
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                    break;
                }
            }
            if (headers == null) {
                headers = cells;
                headerRow = row;
                sink = open.apply(headers);
                return sink != null;
            }
            int width = headers.size();
            while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            while (cells.size() < width) {
                cells.add("");
            }
            if (!cells.stream().allMatch(String::isEmpty)) {
                sink.row(row - headerRow, cells);
            }
            return true;
        }

        /** {@return a cell reference's column, from 0: its letters, or the next column when it gives none} */
        private int column(String ref, int next, long row) throws Refused {
            if (ref == null) {
                if (next >= MAX_COLUMNS) {
                    throw new Refused(at(row, -1), null, Message.of("csv.xlsxLimit", Message.of("term.xlsx.column"), "XFD"));
                }
                return next;
            }
            int column = 0;
            int i = 0;
            while (i < ref.length() && i < 4 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
                column = column * 26 + (ref.charAt(i) - 'A' + 1);
                i++;
            }
            if (i == 0 || column > MAX_COLUMNS || i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
                throw new Refused(at(row, -1), ref.length() > 20 ? ref.substring(0, 20) + "…" : ref,
                        Message.of("csv.xlsxLimit", Message.of("term.xlsx.column"), "XFD"));
            }
            return column - 1;
        }

        /** {@return a cell's text: a shared or inline string, a boolean, a number, or a date when its style is one} */
        private String cell(XMLStreamReader r, long row, int column) throws XMLStreamException, Refused {
            String type = r.getAttributeValue(null, "t");
            int style = integer(r.getAttributeValue(null, "s"), 0);
            StringBuilder value = new StringBuilder();
            StringBuilder inline = new StringBuilder();
            String in = null;
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw unreadable();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    in = r.getLocalName();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    in = null;
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && in != null) {
                    StringBuilder to = in.equals("v") ? value : in.equals("t") ? inline : null;
                    if (to != null) {
                        if (to.length() + r.getTextLength() > MAX_CELL) {
                            throw new Refused(at(row, column), null, Message.of("csv.xlsxLimit", Message.of("term.xlsx.cell"), MAX_CELL));
                        }
                        to.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
            }
            if (type == null || type.equals("n")) {
                return value.isEmpty() ? "" : number(value.toString().strip(), style < dateStyles.length && dateStyles[style], row, column);
            }
            return switch (type) {
                case "s" -> {
                    int index = integer(value.toString().strip(), -1);
                    if (index < 0 || index >= shared.size()) {
                        throw new Refused(at(row, column), value.length() > 20 ? value.substring(0, 20) + "…" : value.toString(),
                                Message.of("csv.xlsxSharedString", shared.size()));
                    }
                    yield shared.get(index);
                }
                case "inlineStr" -> inline.toString();
                case "b" -> value.toString().strip().equals("1") ? "TRUE" : "FALSE";
                case "e" -> "";
                default -> value.toString();
            };
        }

        /** {@return a number cell's text: its plain digits, or as a date and time when its style shows one} */
        private String number(String text, boolean date, long row, int column) throws Refused {
            BigDecimal n;
            try {
                if (text.length() > MAX_NUMBER) {
                    throw new NumberFormatException();
                }
                n = new BigDecimal(text);
                // a plain form of at most a few hundred digits: 1e999999999 would be a billion
                if (n.precision() - n.scale() > 400 || n.scale() > 400) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new Refused(at(row, column), text.length() > 20 ? text.substring(0, 20) + "…" : text,
                        Message.of("csv.xlsxNumber", MAX_NUMBER));
            }
            if (date) {
                // a serial day from 30 December 1899, as Excel counts with its 1900 leap-year bug, up to 31 December 9999
                if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(2_958_466)) >= 0) {
                    throw new Refused(at(row, column), text, Message.of("csv.xlsxDate"));
                }
                long seconds = n.multiply(BigDecimal.valueOf(86_400)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
                LocalDateTime t = LocalDate.of(1899, 12, 30).atStartOfDay().plusSeconds(seconds);
                return t.format(STAMP);
            }
            return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
        }
    }
}
