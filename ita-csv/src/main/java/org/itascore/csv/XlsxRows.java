package org.itascore.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;

/** The first sheet of an XLSX workbook as rows of text, streamed with fastexcel-reader. */
final class XlsxRows {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private XlsxRows() {
    }

    /**
     * Reads the first sheet. The file is a copy the reader made, so an I/O error reading it is the workbook's
     * fault (a zip that is not one), refused like any other unreadable workbook.
     */
    static void read(Path file, Function<List<String>, SheetFiles.RowSink> open, Consumer<Problem> refuse) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                refuse.accept(new Problem(ProblemKind.INVALID, Location.ROOT, null, Message.of("csv.emptyWorkbook")));
                return;
            }
            Row first = it.next();
            List<String> headers = cells(first, 0);
            SheetFiles.RowSink sink = open.apply(headers);
            if (sink == null) {
                return;
            }
            int width = headers.size();
            long headerIndex = first.getRowNum() - 1L;
            while (it.hasNext()) {
                Row row = it.next();
                List<String> cells = cells(row, width);
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                sink.row(row.getRowNum() - 1L - headerIndex, cells);
            }
        } catch (IOException | java.io.UncheckedIOException | ExcelReaderException | IllegalStateException | IllegalArgumentException e) {
            refuse.accept(new Problem(ProblemKind.INVALID, Location.ROOT, null,
                    Message.of("csv.xlsxUnreadable")));
        }
    }

    /**
     * {@return a row's cells as text, at least {@code width} of them (a workbook does not store empty cells),
     * empty cells past the width left out}
     */
    private static List<String> cells(Row row, int width) {
        int count = row.getCellCount();
        List<String> out = new ArrayList<>(Math.max(width, count));
        for (int c = 0; c < count; c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : text(cell));
        }
        while (out.size() > width && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }

    private static String text(Cell cell) {
        CellType type = cell.getType();
        if (type == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && format.toLowerCase(Locale.ROOT).matches(".*[dmyh].*") && !format.equalsIgnoreCase("General")) {
                return cell.asDate().format(STAMP);
            }
            BigDecimal n = cell.asNumber();
            return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
        }
        if (type == CellType.EMPTY) {
            return "";
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }
}
