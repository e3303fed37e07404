package org.itascore.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.itascore.InvalidInputException;
import org.itascore.cohort.CohortBuilder;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.report.IndicatorReport;

/**
 * Coverage-guided fuzz targets (Jazzer) for every JSON reader. The first byte of an input chooses the reader,
 * the rest is the document. The only outcomes allowed are a value or an {@link InvalidInputException} in the
 * library's words, and a report or edition that is read is written and read back equal.
 *
 * <p>In every build these run as regression tests over the inputs in
 * {@code src/test/resources/org/itascore/json/ReaderFuzzTestInputs/readers} (seeds, and every input that ever
 * failed); {@code JAZZER_FUZZ=1} fuzzes (see the README's reliability section).
 */
class ReaderFuzzTest {

    private static final ItaJson JSON = ItaJson.standard();

    @FuzzTest(maxDuration = "30s")
    void readers(byte[] data) {
        if (data.length == 0) {
            return;
        }
        byte[] document = java.util.Arrays.copyOfRange(data, 1, data.length);
        try {
            switch (Math.floorMod(data[0], 7)) {
                case 0 -> {
                    IndicatorReport report = JSON.readReport(in(document));
                    assertEquals(report, JSON.readReport(JSON.writeValue(report)));
                }
                case 1 -> JSON.readSurveyBatch(in(document), null);
                case 2 -> JSON.readChecklist(in(document));
                case 3 -> {
                    Edition edition = JSON.readEdition(in(document));
                    assertEquals(edition, JSON.readEdition(in(JSON.writeValue(edition).getBytes(StandardCharsets.UTF_8))));
                }
                case 4 -> JSON.readCohort(in(document), CohortBuilder.lenient(Editions.builtIn()));
                case 5 -> JSON.readPlan(in(document));
                default -> JSON.readAssessment(in(document));
            }
        } catch (InvalidInputException e) {
            Refusals.assertNoJacksonWording(e);
        }
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
