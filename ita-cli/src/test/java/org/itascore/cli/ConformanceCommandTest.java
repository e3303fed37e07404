package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ita conformance generate} and {@code check}: the corpus's layout, a conforming system, a wrong output. */
class ConformanceCommandTest {

    @Test
    void aCorpusIsWrittenAndASystemsOutputsChecked(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        Run generate = Run.of("conformance", "generate", "--seed", "11", "--count", "18", "--out", corpus.toString());
        assertEquals(0, generate.exitCode(), generate.err());
        assertEquals("wrote 18 cases to " + corpus + "\n", generate.out());
        List<Path> cases;
        try (Stream<Path> list = Files.list(corpus)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(18, cases.size());
        assertTrue(Files.isRegularFile(corpus.resolve("index.json")) && Files.isRegularFile(corpus.resolve("README.md")));
        assertTrue(Files.isRegularFile(cases.get(0).resolve("input.json")) && Files.isRegularFile(cases.get(0).resolve("expected.json")));

        Path actual = Files.createDirectories(dir.resolve("actual"));
        for (Path c : cases) {
            Files.copy(c.resolve("expected.json"), actual.resolve(c.getFileName() + ".json"));
        }
        Run pass = Run.of("conformance", "check", corpus.toString(), "--actual", actual.toString());
        assertEquals(0, pass.exitCode(), pass.err());
        assertEquals("conformance: every case matches\n", pass.out());

        Path wrong = actual.resolve(cases.get(2).getFileName() + ".json");
        Files.writeString(wrong, Files.readString(wrong).replaceFirst("\"grade\" : \"[A-F]+\"", "\"grade\" : \"Z\""));
        Run fail = Run.of("conformance", "check", corpus.toString(), "--actual", actual.toString());
        assertEquals(1, fail.exitCode());
        assertTrue(fail.out().startsWith(cases.get(2).getFileName() + ": /grade: expected \""), fail.out());
        assertTrue(fail.out().endsWith("conformance: 1 difference(s)\n"), fail.out());

        // the wrong folder is no corpus that every system passes
        Run empty = Run.of("conformance", "check", actual.toString(), "--actual", actual.toString());
        assertEquals(1, empty.exitCode());
        assertTrue(empty.out().startsWith("expected a corpus: folders NAME/expected.json"), empty.out());
    }

    @Test
    void misuseIsNamed() {
        assertEquals(2, Run.of("conformance").exitCode());
        Run count = Run.of("conformance", "generate", "--count", "0", "--out", "x");
        assertEquals(2, count.exitCode());
        assertTrue(count.err().startsWith("ita: --count: \"0\": a corpus has 1 to 100000 cases"), count.err());
        assertEquals(3, Run.of("conformance", "check", "no-such-folder", "--actual", "y").exitCode());
    }
}
