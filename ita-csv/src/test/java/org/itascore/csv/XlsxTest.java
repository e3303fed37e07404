package org.itascore.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.edition.Editions;
import org.itascore.table.ImportResult;
import org.itascore.table.TableImport;
import org.junit.jupiter.api.Test;

/**
 * The Thai fixtures saved as XLSX workbooks, as Google Sheets and Excel store them: the timestamp a date cell,
 * levels typed as numbers, the rest text. They read as the CSV does.
 */
class XlsxTest {

    /** Writes a CSV fixture as a workbook's first sheet; digits become numbers, the first column a date. */
    static byte[] workbook(String fixture, boolean timestampColumn) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "ita-test", "1.0");
        Worksheet ws = wb.newWorksheet("การตอบแบบฟอร์ม 1");
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new InputStreamReader(
                GoogleFormsExportTest.resource(fixture), StandardCharsets.UTF_8))) {
            int r = 0;
            for (CsvRecord record : csv) {
                List<String> fields = record.getFields();
                for (int c = 0; c < fields.size(); c++) {
                    String v = fields.get(c).replace("\uFEFF", "");
                    if (r > 0 && c == 0 && timestampColumn) {
                        ws.value(r, c, LocalDateTime.of(2026, 7, 5 + r, 9, 10 + r, 5));
                        ws.style(r, c).format("d/m/yyyy h:mm:ss").set();
                    } else if (r > 0 && v.matches("[1-4]")) {
                        ws.value(r, c, Integer.parseInt(v));
                    } else if (!v.isEmpty()) {
                        ws.value(r, c, v);
                    }
                }
                r++;
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    @Test
    void aWorkbookReadsAsItsCsv() throws IOException {
        TableImport in = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).office("สพป.ทดสอบ").build();
        SheetFiles.readResponses(in, Instrument.IIT, "iit.xlsx", new ByteArrayInputStream(workbook("iit-en.csv", true)));
        SheetFiles.readResponses(in, Instrument.EIT, "eit.xlsx", new ByteArrayInputStream(workbook("eit-th.csv", true)));
        SheetFiles.readChecklist(in, "oit.xlsx", new ByteArrayInputStream(workbook("oit-en.csv", false)));
        ImportResult xlsx = in.result();
        ImportResult csv = GoogleFormsExportTest.read("th");
        assertEquals(csv.offices().get(0).batch().iit(), xlsx.offices().get(0).batch().iit());
        assertEquals(csv.offices().get(0).batch().eit(), xlsx.offices().get(0).batch().eit());
        assertEquals(Score.ofFraction(3959, 45), xlsx.offices().get(0).assess(null).assessment().exactScore());
        assertEquals(43, xlsx.sheets().get(2).tallied(), "empty trailing cells are not stored in a workbook, nor missed");
    }
}
