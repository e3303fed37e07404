package org.itascore.json;

import org.itascore.samples.Samples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.ProblemKind;
import org.itascore.oit.ChecklistInput;
import org.itascore.oit.OitCatalogue;
import org.itascore.raw.RawAssessment;
import org.itascore.raw.SurveyBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Formats 2 and 3: the survey batch and the OIT checklist. */
class SurveyBatchTest {


    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSamplesScoreAsThePythonOracleSays() throws IOException {
        // samples/check-samples.py, with exact fractions: indicators 82.05 82.03 80.83 76.99 78.21 82.89 80.14
        // 81.68 90.28 62.50; IIT 80.02, EIT 81.57, OIT 76.39, total 79.03
        SurveyBatch batch;
        ChecklistInput checklist;
        try (InputStream b = Samples.open("survey-2564.json");
                InputStream o = Samples.open("oit-2564.json")) {
            List<Long> progress = new ArrayList<>();
            batch = ItaJson.standard().readSurveyBatch(b, progress::add);
            checklist = ItaJson.standard().readChecklist(o);
            assertEquals(List.of(75L), progress);
        }
        assertEquals(30, batch.iit().respondents());
        assertEquals(45, batch.eit().respondents());
        RawAssessment raw = batch.assess(batch.checklist(checklist));
        assertEquals(List.of("82.05", "82.03", "80.83", "76.99", "78.21", "82.89", "80.14", "81.68", "90.28", "62.50"),
                raw.assessment().indicators().stream().map(r -> r.score().toString()).toList());
        assertEquals("79.03", raw.assessment().score().toString());
        assertEquals("O43", raw.publishNext().get(0).item().id());
        String out = ItaJson.standard().compact().write(raw);
        assertTrue(out.contains("\"publishNext\":[{\"item\":\"O43\",\"subIndicator\":\"10.2\""), out);
        assertTrue(out.contains("\"overallGain\":5.00}"), out);
        assertTrue(out.contains("\"questions\":{\"1\":[{\"id\":\"i1\",\"score\":77.38,"), out);
        assertEquals(6, raw.questions().get(Indicator.PERFORMANCE_OF_DUTY).size());
    }

    private static final String HEAD = "{\"office\":\"x\",\"fiscalYear\":2564,\"responses\":[";

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(HEAD + "{\"instrument\":\"IIT\",\"answers\":{\"i99\":4}}]}",
                        ProblemKind.INVALID, "/responses/0/answers/i99", "not a question of IIT"),
                Arguments.of(HEAD + "{\"instrument\":\"IIT\",\"answers\":{\"i1\":4}},{\"instrument\":\"IIT\",\"answers\":{\"i1\":5}}]}",
                        ProblemKind.INVALID, "/responses/1/answers/i1", "question i1 is answered with a level from 1 to 4"),
                Arguments.of(HEAD + "{\"instrument\":\"IIT\",\"answers\":{\"i1\":7}}]}",
                        ProblemKind.INVALID, "/responses/0/answers/i1", "a four-level question is answered a level from 1 to 4"),
                Arguments.of(HEAD + "{\"instrument\":\"IIT\",\"answers\":{\"i1\":\"มากพอสมควร\"}}]}",
                        ProblemKind.INVALID, "/responses/0/answers/i1", "a four-level question is answered a level from 1 to 4 or a label"),
                Arguments.of(HEAD + "{\"instrument\":\"IIT\",\"answers\":{\"i1\":\"yes\"}}]}",
                        ProblemKind.INVALID, "/responses/0/answers/i1", "answered with a level from 1 to 4"),
                Arguments.of(HEAD + "{\"instrument\":\"EIT\",\"answers\":{\"e5\":3}}]}",
                        ProblemKind.INVALID, "/responses/0/answers/e5", "answered yes or no"),
                Arguments.of(HEAD + "{\"instrument\":\"IIT\",\"answers\":{\"i1\":4,\"i1\":3}}]}",
                        ProblemKind.DUPLICATE, "/responses/0/answers/i1", "question i1 is answered once"),
                Arguments.of(HEAD + "{\"instrument\":\"IIT\",\"instrument\":\"EIT\",\"answers\":{}}]}",
                        ProblemKind.DUPLICATE, "/responses/0/instrument", "gives its instrument once"),
                Arguments.of("{\"office\":\"x\",\"office\":\"y\",\"fiscalYear\":2564,\"responses\":[]}",
                        ProblemKind.DUPLICATE, "/office", "a field is given once in its object"),
                Arguments.of("{\"office\":\"x\",\"fiscalYear\":2564,\"populations\":{\"staff\":1,\"staff\":2},\"responses\":[]}",
                        ProblemKind.DUPLICATE, "/populations/staff", "a field is given once in its object"),
                Arguments.of(HEAD + "{\"instrument\":\"IIT\",\"answers\":{\"i1\":1e2}}]}",
                        ProblemKind.INVALID, "/responses/0/answers/i1", "an answer is a level 1 to 4 (1 to 6 on the six-level scale)"),
                Arguments.of(HEAD + "{\"instrument\":\"EIT\",\"answers\":{\"i1\":4}}]}",
                        ProblemKind.INVALID, "/responses/0/answers/i1", "it belongs to IIT"),
                Arguments.of(HEAD + "{\"answers\":{\"i1\":4}}]}",
                        ProblemKind.MISSING, "/responses/0/instrument", "names its instrument"),
                Arguments.of(HEAD + "{\"instrument\":\"OIT\",\"answers\":{}}]}",
                        ProblemKind.INVALID, "/responses/0/instrument", "OIT is a checklist"),
                Arguments.of(HEAD + "{\"instrument\":\"IIT\",\"answers\":{\"i1\":[4]}}]}",
                        ProblemKind.INVALID, "/responses/0/answers/i1", "an answer is a level"),
                Arguments.of(HEAD + "{\"instrument\":\"IIT\",\"mood\":1}]}",
                        ProblemKind.UNKNOWN_FIELD, "/responses/0/mood", "mood"),
                Arguments.of("{\"office\":\"x\",\"responses\":[],\"fiscalYear\":2564}",
                        ProblemKind.CONFLICT, "/responses", "comes before responses"),
                Arguments.of("{\"office\":\"x\",\"fiscalYear\":2564,\"edition\":\"obec-esa-2566\",\"responses\":[]}",
                        ProblemKind.CONFLICT, "/fiscalYear", "covers fiscal years"),
                Arguments.of("{\"fiscalYear\":2564,\"responses\":[]}",
                        ProblemKind.MISSING, "/office", "an office is named"),
                Arguments.of("{\"office\":\"x\",\"fiscalYear\":2564,\"populations\":{\"staff\":-1},\"responses\":[]}",
                        ProblemKind.INVALID, "/populations/staff", "from 0 to"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void batchRefusalsNameTheResponseAndQuestion(String batch, ProblemKind kind, String pointer, String fragment) {
        InvalidInputException e = Refusals.refused(() -> ItaJson.standard().readSurveyBatch(json(batch), null));
        Refusals.assertFirst(e, kind, pointer, fragment);
    }

    @Test
    void answersMayBeLabelsThaiDigitsOrNull() {
        SurveyBatch batch = ItaJson.standard().readSurveyBatch(json(HEAD
                + "{\"instrument\":\"IIT\",\"answers\":{\"i1\":\"มากที่สุด\",\"i2\":\"๓\",\"i3\":null}},"
                + "{\"answers\":{\"e5\":\"ไม่มี\"},\"instrument\":\"EIT\"}]}"), null);
        var q = batch.edition().questionnaire().orElseThrow();
        assertEquals(1, batch.iit().count(q.find("i1").orElseThrow(), org.itascore.survey.Answer.LEVEL_4));
        assertEquals(1, batch.iit().count(q.find("i2").orElseThrow(), org.itascore.survey.Answer.LEVEL_3));
        assertEquals(0, batch.iit().answered(q.find("i3").orElseThrow()));
        assertEquals(1, batch.eit().count(q.find("e5").orElseThrow(), org.itascore.survey.Answer.NO));
    }

    @Test
    void sixLevelLabelsAreReadForTheirQuestionsScale() {
        // an edition whose form moved to six levels, points assumed linear: 0, 20, 40, 60, 80, 100
        org.itascore.edition.Edition six = org.itascore.edition.Editions.builtIn().get("nacc-2569").derive("six-2569",
                        org.itascore.FiscalYear.of(2569))
                .questionnaire(org.itascore.survey.Questionnaire.STANDARD.onScale(org.itascore.survey.QuestionKind.SIX_LEVEL))
                .answerScale(org.itascore.survey.AnswerScale.SIX_LEVEL_LINEAR).build();
        ItaJson json = ItaJson.standard().withEditions(org.itascore.edition.Editions.builtIn().with(six));
        String text = "{\"edition\":\"six-2569\",\"office\":\"x\",\"fiscalYear\":2569,\"responses\":["
                + "{\"instrument\":\"IIT\",\"answers\":{\"i1\":\"น้อย\",\"i2\":\"มากพอสมควร\"}},"
                + "{\"instrument\":\"IIT\",\"answers\":{\"i1\":6,\"i2\":\"น้อยมาก\"}}]}";
        SurveyBatch batch = json.readSurveyBatch(json(text), null);
        var q = six.questionnaire().orElseThrow();
        var i1 = q.find("i1").orElseThrow();
        // "น้อย" is level 3 of six (40 points), 6 is 100: (40 + 100) / 2 = 70
        assertEquals(1, batch.iit().count(i1, org.itascore.survey.Answer.LEVEL_3));
        assertEquals(org.itascore.Score.of(70), batch.iit().questionScore(i1, six.answerScale()).orElseThrow());
        // "มากพอสมควร" 80, "น้อยมาก" 20: (80 + 20) / 2 = 50
        assertEquals(org.itascore.Score.of(50), batch.iit().questionScore(q.find("i2").orElseThrow(), six.answerScale()).orElseThrow());
        // 7 is no level of six
        InvalidInputException e = Refusals.refused(() -> json.readSurveyBatch(json(text.replace("\"i1\":6", "\"i1\":7")), null));
        Refusals.assertFirst(e, ProblemKind.INVALID, "/responses/1/answers/i1", "a six-level question is answered a level from 1 to 6 or a label of its form");
    }

    static Stream<Arguments> checklistRefusals() {
        return Stream.of(
                Arguments.of("{\"items\":{\"O1\":{\"present\":true,\"evidence\":\"ftp://x.go.th/a\"}}}", "/items/O1/evidence",
                        "http or https"),
                Arguments.of("{\"items\":{\"O1\":{\"evidence\":\"https://x.go.th/a\"}}}", "/items/O1/present", "whether it is present"),
                Arguments.of("{\"items\":{\"O1\":{\"present\":\"yes\"}}}", "/items/O1/present", "true or false"),
                Arguments.of("{}", "/items", "has its items"),
                Arguments.of("{\"items\":{},\"catalogue\":{\"subIndicators\":[{\"id\":\"9.1\",\"indicator\":9,"
                        + "\"title\":{\"th\":\"ก\",\"en\":\"a\"}}],\"items\":[{\"id\":\"N1\",\"subIndicator\":\"9.9\","
                        + "\"title\":{\"th\":\"ก\",\"en\":\"a\"}}]}}", "/catalogue/items/N1", "no such sub-indicator"),
                Arguments.of("{\"items\":{},\"catalogue\":{\"subIndicators\":[{\"id\":\"9.1\",\"indicator\":9,"
                        + "\"title\":{\"th\":\"ก\"}}],\"items\":[]}}", "/catalogue/subIndicators/0/title/en", "English form"),
                // an id with a dot stays one pointer segment: the issue's /catalogue/subIndicators/9/1 was wrong
                Arguments.of("{\"items\":{},\"catalogue\":{\"subIndicators\":[{\"id\":\"9.1\",\"indicator\":9,"
                        + "\"title\":{\"th\":\"ก\",\"en\":\"a\"}}],\"items\":[]}}", "/catalogue/subIndicators/9.1",
                        "a sub-indicator has at least one item"));
    }

    @Test
    void aPublishedItemWithoutEvidenceIsRefusedWhereTheChecklistIsChecked() {
        // the rule lives in OitChecklist: the reader keeps the entry, the check against the catalogue lists it with
        // the checklist's other problems, at the same pointer and code as when the reader refused it
        ChecklistInput input = ItaJson.standard().readChecklist(json("{\"items\":{\"O1\":{\"present\":true}}}"));
        InvalidInputException e = Refusals.refused(() -> input.toChecklist(Optional.of(OitCatalogue.builtIn("ovec-2569"))));
        Refusals.assertFirst(e, null, "/items/O1/evidence", "evidence address");
        assertEquals("checklist.evidenceMissing", e.problems().get(0).code());
    }

    @ParameterizedTest
    @MethodSource("checklistRefusals")
    void checklistRefusalsNameTheItem(String checklist, String pointer, String fragment) {
        InvalidInputException e = Refusals.refused(() -> ItaJson.standard().readChecklist(json(checklist)));
        Refusals.assertFirst(e, null, pointer, fragment);
    }

    @Test
    void aChecklistCarriesItsOwnCatalogueForEditionsWithoutOne() {
        String checklist = "{\"catalogue\":{\"subIndicators\":["
                + "{\"id\":\"9.1\",\"indicator\":9,\"title\":{\"th\":\"ข้อมูลพื้นฐาน\",\"en\":\"Basic\"}},"
                + "{\"id\":\"10.1\",\"indicator\":10,\"title\":{\"th\":\"การป้องกัน\",\"en\":\"Prevention\"}}],"
                + "\"items\":[{\"id\":\"N1\",\"subIndicator\":\"9.1\",\"title\":{\"th\":\"ก\",\"en\":\"a\"}},"
                + "{\"id\":\"N2\",\"subIndicator\":\"9.1\",\"title\":{\"th\":\"ข\",\"en\":\"b\"}},"
                + "{\"id\":\"N3\",\"subIndicator\":\"10.1\",\"title\":{\"th\":\"ค\",\"en\":\"c\"}}]},"
                + "\"items\":{\"N1\":{\"present\":true,\"evidence\":\"https://x.go.th/n1\"},\"N2\":{\"present\":false},"
                + "\"N3\":{\"present\":true,\"evidence\":\"https://x.go.th/n3\"}}}";
        var input = ItaJson.standard().readChecklist(json(checklist));
        var edition = org.itascore.edition.Editions.builtIn().get("obec-esa-2566");
        var oit = org.itascore.raw.RawAssessor.checklist(input, edition);
        assertEquals("50.00", oit.indicatorScore(Indicator.INFORMATION_DISCLOSURE).toString());
        assertEquals("100.00", oit.indicatorScore(Indicator.CORRUPTION_PREVENTION).toString());
        var noCatalogue = ItaJson.standard().readChecklist(json("{\"items\":{}}"));
        var e = assertThrows(org.itascore.InvalidInputException.class, () -> org.itascore.raw.RawAssessor.checklist(noCatalogue, edition));
        assertTrue(e.getMessage().contains("no built-in OIT catalogue"), e.getMessage());
    }

    @Test
    void aChecklistOrAnEditionMayNameABuiltInCatalogue() {
        // the FY2566 revision as far as it is known, classic ranges (assumed): only O31 (9.5, five items) absent:
        // indicator 9 = mean(1, 1, 1, 1, 4/5) = 24/25 -> 96.00
        StringBuilder items = new StringBuilder();
        for (int n = 1; n <= 43; n++) {
            items.append(n == 1 ? "" : ",").append("\"O").append(n).append("\":")
                    .append(n == 31 ? "{\"present\":false}" : "{\"present\":true,\"evidence\":\"https://x.go.th/o" + n + "\"}");
        }
        var input = ItaJson.standard().readChecklist(json("{\"catalogue\":\"nacc-2566\",\"items\":{" + items + "}}"));
        var oit = org.itascore.raw.RawAssessor.checklist(input, org.itascore.edition.Editions.builtIn().get("obec-esa-2566"));
        assertEquals("96.00", oit.indicatorScore(Indicator.INFORMATION_DISCLOSURE).toString());
        assertEquals("100.00", oit.indicatorScore(Indicator.CORRUPTION_PREVENTION).toString());
        var unknown = Refusals.refused(() -> ItaJson.standard().readChecklist(json("{\"catalogue\":\"nacc-2570\",\"items\":{}}")));
        Refusals.assertFirst(unknown, ProblemKind.INVALID, "/catalogue", "unknown catalogue; built-in catalogues are classic");
        var edition = ItaJson.standard().readEdition(json(
                "{\"id\":\"mine-2570\",\"derivedFrom\":\"ovec-2569\",\"fiscalYears\":[2570],\"oitCatalogue\":\"nacc-2569\"}"));
        assertEquals(org.itascore.oit.OitCatalogue.builtIn("nacc-2569"), edition.oitCatalogue().orElseThrow());
        // written out in full, it reads back equal
        assertEquals(edition, ItaJson.standard().readEdition(json(ItaJson.standard().writeValue(edition))));
    }
}
