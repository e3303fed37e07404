package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A coverage-guided fuzz target (Jazzer) for the command line: commands, options and values in any order,
 * with the rest of the input as standard input. Every run ends with a documented exit code (0 to 3), and
 * standard error holds only {@code ita:} lines: no stack trace, no internal error. Files are only ever
 * standard input ({@code -}), so the fuzzer never reads the filesystem or waits on a device.
 *
 * <p>Regression inputs: {@code src/test/resources/org/itascore/cli/CommandLineFuzzTestInputs/arguments}.
 */
class CommandLineFuzzTest {

    private static final String[] WORDS = {"score", "audit", "history", "whatif", "plan", "cohort", "editions", "schema",
        "--help", "--version", "--format", "--lang", "--thai-digits", "--target", "--pass-rate", "--strict", "--oit", "--scale",
        "--provenance", "-", "json", "text", "html", "th", "en", "pass", "AA", "PASS", "90.05", "80%", "report", "exact-thirds"};
    private static final Set<Integer> EXIT_CODES = Set.of(0, 1, 2, 3);

    @FuzzTest(maxDuration = "30s")
    void arguments(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>();
        int count = data.consumeInt(0, 6);
        for (int i = 0; i < count; i++) {
            String word = data.consumeBoolean() ? WORDS[data.consumeInt(0, WORDS.length - 1)] : data.consumeString(12);
            // anything that could name a file becomes standard input
            args.add(word.startsWith("-") || List.of(WORDS).contains(word) ? word : "-" + word.replace('/', '_'));
        }
        byte[] stdin = data.consumeRemainingAsBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Ita.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(EXIT_CODES.contains(code), "exit " + code + " for " + args + ": " + said);
        // the arguments are echoed, so they may say anything; what must never appear is a stack trace or an
        // internal error, which is a defect of the library
        assertFalse(said.contains("\tat ") || said.contains("ita: internal error") || said.contains("ita: out of memory"),
                "a stack trace or an internal error for " + args + ": " + said);
        said.lines().forEach(line -> assertTrue(line.startsWith("ita: ") || line.startsWith("Usage:") || line.isBlank()
                || line.startsWith(" ") || line.startsWith("[picocli"), "a line not in the ita: form for " + args + ": " + line));
    }
}
