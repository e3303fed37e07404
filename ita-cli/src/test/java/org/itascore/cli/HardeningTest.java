package org.itascore.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One regression test per class of defect the adversarial campaign found in the command line. */
class HardeningTest {

    private static final String TEN = "\"1\":90,\"2\":90,\"3\":90,\"4\":90,\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90,\"10\":90";

    private static Run bytes(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Ita.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailedWriteIsExitThreeNotZero() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Ita.run(new String[] {"score"}, new PrintStream(full, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        assertEquals(3, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("ita: cannot write the output"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInputOverTheDocumentLimitIsRefusedBeforeItFillsTheMemory(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 65; i++) {
                out.write(spaces);
            }
        }
        Run run = Run.of("score", big.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("a document has at most 64 MiB"), run.err());
    }

    @Test
    void controlCharactersInAnInputCannotForgeLinesOrReachTheTerminal() {
        // a newline and an ESC sequence in an unknown field's name, and a bidi override in the office
        Run forged = Run.withInput("{\"office\":\"x\",\"fiscalYear\":2566,\"a\\nita: forged\\u001b[31m\":1,\"indicators\":{" + TEN + "}}",
                "score", "-");
        assertEquals(2, forged.exitCode());
        assertEquals(1, forged.err().lines().count(), forged.err());
        assertTrue(forged.err().contains("a\\u000Aita: forged\\u001B[31m"), forged.err());
        assertFalse(forged.err().contains("\u001b"), "no raw ESC reaches the terminal");
        Run bidi = Run.withInput("{\"office\":\"\\u202eevil\",\"fiscalYear\":2566,\"indicators\":{" + TEN + "}}", "score", "-");
        assertTrue(bidi.out().startsWith("ITA assessment: \\u202Eevil, fiscal year 2566"), bidi.out());
        // the cohort's ranking prints office names as every other place does
        Run cohort = Run.withInput("[{\"office\":\"\\u001b[31mred\",\"fiscalYear\":2566,\"indicators\":{" + TEN + "}}]",
                "cohort", "-");
        assertEquals(0, cohort.exitCode(), cohort.err());
        assertFalse(cohort.out().contains("\u001b"), "no raw ESC reaches the terminal: " + cohort.out());
        assertTrue(cohort.out().contains("\\u001B[31mred"), cohort.out());
    }

    @Test
    void textThatIsNotUnicodeIsRefused() {
        byte[] overlong = "{\"office\":\"x\u0000\u0000y\",\"fiscalYear\":2566}".getBytes(StandardCharsets.UTF_8);
        overlong[12] = (byte) 0xC0; // C0 AF is an overlong "/": not UTF-8
        overlong[13] = (byte) 0xAF;
        Run run = bytes(overlong, "score", "-");
        assertEquals(2, run.exitCode());
        assertEquals("ita: <stdin>: /: the input is not UTF-8 text (byte 12); save the file as UTF-8\n", run.err());
        Run surrogate = Run.withInput("{\"office\":\"x\\ud800y\",\"fiscalYear\":2566,\"indicators\":{" + TEN + "}}", "score", "-");
        assertEquals("ita: <stdin>: /office: \"\\uD800\": a text is Unicode; this one holds half a character (a lone surrogate)\n",
                surrogate.err());
    }

    @Test
    void namesOfOnlyInvisibleCharactersAreBlank() {
        Run run = Run.withInput("{\"office\":\"\\u200b\\u200b\",\"fiscalYear\":2566,\"indicators\":{" + TEN + "}}", "score", "-");
        assertEquals(2, run.exitCode());
        assertEquals("ita: <stdin>: /office: \"\\u200B\\u200B\": an office is named: its name has a letter or a digit\n", run.err());
    }

    @Test
    void aTruncatedLineOfACohortNamesItsRecord() {
        String report = "{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{" + TEN + "}}";
        Run run = Run.withInput(report + "\n" + report + "\n" + report.substring(0, 30) + "\n", "cohort", "-");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("ita: <stdin>: /2"), run.err());
        assertTrue(run.err().contains("ends before the document is complete (line 4, column 1)"), run.err()); // the end, after line 3
    }

    @Test
    void theDocumentNullIsRefusedByEveryCommand() {
        for (String command : new String[] {"score", "audit", "history", "plan", "cohort"}) {
            Run run = Run.withInput("null", command, "-");
            assertEquals(2, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().contains("not null"), command + ": " + run.err());
        }
        Run whatif = Run.withInput("null", "whatif", "-", "--target", "pass");
        assertEquals(2, whatif.exitCode(), whatif.err());
    }

    @Test
    void aYearTooLateForTheCommonEraGetsNoWrongHint() {
        Run late = Run.withInput("{\"office\":\"x\",\"fiscalYear\":2199,\"indicators\":{" + TEN + "}}", "score", "-");
        assertEquals("ita: <stdin>: /fiscalYear: \"2199\": a fiscal year is a Buddhist Era year from 2500 to 2700\n", late.err());
        Run early = Run.withInput("{\"office\":\"x\",\"fiscalYear\":2023,\"indicators\":{" + TEN + "}}", "score", "-");
        assertTrue(early.err().contains("did you mean 2566?"), early.err());
    }

    @Test
    void aHistoryWithAYearTwiceIsRefusedByAuditAsByHistory() {
        String report = "{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{" + TEN + "},\"published\":{\"history\":["
                + "{\"fiscalYear\":2565,\"score\":90},{\"fiscalYear\":2566,\"score\":90},{\"fiscalYear\":2565,\"score\":91}]}}";
        for (String command : new String[] {"audit", "history"}) {
            Run run = Run.withInput(report, command, "-");
            assertEquals(2, run.exitCode(), command);
            assertEquals("ita: <stdin>: /published/history/2/fiscalYear: \"2565\": a fiscal year appears once in the history;"
                    + " it is already in row 0\n", run.err(), command);
        }
    }

    @Test
    void aChecklistsOwnCatalogueIsBlamedOnTheChecklist(@TempDir Path dir) throws IOException {
        Path checklist = dir.resolve("oit.json");
        Files.writeString(checklist, "{\"items\":{\"N1\":{\"present\":false}},\"catalogue\":{\"subIndicators\":[{\"id\":\"9.1\","
                + "\"indicator\":9,\"title\":{\"th\":\"ก\",\"en\":\"a\"}}],\"items\":[{\"id\":\"N1\",\"subIndicator\":\"9.1\","
                + "\"title\":{\"th\":\"ก\",\"en\":\"a\"}}]}}");
        Run run = Run.of("score", Path.of("..", "samples", "survey-2564.json").toString(), "--oit", checklist.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("ita: " + checklist + ": /catalogue: \"a catalogue of 1 items in sub-indicators 9.1\": "
                + "the checklist answers another catalogue than edition obec-esa-2564's"), run.err());
        assertTrue(run.err().contains("the catalogue does not cover indicator 10"), run.err());
    }
}
