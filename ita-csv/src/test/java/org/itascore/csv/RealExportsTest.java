package org.itascore.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.Language;
import org.itascore.Problem;
import org.itascore.edition.Editions;
import org.itascore.table.ImportException;
import org.itascore.table.ImportResult;
import org.itascore.table.TableImport;
import org.junit.jupiter.api.Test;

/**
 * Exports as offices make them, built by the test from the fixtures' answers: headers without question numbers,
 * the respondent's e-mail and sex before the questions, cells separated by commas, semicolons or tabs, or saved as
 * a workbook. Each reads to the same tallies as the numbered fixture.
 */
class RealExportsTest {

    /** The fixture's rows, its headers stripped of question numbers, with e-mail and sex columns after the timestamp. */
    static List<List<String>> unnumbered(String fixture) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new InputStreamReader(
                GoogleFormsExportTest.resource(fixture), StandardCharsets.UTF_8))) {
            for (CsvRecord record : csv) {
                List<String> fields = new ArrayList<>(record.getFields());
                fields.set(0, fields.get(0).replace("\uFEFF", ""));
                if (rows.isEmpty()) {
                    for (int c = 1; c < fields.size(); c++) {
                        // "1. ท่านเห็นว่า..." and "e1 EIT question" lose their number; a letter keeps them apart
                        fields.set(c, fields.get(c).replaceAll("(?:ข้อที่\\s*|ข้อ\\s+)?[ieIE]?\\d+\\.?\\s*", "").strip()
                                + " (" + (char) ('ก' + c) + ")");
                    }
                    fields.addAll(1, List.of("ที่อยู่อีเมล", "เพศ"));
                } else {
                    fields.addAll(1, List.of("r" + rows.size() + "@example.ac.th", rows.size() % 2 == 0 ? "หญิง" : "ชาย"));
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** {@return rows written as CSV with a delimiter, quoting each cell that needs it} */
    static byte[] csv(List<List<String>> rows, char delimiter) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (c > 0) {
                    out.append(delimiter);
                }
                boolean quote = cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n") || cell.contains(",");
                out.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@return rows written as a workbook's first sheet, levels typed as numbers} */
    static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "ita-test", "1.0");
        Worksheet ws = wb.newWorksheet("การตอบแบบฟอร์ม 1");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String v = rows.get(r).get(c);
                if (r > 0 && v.matches("[1-4]")) {
                    ws.value(r, c, Integer.parseInt(v));
                } else if (!v.isEmpty()) {
                    ws.value(r, c, v);
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static ImportResult read(String iitName, byte[] iit, String eitName, byte[] eit) {
        TableImport in = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).office("สพป.ทดสอบ").build();
        SheetFiles.readResponses(in, Instrument.IIT, iitName, new ByteArrayInputStream(iit));
        SheetFiles.readResponses(in, Instrument.EIT, eitName, new ByteArrayInputStream(eit));
        return in.result();
    }

    @Test
    void unnumberedExportsInEveryDelimiterAndAsWorkbooksReadAsTheNumberedOnes() throws IOException {
        for (String locale : List.of("th", "en")) {
            ImportResult numbered = GoogleFormsExportTest.read(locale);
            List<List<String>> iit = unnumbered("iit-" + locale + ".csv");
            List<List<String>> eit = unnumbered("eit-" + locale + ".csv");
            for (char delimiter : new char[] {',', ';', '\t'}) {
                ImportResult read = read("iit.csv", csv(iit, delimiter), "eit.csv", csv(eit, delimiter));
                String what = locale + " with " + (int) delimiter;
                assertEquals(numbered.offices().get(0).batch().iit(), read.offices().get(0).batch().iit(), what);
                assertEquals(numbered.offices().get(0).batch().eit(), read.offices().get(0).batch().eit(), what);
                assertEquals("sheet.byOrderSetAside", read.sheets().get(0).notes().get(0).code(), what);
            }
            ImportResult workbook = read("iit.xlsx", xlsx(iit), "eit.xlsx", xlsx(eit));
            assertEquals(numbered.offices().get(0).batch().iit(), workbook.offices().get(0).batch().iit(), locale);
            assertEquals(numbered.offices().get(0).batch().eit(), workbook.offices().get(0).batch().eit(), locale);
        }
    }

    @Test
    void aFileReadAlikeWithTwoDelimitersIsRefusedNamingBoth() {
        // every line has one comma and two semicolons outside quotes: 2 columns by commas, 3 by semicolons
        byte[] bytes = "a;b,c;d\r\n1;2,3;4\r\n6;7,8;9\r\n".getBytes(StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> read("iit.csv", bytes, "eit.csv", bytes));
        Problem p = e.sheets().get(0).problems().get(0);
        assertEquals("csv.delimiterAmbiguous", p.code());
        assertEquals("the file reads as a table both with commas between cells (2 columns) and with semicolons (3 columns); "
                + "save it again as CSV UTF-8, which separates cells with commas", p.rule(Language.ENGLISH));
        assertEquals("อ่านแฟ้มเป็นตารางได้ทั้งแบบคั่นเซลล์ด้วยจุลภาค (,) (2 คอลัมน์) และด้วยอัฒภาค (;) (3 คอลัมน์); "
                + "ให้บันทึกใหม่เป็น CSV UTF-8 ซึ่งคั่นเซลล์ด้วยจุลภาค", p.rule(Language.THAI));
    }

    @Test
    void aCommaFileWithSemicolonsInSomeCellsIsReadWithCommas() {
        List<List<String>> iit = unnumbered("iit-th.csv");
        iit.get(1).set(1, "a;b@example.ac.th");
        ImportResult read = read("iit.csv", csv(iit, ','), "eit.csv", csv(unnumbered("eit-th.csv"), ','));
        assertEquals(GoogleFormsExportTest.read("th").offices().get(0).batch().iit(), read.offices().get(0).batch().iit());
    }
}
