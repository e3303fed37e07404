package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ita score BATCH --oit CHECKLIST}; expected values from samples/check-samples.py (exact fractions). */
class RawScoreCommandTest {

    private static final String BATCH = Path.of("..", "samples", "survey-2564.json").toString();
    private static final String OIT = Path.of("..", "samples", "oit-2564.json").toString();

    @Test
    void scoresTheSampleRawData() {
        Run run = Run.of("score", BATCH, "--oit", OIT);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Instruments: IIT 80.02 (weight 0.3), EIT 81.57 (weight 0.3), OIT 76.39 (weight 0.4)"), run.out());
        assertTrue(run.out().contains("Total: 79.03, grade B (Good), not passed"), run.out());
        assertTrue(run.out().contains("  O43   10.2           Actions under those measures            +5.00"), run.out());
        assertTrue(run.out().contains("4 Use of government property: i19 69.05"), run.out());
    }

    @Test
    void theScaleCanBeChosen() {
        Run thirds = Run.of("score", BATCH, "--oit", OIT, "--format", "json");
        Run quarters = Run.of("score", BATCH, "--oit", OIT, "--format", "json", "--scale", "quarters");
        assertEquals(0, quarters.exitCode(), quarters.err());
        assertTrue(!thirds.out().equals(quarters.out()));
        assertEquals(2, Run.of("score", BATCH, "--oit", OIT, "--scale", "fifths").exitCode());
        assertEquals(2, Run.of("score", "--scale", "quarters").exitCode());
    }

    @Test
    void badRawInputNamesFileAndPointer(@TempDir Path dir) throws IOException {
        Path batch = dir.resolve("b.json");
        Files.writeString(batch, "{\"office\":\"x\",\"fiscalYear\":2564,\"responses\":[{\"instrument\":\"IIT\",\"answers\":{\"i7\":9}}]}");
        Run run = Run.of("score", batch.toString(), "--oit", OIT);
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("ita: " + batch + ": /responses/0/answers/i7: "), run.err());

        Path checklist = dir.resolve("c.json");
        Files.writeString(checklist, "{\"items\":{\"O1\":{\"present\":false}}}");
        Run missing = Run.of("score", BATCH, "--oit", checklist.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("ita: " + checklist + ": /items: missing: every item of the catalogue is given"),
                missing.err());
        assertEquals(3, Run.of("score", BATCH, "--oit", dir.resolve("none.json").toString()).exitCode());
        assertEquals(3, Run.of("score", dir.resolve("none.json").toString(), "--oit", OIT).exitCode());
    }
}
