package org.itascore.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.assess.InstrumentResult;
import org.itascore.edition.Editions;
import org.itascore.raw.RawAssessment;
import org.itascore.table.ImportResult;
import org.itascore.table.TableImport;
import org.junit.jupiter.api.Test;

/**
 * The hand-written exports of test resources (README.md there), in a Thai and an English locale, scored; the
 * expected values are Python's exact fractions of fixtures.py.
 */
class GoogleFormsExportTest {

    static ImportResult read(String locale) {
        TableImport in = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).office("สพป.ทดสอบ").build();
        SheetFiles.readResponses(in, Instrument.IIT, "iit-" + locale + ".csv", resource("iit-" + locale + ".csv"));
        SheetFiles.readResponses(in, Instrument.EIT, "eit-" + locale + ".csv", resource("eit-" + locale + ".csv"));
        SheetFiles.readChecklist(in, "oit-" + locale + ".csv", resource("oit-" + locale + ".csv"));
        return in.result();
    }

    static InputStream resource(String name) {
        InputStream in = GoogleFormsExportTest.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + name);
        }
        return in;
    }

    private static Score instrument(RawAssessment raw, Instrument instrument) {
        return raw.assessment().instruments().stream().filter(r -> r.instrument() == instrument).findFirst()
                .map(InstrumentResult::exactScore).orElseThrow();
    }

    @Test
    void aThaiLocaleExportScoresAsTheFractionsSay() {
        RawAssessment raw = read("th").offices().get(0).assess(null);
        assertEquals(Score.ofFraction(4495, 54), instrument(raw, Instrument.IIT));
        assertEquals(Score.ofFraction(260, 3), instrument(raw, Instrument.EIT));
        assertEquals(Score.ofFraction(6661, 72), instrument(raw, Instrument.OIT));
        assertEquals(Score.ofFraction(3959, 45), raw.assessment().exactScore());
        assertEquals("87.98", raw.assessment().exactScore().officialDecimal().toPlainString());
    }

    @Test
    void anEnglishLocaleExportOfTheSameAnswersScoresTheSame() {
        ImportResult th = read("th");
        ImportResult en = read("en");
        assertEquals(th.offices().get(0).batch().iit(), en.offices().get(0).batch().iit());
        assertEquals(th.offices().get(0).batch().eit(), en.offices().get(0).batch().eit());
        assertEquals(Score.ofFraction(3959, 45), en.offices().get(0).assess(null).assessment().exactScore());
        assertEquals(4, en.sheets().get(0).tallied());
        assertEquals(3, en.sheets().get(1).tallied());
        assertEquals(43, en.sheets().get(2).tallied());
    }

    @Test
    void theHeaderWithACommaAndALineBreakIsOneColumn() throws IOException {
        var headers = SheetFiles.headers("iit-th.csv", resource("iit-th.csv"));
        assertEquals(31, headers.size());
        assertEquals("ประทับเวลา", headers.get(0), "the byte order mark is not part of the first header");
        assertEquals("1. ท่านเห็นว่า ผู้บริหาร, บุคลากรในหน่วยงาน\nปฏิบัติงานโดยยึดหลักคุณธรรม", headers.get(1));
    }
}
