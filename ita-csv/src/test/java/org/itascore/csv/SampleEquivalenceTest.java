package org.itascore.csv;

import org.itascore.samples.Samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.raw.Populations;
import org.itascore.raw.SurveyBatch;
import org.itascore.table.ImportedOffice;
import org.itascore.table.TableImport;
import org.junit.jupiter.api.Test;

/** The bundled sample office as CSV (samples/csv, made by samples/make-samples.py) and as its JSON batch. */
class SampleEquivalenceTest {


    @Test
    void theSameAnswersAsCsvAndAsJsonGiveByteIdenticalResults() throws IOException {
        TableImport in = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).office("สพม.ตัวอย่าง")
                .populations(Populations.of(48, 420)).build();
        read(in, Instrument.IIT, "iit-2564.csv");
        read(in, Instrument.EIT, "eit-2564.csv");
        try (InputStream oit = Samples.open("csv/oit-2564.csv")) {
            SheetFiles.readChecklist(in, "oit-2564.csv", oit);
        }
        ImportedOffice fromCsv = in.result().offices().get(0);

        ItaJson json = ItaJson.standard();
        SurveyBatch batch;
        try (InputStream b = Samples.open("survey-2564.json")) {
            batch = json.readSurveyBatch(b, null);
        }
        String fromJson;
        try (InputStream c = Samples.open("oit-2564.json")) {
            fromJson = json.write(batch.assess(batch.checklist(json.readChecklist(c))));
        }
        assertEquals(batch.iit(), fromCsv.batch().iit());
        assertEquals(batch.eit(), fromCsv.batch().eit());
        assertEquals(fromJson, json.write(fromCsv.assess(null)));
    }

    private static void read(TableImport in, Instrument instrument, String name) throws IOException {
        try (InputStream bytes = Samples.open("csv/" + name)) {
            SheetFiles.readResponses(in, instrument, name, bytes);
        }
    }
}
