package org.itascore.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.itascore.InvalidInputException;
import org.itascore.ProblemKind;
import org.itascore.cohort.CohortBuilder;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Refusal tables of the formats that RefusalTest, SurveyBatchTest and EditionJsonTest do not cover: the cohort
 * (format 6), the improvement plan (format 7) and the assessment result read back (format 4). Each row: the
 * kind, the JSON pointer and a fragment of the message.
 */
class FormatRefusalsTest {

    private static final String TEN = "\"1\":90,\"2\":90,\"3\":90,\"4\":90,\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90,\"10\":90";
    private static final String REPORT = "{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{" + TEN + "}}";
    /** Another office's report: a cohort takes each office once a year. */
    private static final String OTHER = REPORT.replace("\"x\"", "\"y\"");

    static Stream<Arguments> cohorts() {
        return Stream.of(
                Arguments.of("a bad score in the second report", "[" + REPORT + "," + OTHER.replace("\"7\":90", "\"7\":105") + "]",
                        ProblemKind.INVALID, "/1/indicators/7", "between 0 and 100"),
                Arguments.of("an unknown edition on the second line", REPORT + "\n"
                        + OTHER.replace("\"fiscalYear\"", "\"edition\":\"nope\",\"fiscalYear\""),
                        ProblemKind.INVALID, "/1/edition", "unknown edition"),
                Arguments.of("a report that is not an object", "[" + REPORT + ",7]", ProblemKind.TYPE, "/1", "a JSON object"),
                Arguments.of("null in place of a report", "[null]", ProblemKind.TYPE, "/0", "not null"),
                Arguments.of("content after the array", "[" + REPORT + "] {}", ProblemKind.MALFORMED, "",
                        "content follows the end of the cohort's array"),
                Arguments.of("an empty cohort", "[]", ProblemKind.MISSING, "", "at least one report"),
                Arguments.of("not JSON", "[" + REPORT + ", x", ProblemKind.MALFORMED, "/1", "not valid JSON"),
                Arguments.of("the same office twice in a year", "[" + REPORT + "," + OTHER + "," + REPORT + "]",
                        ProblemKind.DUPLICATE, "/2/office", "office x appears twice for fiscal year 2566: records 0 and 2"),
                Arguments.of("the same office id twice in a year", "[" + REPORT.replaceFirst("\\{", "{\"officeId\":\"1040\",") + ","
                        + OTHER.replaceFirst("\\{", "{\"officeId\":\"1040\",") + "]",
                        ProblemKind.DUPLICATE, "/1/officeId", "office id 1040 appears twice for fiscal year 2566: records 0 and 1"),
                Arguments.of("a dotted id keeps its segment", "[" + REPORT.replace("\"indicators\"", "\"a.b/c\":1,\"indicators\"") + "]",
                        ProblemKind.UNKNOWN_FIELD, "/0/a.b~1c", "not a field"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cohorts")
    void cohortRefusals(String what, String json, ProblemKind kind, String pointer, String fragment) {
        InvalidInputException e = Refusals.refused(() -> ItaJson.standard().readCohort(Refusals.json(json),
                CohortBuilder.strict(Editions.builtIn())));
        Refusals.assertFirst(e, kind, pointer, fragment);
    }

    @Test
    void aLenientCohortReadsOnPastABadRecord() {
        String json = REPORT + "\n" + OTHER.replace("\"7\":90", "\"7\":105") + "\n{\"office\":7}\n" + OTHER + "\n";
        var result = ItaJson.standard().readCohort(Refusals.json(json), CohortBuilder.lenient(Editions.builtIn()));
        assertEquals(4, result.records());
        assertEquals(2, result.cohort().size());
        assertEquals(List.of(1L, 2L), result.problems().stream().map(r -> r.index()).toList());
        assertEquals("/indicators/7", JsonPointers.of(result.problems().get(0).problems().get(0).location()).toString());
    }

    private static String plan(String head, String activity) {
        return "{" + head + "\"report\":" + REPORT + ",\"activities\":[" + activity + "]}";
    }

    static Stream<Arguments> plans() {
        String fine = "{\"name\":\"a\",\"budget\":\"5,000\",\"months\":[\"ม.ค. 67\"],\"indicators\":[10]}";
        String head = "\"office\":\"x\",\"fiscalYear\":2567,";
        return Stream.of(
                Arguments.of("a blank office", plan("\"office\":\" \",\"fiscalYear\":2567,", fine), ProblemKind.INVALID, "/office", "has a letter or a digit"),
                Arguments.of("no fiscal year", plan("\"office\":\"x\",", fine), ProblemKind.MISSING, "/fiscalYear", "fiscal year"),
                Arguments.of("no report", "{" + head + "\"activities\":[" + fine + "]}", ProblemKind.MISSING, "/report", "report it answers"),
                Arguments.of("a blank activity name", plan(head, fine.replace("\"a\"", "\"\u200b\"")), ProblemKind.INVALID,
                        "/activities/0/name", "has a letter or a digit"),
                Arguments.of("a budget of commas", plan(head, fine.replace("\"5,000\"", "\",,5,,\"")), ProblemKind.INVALID,
                        "/activities/0/budget", "an amount in baht"),
                Arguments.of("a budget in thousandths", plan(head, fine.replace("\"5,000\"", "5000.001")), ProblemKind.INVALID,
                        "/activities/0/budget", "at most two decimals"),
                Arguments.of("month zero", plan(head, fine.replace("ม.ค. 67", "ม.ค. 0000")), ProblemKind.INVALID,
                        "/activities/0/months/0", "B.E. 2400 to 2799"),
                Arguments.of("indicator 11", plan(head, fine.replace("[10]", "[10, 11]")), ProblemKind.INVALID,
                        "/activities/0/indicators/1", "from 1 to 10"),
                Arguments.of("a bad report inside", plan(head, fine).replace("\"7\":90", "\"7\":105"), ProblemKind.INVALID,
                        "/report/indicators/7", "between 0 and 100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void planRefusals(String what, String json, ProblemKind kind, String pointer, String fragment) {
        Refusals.assertFirst(Refusals.refused(() -> ItaJson.standard().readPlan(Refusals.json(json))), kind, pointer, fragment);
    }

    @Test
    void everyProblemOfAPlanIsListed() {
        String json = plan("\"office\":\" \",\"fiscalYear\":2567,", "{\"name\":\" \",\"budget\":\",,5,,\"},{\"budget\":1}");
        InvalidInputException e = Refusals.refused(() -> ItaJson.standard().readPlan(Refusals.json(json)));
        assertEquals(List.of("/office", "/activities/0/name", "/activities/0/budget", "/activities/1/name"),
                e.problems().stream().map(p -> JsonPointers.of(p.location()).toString()).toList(), e.getMessage());
    }

    static Stream<Arguments> results() throws Exception {
        String valid = Files.readString(Path.of("src", "test", "resources", "golden", "seed-000-fy2566.result.json"),
                StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("a forged grade", valid.replace("\"score\":90.05,\"grade\":\"A\"", "\"score\":90.05,\"grade\":\"AA\""),
                        "/grade", "does not match"),
                Arguments.of("a forged total", valid.replace("\"score\":90.05,", "\"score\":99.05,"), "/score", "does not match"),
                Arguments.of("a forged pass", valid.replace("\"rank\":10}", "\"rank\":10}").replace("\"passed\":false", "\"passed\":true"),
                        "/indicators/9", "does not match the recomputation"),
                Arguments.of("an unknown edition", valid.replace("obec-esa-2566", "nope"), "/edition", "unknown edition"),
                Arguments.of("a score over 100", valid.replace("\"score\":98.71", "\"score\":101"), "/indicators/0/score",
                        "between 0 and 100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void assessmentResultRefusals(String what, String json, String pointer, String fragment) {
        Refusals.assertFirst(Refusals.refused(() -> ItaJson.standard().readAssessment(Refusals.json(json))), null, pointer,
                fragment);
    }
}
