package org.itascore.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.itascore.InvalidInputException;
import org.itascore.ProblemKind;
import org.junit.jupiter.api.Test;

/** The reading limits of {@link ItaJson#LIMITS}, each just below (read) and just over (refused). */
class LimitsTest {

    private static final String TEN = "\"1\":90,\"2\":90,\"3\":90,\"4\":90,\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90";
    private static final ItaJson LENIENT = ItaJson.standard().allowingUnknownFields();

    private static String report(String office, String extra, String tenth) {
        return "{\"office\":\"" + office + "\",\"fiscalYear\":2566" + extra + ",\"indicators\":{" + TEN + ",\"10\":" + tenth + "}}";
    }

    private static String nested(int depth) {
        // the report object is depth 1; "x" holds depth - 1 nested arrays
        return "[".repeat(depth - 1) + "]".repeat(depth - 1);
    }

    @Test
    void nestingDepth() {
        assertEquals("x", LENIENT.readReport(report("x", ",\"x\":" + nested(32), "90")).office());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LENIENT.readReport(report("x", ",\"x\":" + nested(33), "90")));
        Refusals.assertFirst(e, ProblemKind.LIMIT, "/x", "nested at most 32 deep");
    }

    @Test
    void numberLength() {
        // Jackson counts digits, not the decimal point
        String below = "90." + "0".repeat(62); // 64 digits
        assertEquals("90.00", LENIENT.readReport(report("x", "", below)).indicators().asMap().lastEntry().getValue().toString());
        String over = "90." + "0".repeat(63); // 65 digits
        Refusals.assertFirst(assertThrows(InvalidInputException.class, () -> LENIENT.readReport(report("x", "", over))),
                ProblemKind.LIMIT, "/indicators/10", "a number has at most 64 digits");
    }

    @Test
    void stringLength() {
        assertEquals(10_000, LENIENT.readReport(report("ก".repeat(10_000), "", "90")).office().length());
        Refusals.assertFirst(assertThrows(InvalidInputException.class, () -> LENIENT.readReport(report("ก".repeat(10_001), "", "90"))),
                ProblemKind.LIMIT, "/office", "a string has at most 10000 characters");
    }

    @Test
    void nameLength() {
        assertEquals("x", LENIENT.readReport(report("x", ",\"" + "n".repeat(1_000) + "\":1", "90")).office());
        Refusals.assertFirst(assertThrows(InvalidInputException.class,
                () -> LENIENT.readReport(report("x", ",\"" + "n".repeat(1_001) + "\":1", "90"))),
                ProblemKind.LIMIT, "", "a field name has at most 1000 characters");
    }

    @Test
    void documentLength() {
        long limit = 64L * 1024 * 1024;
        String core = report("x", "", "90");
        byte[] atLimit = (core + " ".repeat((int) (limit - core.length()))).getBytes(StandardCharsets.US_ASCII);
        assertEquals(limit, atLimit.length);
        assertEquals("x", ItaJson.standard().readReport(new ByteArrayInputStream(atLimit)).office());
        byte[] over = (core + " ".repeat((int) (limit - core.length() + 1))).getBytes(StandardCharsets.US_ASCII);
        Refusals.assertFirst(assertThrows(InvalidInputException.class, () -> ItaJson.standard().readReport(new ByteArrayInputStream(over))),
                null, "", "a document has at most 64 MiB");
    }
}
