package org.itascore.json;

import org.itascore.samples.Samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.itascore.InvalidInputException;
import org.itascore.Language;
import org.itascore.Problem;
import org.itascore.raw.RawAssessment;
import org.junit.jupiter.api.Test;

/** Format 9: an office's batch and checklist in one document, read as a stream, every problem located. */
class RawInputTest {

    private static final ItaJson JSON = ItaJson.standard();
    private static final long RESPONSES = 75;

    private static String sample(String name) throws IOException {
        return Samples.text(name);
    }

    private static RawInput read(String json) {
        return JSON.readRawInput(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null);
    }

    private static List<String> refusals(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(json).assess(null));
        return e.problems().stream().map(p -> JsonPointers.of(p.location()) + " " + p.kind()).toList();
    }

    /** What the two documents read separately give: the reference the envelope must reproduce. */
    private static RawAssessment separately() throws IOException {
        var batch = JSON.readSurveyBatch(Samples.open("survey-2564.json"), null);
        var checklist = JSON.readChecklist(Samples.open("oit-2564.json"));
        return org.itascore.raw.RawAssessor.assess(batch, batch.checklist(checklist), null);
    }

    @Test
    void theEnvelopeScoresAsTheTwoDocumentsDo() throws IOException {
        String batch = sample("survey-2564.json");
        String checklist = sample("oit-2564.json");
        String expected = JSON.write(separately());
        assertEquals(expected, JSON.write(read("{\"batch\":" + batch + ",\"checklist\":" + checklist + "}").assess(null)));
        // in either order
        assertEquals(expected, JSON.write(read("{\"checklist\":" + checklist + ",\"batch\":" + batch + "}").assess(null)));
    }

    @Test
    void progressIsToldAsTheBatchStreams() throws IOException {
        AtomicLong last = new AtomicLong(-1);
        String doc = "{\"batch\":" + sample("survey-2564.json") + ",\"checklist\":" + sample("oit-2564.json") + "}";
        JSON.readRawInput(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), last::set);
        // told at the end: the sample's responses, counted in Python (len(d["responses"]))
        assertEquals(RESPONSES, last.get());
    }

    @Test
    void whatIsMissingIsNamed() {
        assertEquals(List.of("/batch MISSING", "/checklist MISSING"), refusals("{}"));
        assertEquals(List.of(" TYPE"), refusals("[]"));
        // null for either part, or both, is each part's problem, not an internal error
        assertEquals(List.of("/batch TYPE", "/checklist TYPE"), refusals("{\"batch\":null,\"checklist\":null}"));
        assertEquals(List.of("/batch TYPE", "/checklist MISSING"), refusals("{\"batch\":null}"));
    }

    @Test
    void everyProblemOfBothPartsIsListedUnderItsPart() throws IOException {
        String badBatch = sample("survey-2564.json").replaceFirst("\"fiscalYear\": 2564", "\"fiscalYear\": 2023")
                .replaceFirst("\"i1\": 2", "\"i1\": 9");
        String badChecklist = "{\"items\":{\"O1\":{\"present\":\"yes\"}}}";
        List<String> found = refusals("{\"batch\":" + badBatch + ",\"checklist\":" + badChecklist + ",\"extra\":1}");
        assertEquals(List.of("/batch/fiscalYear", "/batch/responses/0/answers/i1", "/checklist/items/O1/present", "/extra"),
                found.stream().map(s -> s.substring(0, s.indexOf(' '))).toList(), found.toString());
    }

    @Test
    void aChecklistThatDoesNotFitTheCatalogueIsLocatedUnderChecklist() throws IOException {
        String checklist = "{\"items\":{\"O99\":{\"present\":false}}}";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read("{\"batch\":" + sample("survey-2564.json") + ",\"checklist\":" + checklist + "}").assess(null));
        assertEquals("/checklist/items/O99", JsonPointers.of(e.problems().get(0).location()).toString(), e.problems().toString());
    }

    @Test
    void aRepeatedPartAndTrailingContentAreRefused() throws IOException {
        String checklist = sample("oit-2564.json");
        assertEquals(List.of("/checklist DUPLICATE"), refusals("{\"checklist\":" + checklist + ",\"checklist\":" + checklist + "}"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read("{\"batch\":" + sample("survey-2564.json") + ",\"checklist\":" + checklist + "} {}"));
        assertEquals(org.itascore.ProblemKind.MALFORMED, e.problems().get(0).kind());
    }

    @Test
    void theRulesAreSaidInThai() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("{\"other\":1}"));
        for (Problem p : e.problems()) {
            String thai = p.rule(Language.THAI);
            assertNotEquals(p.rule(), thai, "no Thai form for: " + p.rule());
        }
        assertEquals(3, e.problems().size(), e.problems().toString());
    }
}
