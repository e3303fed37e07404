package org.itascore.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.itascore.table.CellPlaces;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.Language;
import org.itascore.Problem;
import org.itascore.edition.Editions;
import org.itascore.table.Cells;
import org.itascore.table.ImportException;
import org.itascore.table.SheetReport;
import org.itascore.table.TableImport;
import org.junit.jupiter.api.Test;

/** Files that are not tables of UTF-8 text: each refused with what it is and how to save it right. */
class BadFilesTest {

    private static Problem only(byte[] bytes) {
        TableImport in = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).office("x").build();
        SheetFiles.readResponses(in, Instrument.IIT, "iit.csv", new ByteArrayInputStream(bytes));
        ImportException e = assertThrows(ImportException.class, in::result);
        assertEquals(1, e.sheets().size(), () -> e.sheets().toString().substring(0, Math.min(2000, e.sheets().toString().length())));
        assertEquals(1, e.sheets().get(0).problems().size(), () -> e.sheets().get(0).problems().toString().substring(0, Math.min(3000, e.sheets().get(0).problems().toString().length())));
        return e.sheets().get(0).problems().get(0);
    }

    @Test
    void thaiInTis620IsNamedWithHowToSaveAsUtf8() {
        Problem p = only("ประทับเวลา,1. ท่าน\r\n1/1/2564 9:00:00,มาก\r\n".getBytes(Charset.forName("x-IBM874")));
        assertTrue(p.rule().startsWith("the file is not UTF-8: it looks like Thai in TIS-620 (Windows-874)"), p.rule());
        assertTrue(p.rule().contains("CSV UTF-8"), p.rule());
        Problem windows = only("ประทับเวลา,1. ท่าน\n".getBytes(Charset.forName("windows-874")));
        assertEquals(p.rule(), windows.rule());
    }

    @Test
    void otherEncodingsAndFormatsAreNamed() {
        assertTrue(only("Timestamp,1. café, résumé, naïve\n".getBytes(StandardCharsets.ISO_8859_1)).rule().startsWith("the file is not UTF-8; save it"));
        assertTrue(only("\uFEFFTimestamp,1. x\n".getBytes(StandardCharsets.UTF_16LE)).rule().startsWith("the file is UTF-16"));
        assertTrue(only(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}).rule()
                .startsWith("the file is an Excel 97-2003 workbook (.xls)"));
        assertTrue(only(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}).rule().startsWith("the file is not a readable XLSX workbook"));
        assertEquals("the file is empty; a sheet starts with its header row", only(new byte[0]).rule());
        // saved without a byte order mark: told by where the NUL bytes fall, Thai text and ASCII alike
        String sheet = "ประทับเวลา,1. ท่านเห็นว่า\r\n1/6/2564 9:00:00,มาก\r\n2/6/2564 9:00:00,น้อย\r\n";
        assertEquals("csv.utf16", only(sheet.getBytes(StandardCharsets.UTF_16LE)).code());
        assertEquals("csv.utf16", only(sheet.getBytes(StandardCharsets.UTF_16BE)).code());
        java.nio.charset.Charset utf32 = java.nio.charset.Charset.forName("UTF-32LE");
        assertEquals("csv.utf32", only(sheet.getBytes(utf32)).code());
        assertEquals("csv.utf32", only(("\uFEFF" + sheet).getBytes(utf32)).code(), "its byte order mark starts as UTF-16's");
        assertTrue(only(sheet.getBytes(utf32)).rule().startsWith("the file is UTF-32; save it as CSV UTF-8"));
    }

    @Test
    void aQuoteLeftOpenIsPlacedAtItsRow() {
        StringBuilder csv = new StringBuilder("Timestamp");
        for (int i = 1; i <= 30; i++) {
            csv.append(",").append(i).append(". x");
        }
        csv.append("\n1/1/2564 9:00:00").append(",มาก".repeat(29)).append(",\"มาก\n");
        Problem p = only(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(Cells.row(1), p.location());
        assertTrue(p.rule().startsWith("the CSV is malformed from this row"), p.rule());
    }

    /** A header of the 30 questions and rows answering each at level 1, about 80 bytes a row. */
    private static StringBuilder answers(int rows) {
        StringBuilder csv = new StringBuilder("ประทับเวลา");
        for (int i = 1; i <= 30; i++) {
            csv.append(",").append(i).append(". ข้อ ").append(i);
        }
        csv.append("\n");
        for (int r = 0; r < rows; r++) {
            csv.append("1/1/2564 9:00:00").append(",1".repeat(30)).append("\n");
        }
        return csv;
    }

    @Test
    void bytesThatAreNotUtf8AreNamedAtTheirOwnRow() {
        // 200 rows are several of a decoder's blocks; the first answer of record 150 (the header is 0) becomes
        // é in Latin-1
        byte[] good = answers(200).toString().getBytes(StandardCharsets.UTF_8);
        String text = answers(200).toString();
        int at = 0;
        for (int line = 0; line < 150; line++) {
            at = text.indexOf('\n', at) + 1;
        }
        int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length + "1/1/2564 9:00:00,".length();
        good[offset] = (byte) 0xE9;
        Problem p = only(good);
        assertEquals("csv.notUtf8FromRow", p.code());
        assertEquals(Cells.row(150), p.location(), "the row that holds the byte, not one before it");
        // within the first bytes read to tell the file's kind too: still a UTF-8 file with a damaged row
        byte[] early = answers(10).toString().getBytes(StandardCharsets.UTF_8);
        early[early.length - 40] = (byte) 0xE9;
        assertEquals(Cells.row(10), only(early).location());
        // a sequence cut off by the end of the file is its last row's
        byte[] cut = (answers(3) + "1/1/2564 9:00:00,\u0E21").getBytes(StandardCharsets.UTF_8);
        assertEquals(Cells.row(4), only(java.util.Arrays.copyOf(cut, cut.length - 1)).location());
    }

    @Test
    void eachBoundOfACsvIsNamedNotCalledAnOpenQuote() {
        StringBuilder wide = answers(0).append("1/1/2564 9:00:00");
        wide.append(",1".repeat(16_384)).append("\n");
        Problem cells = only(wide.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("csv.tooManyCells", cells.code());
        assertEquals(Cells.row(1), cells.location());
        assertTrue(cells.rule().startsWith("this row has more than 16384 cells"), cells.rule());

        String cell = "ก".repeat((1 << 20) + 1);
        Problem longCell = only((answers(0) + "1/1/2564 9:00:00,\"" + cell + "\"\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("csv.cellTooLong", longCell.code());
        assertEquals(Cells.row(1), longCell.location());
        assertTrue(longCell.rule().startsWith("a cell of this row holds more than 1048576 characters"), longCell.rule());

        String part = "ก".repeat(1_000_000);
        StringBuilder longRow = answers(0).append("1/1/2564 9:00:00");
        for (int i = 0; i < 17; i++) {
            longRow.append(',').append(part);
        }
        Problem row = only(longRow.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("csv.rowTooLong", row.code());
        assertTrue(row.rule().startsWith("this row holds more than 16777216 characters"), row.rule());

        // a quote opened and never closed, in a file longer than the read-ahead: the open cell runs on
        StringBuilder open = answers(2).append("1/1/2564 9:00:00,\"1");
        open.append("ก".repeat((4 << 20) + 10));
        Problem unbounded = only(open.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("csv.cellUnbounded", unbounded.code());
        assertEquals(Cells.row(3), unbounded.location());
        assertTrue(unbounded.rule().startsWith("from this row, a cell runs on beyond 4194304 characters: a quote (\") opens a cell"),
                unbounded.rule());
    }

    @Test
    void placesReadAsASpreadsheetUserLooksForThem() {
        SheetReport sheet = new SheetReport("iit.csv", com.google.common.collect.ImmutableList.of("ประทับเวลา",
                "1. ท่านเห็นว่า ผู้บริหาร, บุคลากร\nในหน่วยงานปฏิบัติงานโดยยึดหลักคุณธรรมอย่างไรบ้าง"), 0, 0, 0, 0,
                com.google.common.collect.ImmutableList.of(), 0, com.google.common.collect.ImmutableList.of());
        Problem cell = new Problem(Cells.cell(4, 1), "x", org.itascore.Message.of("json.required"));
        assertEquals("row 5, column B “1. ท่านเห็นว่า ผู้บริหาร, บุคลากร ในหน่…”",
                CellPlaces.of(sheet, cell, Language.ENGLISH));
        assertEquals("แถว 5 คอลัมน์ B “1. ท่านเห็นว่า ผู้บริหาร, บุคลากร ในหน่…”",
                CellPlaces.of(sheet, cell, Language.THAI));
        assertEquals("row 1 (the header)", CellPlaces.of(sheet, new Problem(Cells.row(0), null, org.itascore.Message.of("json.required")), Language.ENGLISH));
        assertEquals("", CellPlaces.of(sheet, new Problem(org.itascore.Location.ROOT, null, org.itascore.Message.of("json.required")), Language.ENGLISH));
        assertEquals("office “โรงเรียน ก”", CellPlaces.of(sheet,
                new Problem(org.itascore.Location.of("โรงเรียน ก"), null, org.itascore.Message.of("json.required")), Language.ENGLISH));
        assertEquals(List.of(), sheet.problems());
    }
}
