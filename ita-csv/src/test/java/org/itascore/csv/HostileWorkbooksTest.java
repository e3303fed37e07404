package org.itascore.csv;

import static org.itascore.csv.fixtures.Workbooks.HEAD;
import static org.itascore.csv.fixtures.Workbooks.NS;
import static org.itascore.csv.fixtures.Workbooks.SHARED;
import static org.itascore.csv.fixtures.Workbooks.checklist;
import static org.itascore.csv.fixtures.Workbooks.replace;
import static org.itascore.csv.fixtures.Workbooks.workbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.itascore.Language;
import org.itascore.Problem;
import org.itascore.table.Cells;
import org.itascore.table.ImportException;
import org.itascore.table.SheetReport;
import org.junit.jupiter.api.Test;

/**
 * Workbooks made by hand, part by part, as an attacker or a broken exporter makes them: each is refused as its
 * sheet's problem in the library's words, at its cell when known, without the memory or time its numbers claim.
 */
class HostileWorkbooksTest {

    /** {@return what reading a workbook as a sheet gave: its rows, or its one problem} */
    private static List<List<String>> rows(byte[] workbook) {
        return SheetFiles.preview("oit.xlsx", new ByteArrayInputStream(workbook), 100).rows();
    }

    private static Problem refusal(byte[] workbook) {
        org.itascore.InvalidInputException e = assertThrows(org.itascore.InvalidInputException.class, () -> rows(workbook));
        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem p = e.problems().get(0);
        assertTrue(!p.rule(Language.ENGLISH).contains("Exception") && !p.rule(Language.ENGLISH).contains("java."), p.toString());
        return p;
    }

    @Test
    void aWorkbookMadeByHandReadsItsTextsNumbersAndDates() {
        String styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"d/m/yyyy h:mm:ss\"/></numFmts>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs>";
        // 44348.375 is 1 June 2021, 09:00 (days from 30 December 1899); 3 is a level typed as a number
        String rows = checklist("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>O1</t></is></c><c r=\"B2\" t=\"s\"><v>3</v></c>"
                + "<c r=\"C2\" s=\"1\"><v>44348.375</v></c></row>"
                + "<row r=\"4\"><c t=\"str\"><f>A1</f><v>O2</v></c><c><v>3.50</v></c><c s=\"2\"><v>44348</v></c></row>");
        List<List<String>> read = rows(workbook(rows, SHARED, styles));
        assertEquals(List.of(List.of("O1", "มี", "2021-06-01 09:00:00"), List.of("O2", "3.5", "2021-06-01 00:00:00")), read);
    }

    @Test
    void damagedIndexesAndReferencesAreTheSheetsProblemAtTheirCell() {
        Problem negative = refusal(workbook(checklist("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>-1</v></c></row>"), SHARED, null));
        assertEquals("csv.xlsxSharedString", negative.code());
        assertEquals(Cells.cell(1, 0), negative.location());
        assertEquals("-1", negative.value());
        Problem huge = refusal(workbook(checklist("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>2147483647</v></c></row>"), SHARED, null));
        assertEquals("csv.xlsxSharedString", huge.code());
        assertEquals("the cell points to a shared text the workbook does not have (it has 4): the workbook is damaged; save it "
                + "again as .xlsx or CSV UTF-8", huge.rule(Language.ENGLISH));
        for (String ref : List.of("AAAAAAAAA2", "ZZZZZZ2", "XFE2")) {
            Problem column = refusal(workbook(checklist("<row r=\"2\"><c r=\"" + ref + "\"><v>1</v></c></row>"), SHARED, null));
            assertEquals("csv.xlsxLimit", column.code(), ref);
            assertEquals("the workbook breaks a bound of what is read: column: at most XFD; save the responses again from Google "
                    + "Sheets or Excel, as .xlsx or CSV UTF-8", column.rule(Language.ENGLISH));
        }
        Problem row = refusal(workbook(checklist("<row r=\"99999999999\"><c><v>1</v></c></row>"), SHARED, null));
        assertEquals("csv.xlsxLimit", row.code());
        Problem order = refusal(workbook(checklist("<row r=\"3\"><c><v>1</v></c></row><row r=\"2\"><c><v>1</v></c></row>"),
                SHARED, null));
        assertEquals("csv.xlsxOrder", order.code());
    }

    @Test
    void numbersAndDatesBeyondWhatTheyCanBeAreRefused() {
        String styles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"22\"/></cellXfs>";
        Problem date = refusal(workbook(checklist("<row r=\"2\"><c r=\"C2\" s=\"1\"><v>1e300</v></c></row>"), SHARED, styles));
        assertEquals("csv.xlsxDate", date.code());
        assertEquals(Cells.cell(1, 2), date.location());
        Problem number = refusal(workbook(checklist("<row r=\"2\"><c r=\"C2\"><v>1e999999999</v></c></row>"), SHARED, null));
        assertEquals("csv.xlsxNumber", number.code());
        Problem text = refusal(workbook(checklist("<row r=\"2\"><c r=\"C2\"><v>" + "9".repeat(65) + "</v></c></row>"), SHARED, null));
        assertEquals("csv.xlsxNumber", text.code());
        // a shared formula without its master cell has no value: an empty cell, not a crash
        assertEquals(List.of(List.of("O1", "", "")), rows(workbook(checklist(
                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>O1</t></is></c><c r=\"B2\"><f t=\"shared\" si=\"0\"/></c></row>"),
                SHARED, null)));
    }

    @Test
    void xmlThatIsNotWellFormedOrDeclaresEntitiesIsNeverExpanded() {
        String laughs = "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
        List<byte[]> broken = new ArrayList<>();
        // the shared texts declaring entities that expand a thousandfold (billion laughs, cut short)
        byte[] good = workbook(checklist(""), SHARED, null);
        broken.add(replace(good, "xl/sharedStrings.xml", HEAD + laughs + "<sst " + NS + "><si><t>&c;</t></si></sst>"));
        broken.add(replace(good, "xl/sharedStrings.xml", HEAD + "<!DOCTYPE sst SYSTEM \"http://127.0.0.1:9/x.dtd\"><sst " + NS
                + "><si><t>x</t></si></sst>"));
        broken.add(workbook(checklist("<row r=\"2\"><c t=\"inlineStr\"><is><t>A & B</t></is></c></row>"), SHARED, null));
        broken.add(workbook(checklist("<row r=\"2\"><c t=\"inlineStr\"><is><t>A\u0001B</t></is></c></row>"), SHARED, null));
        broken.add(workbook(checklist("<row r=\"2\"><c t=\"inlineStr\"><is><t>cut off mid-te"), SHARED, null));
        broken.add(workbook(checklist("<row r=\"2\"><c t=\"inlineStr\"><is><t>&undeclared;</t></is></c></row>"), SHARED, null));
        for (byte[] workbook : broken) {
            Problem p = refusal(workbook);
            assertEquals("csv.xlsxUnreadable", p.code(), p.toString());
        }
    }

    @Test
    void aZipBombIsStoppedByABoundNotInflated() {
        // 64 MiB of one letter compresses about a thousand to one
        byte[] bomb = org.itascore.csv.fixtures.Workbooks.bomb(64);
        assertTrue(bomb.length < 1 << 20, "the bomb itself is small: " + bomb.length);
        Problem p = refusal(bomb);
        assertEquals("csv.xlsxLimit", p.code());
        // whichever bound it meets first (the cell's 32,767 characters, or the part's ratio), before it is whole
        assertTrue(p.rule(Language.THAI).startsWith("สมุดงานเกินขอบเขตที่อ่านได้: "), p.rule(Language.THAI));
    }

    @Test
    void aStreamIsCopiedWithTheBoundOfAFile() {
        // a zip's signature, then more bytes than a workbook may have, made as they are read
        InputStream endless = new InputStream() {
            private long left = XlsxRows.MAX_FILE + 1024;
            private boolean signed;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                if (!signed && n >= 4) {
                    b[off] = 'P';
                    b[off + 1] = 'K';
                    b[off + 2] = 3;
                    b[off + 3] = 4;
                    signed = true;
                }
                left -= n;
                return n;
            }
        };
        org.itascore.InvalidInputException e = assertThrows(org.itascore.InvalidInputException.class,
                () -> SheetFiles.headers("-", endless));
        assertEquals("csv.xlsxLimit", e.problems().get(0).code());
        assertTrue(e.problems().get(0).rule(Language.ENGLISH).contains("the file's size (MiB): at most 128"), e.getMessage());
    }

    @Test
    void aPasswordProtectedWorkbookIsNamedAsOne() {
        byte[] ole = new byte[4096];
        ole[0] = (byte) 0xD0;
        ole[1] = (byte) 0xCF;
        ole[2] = 0x11;
        ole[3] = (byte) 0xE0;
        byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, ole, 1200, name.length);
        assertEquals("csv.xlsxEncrypted", refusal(ole).code());
        assertEquals("csv.xls", refusal(java.util.Arrays.copyOf(ole, 1000)).code(), "an old workbook has no such stream");
    }

    @Test
    void mutatedWorkbooksAreReadOrRefusedNeverCrash() {
        String styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"d/m/yyyy h:mm:ss\"/></numFmts>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>";
        String rows = checklist("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>O1</t></is></c><c r=\"B2\" t=\"s\"><v>3</v></c>"
                + "<c r=\"C2\" s=\"1\"><v>44348.375</v></c></row>");
        String[] parts = {rows, SHARED, styles};
        SplittableRandom random = new SplittableRandom(2569);
        int refused = 0;
        for (int i = 0; i < 500; i++) {
            String[] mutated = parts.clone();
            int which = random.nextInt(3);
            StringBuilder text = new StringBuilder(mutated[which]);
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(4)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, "<>&\"'-9Z0\u0000".charAt(random.nextInt(10)));
                    case 2 -> text.setCharAt(at, (char) ('0' + random.nextInt(10)));
                    default -> text.insert(at, "99999999999");
                }
            }
            mutated[which] = text.toString();
            try {
                rows(workbook(mutated[0], mutated[1], mutated[2]));
            } catch (org.itascore.InvalidInputException e) {
                refused++;
                for (Problem p : e.problems()) {
                    assertTrue(p.code().startsWith("csv."), p.toString());
                }
            }
        }
        assertTrue(refused > 50 && refused < 500, "both reads and refusals happen: " + refused);
    }

    /** A sheet's problem keeps its place when read into an import, as the CLI and the service show it. */
    @Test
    void theProblemIsTheSheetsInAnImport() {
        org.itascore.table.TableImport in = org.itascore.table.TableImport.builder(org.itascore.edition.Editions.builtIn())
                .fiscalYear(org.itascore.FiscalYear.of(2564)).office("x").build();
        SheetFiles.readChecklist(in, "oit.xlsx", new ByteArrayInputStream(workbook(checklist(
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>"), SHARED, null)));
        SheetFiles.readResponses(in, org.itascore.Instrument.IIT, "iit.csv",
                GoogleFormsExportTest.resource("iit-th.csv"));
        ImportException e = assertThrows(ImportException.class, in::result);
        SheetReport sheet = e.sheets().stream().filter(s -> s.source().equals("oit.xlsx")).findFirst().orElseThrow();
        assertEquals("csv.xlsxSharedString", sheet.problems().get(0).code());
        assertEquals(Cells.cell(1, 0), sheet.problems().get(0).location());
    }
}
