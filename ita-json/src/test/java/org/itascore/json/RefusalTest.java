package org.itascore.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.itascore.InvalidInputException;
import org.itascore.ProblemKind;
import org.itascore.report.IndicatorReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each refusal of format 1: the problem's kind, the JSON pointer, and a fragment of the message. */
class RefusalTest {

    private static final String TEN = "\"1\":90,\"2\":90,\"3\":90,\"4\":90,\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90,\"10\":90";

    private static String report(String extra, String indicators) {
        return "{\"office\":\"x\",\"fiscalYear\":2566" + extra + ",\"indicators\":{" + indicators + "}}";
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("C.E.-looking fiscal year", "{\"office\":\"x\",\"fiscalYear\":2023,\"indicators\":{" + TEN + "}}",
                        ProblemKind.INVALID, "/fiscalYear", "did you mean 2566?"),
                Arguments.of("fiscal year as a fraction", "{\"office\":\"x\",\"fiscalYear\":2566.5,\"indicators\":{" + TEN + "}}",
                        ProblemKind.TYPE, "/fiscalYear", "whole Buddhist Era year"),
                Arguments.of("unknown field", report(",\"colour\":\"red\"", TEN),
                        ProblemKind.UNKNOWN_FIELD, "/colour", "colour"),
                Arguments.of("unknown field deep down", report(",\"published\":{\"indicators\":{\"7\":{\"colour\":1}}}", TEN),
                        ProblemKind.UNKNOWN_FIELD, "/published/indicators/7/colour", "colour"),
                Arguments.of("missing office", "{\"fiscalYear\":2566,\"indicators\":{" + TEN + "}}",
                        ProblemKind.MISSING, "/office", "an office is named"),
                Arguments.of("missing indicators", "{\"office\":\"x\",\"fiscalYear\":2566}",
                        ProblemKind.MISSING, "/indicators", "indicator scores"),
                Arguments.of("office as a number", "{\"office\":7,\"fiscalYear\":2566,\"indicators\":{" + TEN + "}}",
                        ProblemKind.TYPE, "/office", "a JSON string"),
                Arguments.of("score as an object", report("", "\"1\":{\"value\":90}"),
                        ProblemKind.TYPE, "/indicators/1", "a score is a JSON number"),
                Arguments.of("score as a boolean", report("", "\"1\":true"),
                        ProblemKind.TYPE, "/indicators/1", "a score is a JSON number"),
                Arguments.of("score over 100", report("", "\"7\":105"),
                        ProblemKind.INVALID, "/indicators/7", "between 0 and 100"),
                Arguments.of("negative score", report("", "\"7\":-1"),
                        ProblemKind.INVALID, "/indicators/7", "between 0 and 100"),
                Arguments.of("huge score", report("", "\"7\":1e400"),
                        ProblemKind.INVALID, "/indicators/7", "between 0 and 100"),
                Arguments.of("score as malformed text", report("", "\"7\":\"9O.1\""),
                        ProblemKind.INVALID, "/indicators/7", "a score is a decimal such as 96.61"),
                Arguments.of("NaN", report("", "\"7\":NaN"),
                        ProblemKind.INVALID, "/indicators/7", "NaN"),
                Arguments.of("infinity", report("", "\"7\":Infinity"),
                        ProblemKind.INVALID, "/indicators/7", "Infinity"),
                Arguments.of("unknown indicator", report("", "\"11\":90"),
                        ProblemKind.INVALID, "/indicators/11", "numbered 1 to 10"),
                Arguments.of("indicator given twice as 1 and ๑", report("", "\"1\":90,\"๑\":80"),
                        ProblemKind.DUPLICATE, "/indicators/๑", "already given as \"1\""),
                Arguments.of("duplicate key", report("", "\"1\":90,\"1\":80"),
                        ProblemKind.DUPLICATE, "/indicators/1", "a field is given once"),
                Arguments.of("trailing content", report("", TEN) + " {}",
                        ProblemKind.MALFORMED, "", "content follows the end of the JSON document"),
                Arguments.of("not an object", "[1, 2]",
                        ProblemKind.TYPE, "", "is a JSON object"),
                Arguments.of("bad rank", report(",\"published\":{\"indicators\":{\"7\":{\"rank\":1000}}}", TEN),
                        ProblemKind.INVALID, "/published/indicators/7/rank", "from 1 to 999"),
                Arguments.of("bad grade", report(",\"published\":{\"grade\":\"A+\"}", TEN),
                        ProblemKind.INVALID, "/published/grade", "AA, A, B"),
                Arguments.of("history row without a score", report(",\"published\":{\"history\":[{\"fiscalYear\":2565}]}", TEN),
                        ProblemKind.MISSING, "/published/history/0/score", "has a score"),
                Arguments.of("history difference out of range", report(
                        ",\"published\":{\"history\":[{\"fiscalYear\":2565,\"score\":90,\"difference\":\"+120\"}]}", TEN),
                        ProblemKind.INVALID, "/published/history/0/difference", "between -100 and +100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesNamingTheValue(String what, String json, ProblemKind kind, String pointer, String fragment) {
        InvalidInputException e = Refusals.refused(() -> ItaJson.standard().readReport(json));
        Refusals.assertFirst(e, kind, pointer, fragment);
    }

    static Stream<Arguments> assessmentRefusals() {
        return Stream.of(
                Arguments.of("unknown edition", report(",\"edition\":\"obec-2566\"", TEN),
                        ProblemKind.INVALID, "/edition", "did you mean obec-esa-2566? Known editions are obec-esa-2562"),
                Arguments.of("no edition for the year", "{\"office\":\"x\",\"fiscalYear\":2555,\"indicators\":{" + TEN + "}}",
                        ProblemKind.CONFLICT, "/fiscalYear", "no edition covers"));
    }

    /** The edition a report names is resolved where it is assessed, in the registry the caller chose. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("assessmentRefusals")
    void editionsAreResolvedWhereTheReportIsAssessed(String what, String json, ProblemKind kind, String pointer,
            String fragment) {
        IndicatorReport report = ItaJson.standard().readReport(json);
        InvalidInputException e = Refusals.refused(() -> report.assess(org.itascore.edition.Editions.builtIn()));
        Refusals.assertFirst(e, kind, pointer, fragment);
    }

    @Test
    void aReportWithFourProblemsGivesFourProblemsEachAtItsPointer() {
        String json = "{\"fiscalYear\":2023,\"colour\":\"red\",\"indicators\":{" + TEN.replace("\"7\":90", "\"7\":105") + "}}";
        InvalidInputException e = Refusals.refused(() -> ItaJson.standard().readReport(json));
        assertEquals(List.of("/fiscalYear", "/colour", "/indicators/7", "/office"),
                e.problems().stream().map(p -> JsonPointers.of(p.location()).toString()).toList(), e.getMessage());
        assertEquals(List.of(ProblemKind.INVALID, ProblemKind.UNKNOWN_FIELD, ProblemKind.INVALID, ProblemKind.MISSING),
                e.problems().stream().map(p -> p.kind()).toList());
        Refusals.assertNoJacksonWording(e);
    }

    @Test
    void anIndicatorLeftOutIsListedWithTheScoresRefused() {
        // three values refused and indicator 10 not given at all: four problems, the fourth by the edition's rule
        String json = report("", "\"1\":105,\"2\":\"abc\",\"3\":-1,\"4\":80,\"5\":80,\"6\":80,\"7\":80,\"8\":80,\"9\":80");
        InvalidInputException e = Refusals.refused(() -> ItaJson.standard().readReport(json));
        assertEquals(List.of("/indicators/1", "/indicators/2", "/indicators/3", "/indicators"),
                e.problems().stream().map(p -> JsonPointers.of(p.location()).toString()).toList(), e.getMessage());
        assertEquals("indicators.missing", e.problems().get(3).code());
        assertTrue(e.problems().get(3).rule().endsWith("needs a score; none for 10"), e.problems().get(3).rule());
        // a value refused for an indicator counts as given: only those not named at all are missing
        String all = report("", TEN.replace("\"10\":90", "\"10\":\"x\""));
        assertEquals(List.of("/indicators/10"), Refusals.refused(() -> ItaJson.standard().readReport(all)).problems().stream()
                .map(p -> JsonPointers.of(p.location()).toString()).toList());
        // an edition that cannot be resolved leaves the scores' problems alone, and is told when the report is assessed
        String unknown = report(",\"edition\":\"nacc-2999\"", "\"1\":105");
        assertEquals(List.of("/indicators/1"), Refusals.refused(() -> ItaJson.standard().readReport(unknown)).problems().stream()
                .map(p -> JsonPointers.of(p.location()).toString()).toList());
    }

    @Test
    void aHistoryDifferenceOfNullIsNoneAsAClientThatWritesEveryFieldSendsIt() {
        // what a PHP client generated from the OpenAPI document sends for a row that printed no difference
        IndicatorReport report = ItaJson.standard().readReport(report(",\"published\":{\"history\":[{\"fiscalYear\":2565,"
                + "\"score\":90,\"difference\":null},{\"fiscalYear\":2566,\"score\":90,\"difference\":\"+0.00\"}]}", TEN));
        var rows = report.published().history();
        assertEquals(java.util.Optional.empty(), rows.get(0).difference());
        assertEquals(0, rows.get(1).difference().orElseThrow().signum());
    }

    @Test
    void theDocumentNullIsRefused() {
        Refusals.assertFirst(Refusals.refused(() -> ItaJson.standard().readReport("null")), ProblemKind.TYPE, "",
                "a report is a JSON object, not null");
    }

    @Test
    void anEmptyInputIsRefusedInTheLibrarysWords() {
        Refusals.assertFirst(Refusals.refused(() -> ItaJson.standard().readReport("")), ProblemKind.MALFORMED, "",
                "the input is empty");
    }

    @Test
    void unknownFieldsCanBeAllowed() {
        IndicatorReport report = ItaJson.standard().allowingUnknownFields()
                .readReport(report(",\"colour\":{\"deep\":[1,2,{\"x\":3}]}", TEN));
        assertEquals("x", report.office());
    }

    @Test
    void scoresAcceptNumbersAndStringsWithThaiDigits() {
        IndicatorReport report = ItaJson.standard().readReport(report("",
                TEN.replace("\"1\":90", "\"1\":\"๙๘.๗๑\"").replace("\"2\":90", "\"2\":90.030")));
        assertEquals("98.71", report.indicators().asMap().firstEntry().getValue().toString());
        assertEquals(10, report.indicators().asMap().size());
    }
}
