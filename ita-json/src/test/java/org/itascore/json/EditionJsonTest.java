package org.itascore.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.itascore.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Format 5: an invalid edition is refused at the pointer of what is wrong. */
class EditionJsonTest {

    private static final String BASE = "{\"id\":\"mine-2568\",\"title\":{\"th\":\"ของฉัน\",\"en\":\"Mine\"},\"fiscalYears\":[2568],"
            + "\"instruments\":{\"IIT\":{\"weight\":\"0.5\",\"indicators\":{\"1\":\"1/2\",\"2\":\"1/2\"}},"
            + "\"OIT\":{\"weight\":0.5,\"indicators\":{\"9\":1}}}";

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(BASE.replace("\"weight\":0.5", "\"weight\":0.4") + "}", "/instruments",
                        "instrument weights must sum to exactly 1, they sum to 0.9"),
                Arguments.of(BASE.replace("\"2\":\"1/2\"", "\"2\":\"1/3\"") + "}", "/instruments/IIT",
                        "they sum to 5/6"),
                Arguments.of(BASE.replace("\"9\":1", "\"1\":1") + "}", "/instruments/OIT", "already in IIT"),
                Arguments.of(BASE + ",\"passMark\":80}", "/passMark", "the bands start at 0.00, 50.00"),
                Arguments.of(BASE + ",\"grades\":[{\"grade\":\"F\",\"from\":0,\"to\":50},{\"grade\":\"A\",\"from\":60,\"to\":100}]}",
                        "/grades", "must not leave a gap"),
                Arguments.of(BASE.replace("\"weight\":\"0.5\"", "\"weight\":\"1.5\"") + "}", "/instruments/IIT/weight",
                        "greater than 0 and at most 1"),
                Arguments.of(BASE + ",\"answerScale\":{\"name\":\"mine\",\"points\":[\"0\",\"50\",\"40\",\"100\"]}}",
                        "/answerScale/points", "never decrease"),
                Arguments.of(BASE + ",\"questionnaire\":{\"q1\":{\"instrument\":\"EIT\",\"indicator\":1}}}", "/questionnaire/q1",
                        "measures an indicator of its own instrument"),
                Arguments.of(BASE.replace("\"mine-2568\"", "\"Mine 2568\"") + "}", "/id", "lower-case letters"),
                Arguments.of(BASE + ",\"colour\":1}", "/colour", "not a field of this object"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void invalidEditionsAreRefusedAtTheirPointer(String json, String pointer, String fragment) {
        InvalidInputException e = Refusals.refused(
                () -> ItaJson.standard().readEdition(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        Refusals.assertFirst(e, null, pointer, fragment);
    }

    @org.junit.jupiter.api.Test
    void aMinimalEditionTakesTheDefaults() {
        var e = ItaJson.standard().readEdition(new ByteArrayInputStream((BASE + "}").getBytes(StandardCharsets.UTF_8)));
        assertEquals("85.00", e.passMark().toString());
        assertEquals("exact-thirds", e.answerScale().name());
        assertEquals(org.itascore.Rational.of(1, 4), e.effectiveWeight(org.itascore.Indicator.PERFORMANCE_OF_DUTY));
    }

    @Test
    void aPassMarkOf80MovesTheBandAboveWhenTheEditionSaysSo() {
        String json = BASE + ",\"passMark\":80,\"passMarkMovesBand\":true}";
        org.itascore.edition.Edition e = ItaJson.standard().readEdition(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("80.00", e.passMark().toString());
        assertEquals(org.itascore.Grade.A, e.grade(org.itascore.Score.of(80)));
        // written with the moved bands, and read back equal without the flag
        String written = ItaJson.standard().writeValue(e);
        assertTrue(!written.contains("passMarkMovesBand"), written);
        assertEquals(e, ItaJson.standard().readEdition(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anEditionFileCanDeriveFromAnotherForAYearWithoutRules() {
        String json = "{\"id\":\"nacc-2570-mine\",\"derivedFrom\":\"nacc-2568\",\"fiscalYears\":[2570],\"passMark\":80,"
                + "\"passMarkMovesBand\":true}";
        org.itascore.edition.Edition e = ItaJson.standard().readEdition(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("nacc-2570-mine", e.id());
        assertTrue(e.covers(org.itascore.FiscalYear.of(2570)));
        assertEquals(org.itascore.edition.Editions.builtIn().get("nacc-2568").instrumentWeights(), e.instrumentWeights());
        assertEquals("80.00", e.passMark().toString(), "what the file says changes the base's rule");
        // written out, it is a complete edition that reads back equal without the base
        String written = ItaJson.standard().writeValue(e);
        assertEquals(e, ItaJson.standard().readEdition(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8))));
        InvalidInputException unknown = Refusals.refused(() -> ItaJson.standard().readEdition(new ByteArrayInputStream(
                "{\"id\":\"x\",\"derivedFrom\":\"nope\",\"fiscalYears\":[2570]}".getBytes(StandardCharsets.UTF_8))));
        Refusals.assertFirst(unknown, null, "/derivedFrom", "unknown edition");
    }

    @Test
    void aReportNamingAnEditionForAYearNoEditionCoversIsScoredUnderOneDerivedAndItsResultReadsBack() {
        String report = "{\"edition\":\"nacc-2569\",\"office\":\"x\",\"fiscalYear\":2570,\"indicators\":{\"1\":90,\"2\":90,"
                + "\"3\":90,\"4\":90,\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90,\"10\":80}}";
        org.itascore.assess.Assessment a = ItaJson.standard().readReport(
                new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8))).assess(org.itascore.edition.Editions.builtIn());
        assertEquals("nacc-2569-for-2570", a.edition().id());
        String result = ItaJson.standard().write(a);
        org.itascore.assess.Assessment back = ItaJson.standard().readAssessment(new ByteArrayInputStream(result.getBytes(StandardCharsets.UTF_8)));
        assertEquals(a.edition(), back.edition());
        assertEquals(result, ItaJson.standard().write(back));
    }
}
