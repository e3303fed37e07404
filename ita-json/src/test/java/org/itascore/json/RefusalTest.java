package org.itascore.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.itascore.report.IndicatorReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Each refusal of format 1: the exception type, the JSON pointer, and a fragment of the message. */
class RefusalTest {

    private static final String TEN = "\"1\":90,\"2\":90,\"3\":90,\"4\":90,\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90,\"10\":90";

    private static String report(String extra, String indicators) {
        return "{\"office\":\"x\",\"fiscalYear\":2566" + extra + ",\"indicators\":{" + indicators + "}}";
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("C.E.-looking fiscal year", "{\"office\":\"x\",\"fiscalYear\":2023,\"indicators\":{" + TEN + "}}",
                        MismatchedInputException.class, "/fiscalYear", "did you mean 2566?"),
                Arguments.of("fiscal year as a fraction", "{\"office\":\"x\",\"fiscalYear\":2566.5,\"indicators\":{" + TEN + "}}",
                        MismatchedInputException.class, "/fiscalYear", "whole Buddhist Era year"),
                Arguments.of("unknown field", report(",\"colour\":\"red\"", TEN),
                        UnrecognizedPropertyException.class, "/colour", "colour"),
                Arguments.of("unknown field deep down", report(",\"published\":{\"indicators\":{\"7\":{\"colour\":1}}}", TEN),
                        UnrecognizedPropertyException.class, "/published/indicators/7/colour", "colour"),
                Arguments.of("missing office", "{\"fiscalYear\":2566,\"indicators\":{" + TEN + "}}",
                        MismatchedInputException.class, "/office", "names its office"),
                Arguments.of("missing indicators", "{\"office\":\"x\",\"fiscalYear\":2566}",
                        MismatchedInputException.class, "/indicators", "indicator scores"),
                Arguments.of("office as a number", "{\"office\":7,\"fiscalYear\":2566,\"indicators\":{" + TEN + "}}",
                        MismatchedInputException.class, "/office", "a JSON string"),
                Arguments.of("score as an object", report("", "\"1\":{\"value\":90}"),
                        MismatchedInputException.class, "/indicators/1", "a score is a JSON number"),
                Arguments.of("score as a boolean", report("", "\"1\":true"),
                        MismatchedInputException.class, "/indicators/1", "a score is a JSON number"),
                Arguments.of("score over 100", report("", "\"7\":105"),
                        InvalidFormatException.class, "/indicators/7", "between 0 and 100"),
                Arguments.of("negative score", report("", "\"7\":-1"),
                        InvalidFormatException.class, "/indicators/7", "between 0 and 100"),
                Arguments.of("huge score", report("", "\"7\":1e400"),
                        InvalidFormatException.class, "/indicators/7", "between 0 and 100"),
                Arguments.of("score as malformed text", report("", "\"7\":\"9O.1\""),
                        InvalidFormatException.class, "/indicators/7", "plain decimal"),
                Arguments.of("NaN", report("", "\"7\":NaN"),
                        StreamReadException.class, "/indicators/7", "NaN"),
                Arguments.of("infinity", report("", "\"7\":Infinity"),
                        StreamReadException.class, "/indicators/7", "Infinity"),
                Arguments.of("unknown indicator", report("", "\"11\":90"),
                        MismatchedInputException.class, "/indicators/11", "numbered 1 to 10"),
                Arguments.of("indicator given twice as 1 and ๑", report("", "\"1\":90,\"๑\":80"),
                        MismatchedInputException.class, "/indicators/๑", "already given as \"1\""),
                Arguments.of("duplicate key", report("", "\"1\":90,\"1\":80"),
                        StreamReadException.class, "/indicators/1", "Duplicate"),
                Arguments.of("unknown edition", report(",\"edition\":\"obec-2566\"", TEN),
                        MismatchedInputException.class, "/edition", "known editions are obec-esa-2562"),
                Arguments.of("no edition for the year", "{\"office\":\"x\",\"fiscalYear\":2555,\"indicators\":{" + TEN + "}}",
                        MismatchedInputException.class, "/fiscalYear", "no edition covers"),
                Arguments.of("trailing content", report("", TEN) + " {}",
                        MismatchedInputException.class, "", "Trailing token"),
                Arguments.of("not an object", "[1, 2]",
                        MismatchedInputException.class, "", "is a JSON object"),
                Arguments.of("bad rank", report(",\"published\":{\"indicators\":{\"7\":{\"rank\":1000}}}", TEN),
                        MismatchedInputException.class, "/published/indicators/7/rank", "from 1 to 999"),
                Arguments.of("bad grade", report(",\"published\":{\"grade\":\"A+\"}", TEN),
                        MismatchedInputException.class, "/published/grade", "AA, A, B"),
                Arguments.of("history row without a score", report(",\"published\":{\"history\":[{\"fiscalYear\":2565}]}", TEN),
                        MismatchedInputException.class, "/published/history/0/score", "has a score"),
                Arguments.of("history difference out of range", report(
                        ",\"published\":{\"history\":[{\"fiscalYear\":2565,\"score\":90,\"difference\":\"+120\"}]}", TEN),
                        MismatchedInputException.class, "/published/history/0/difference", "between -100 and +100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesNamingTheValue(String what, String json, Class<? extends JacksonException> type, String pointer,
            String fragment) {
        JacksonException e = assertThrows(JacksonException.class, () -> ItaJson.standard().readReport(json));
        assertInstanceOf(type, e, what);
        assertEquals(pointer, JsonPointers.of(e), what);
        assertTrue(JsonPointers.message(e).contains(fragment), JsonPointers.message(e));
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
