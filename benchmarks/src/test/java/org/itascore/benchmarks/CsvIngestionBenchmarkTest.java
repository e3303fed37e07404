package org.itascore.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.SplittableRandom;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.csv.SheetFiles;
import org.itascore.edition.Editions;
import org.itascore.survey.Questionnaire;
import org.itascore.table.ImportResult;
import org.itascore.table.TableImport;
import org.junit.jupiter.api.Test;

/** The CSV benchmark's sheets are valid exports: every row the baseline scans, the library tallies. */
class CsvIngestionBenchmarkTest {

    @Test
    void everyRowOfTheGeneratedSheetsIsTallied() {
        Questionnaire q = Editions.builtIn().get(NationalDataset.EDITION).questionnaire().orElseThrow();
        SplittableRandom random = new SplittableRandom(NationalDataset.SEED);
        byte[] iit = CsvIngestionBenchmark.sheet(q, Instrument.IIT, 500, random);
        byte[] eit = CsvIngestionBenchmark.sheet(q, Instrument.EIT, 700, random);
        TableImport in = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).office("x").build();
        SheetFiles.readResponses(in, Instrument.IIT, "iit.csv", new ByteArrayInputStream(iit));
        SheetFiles.readResponses(in, Instrument.EIT, "eit.csv", new ByteArrayInputStream(eit));
        ImportResult result = in.result();
        assertEquals(500, result.offices().get(0).batch().iit().respondents());
        assertEquals(700, result.offices().get(0).batch().eit().respondents());
    }
}
