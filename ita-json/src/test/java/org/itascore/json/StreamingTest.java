package org.itascore.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A survey batch is read in constant memory: a forked JVM with a 32 MiB heap scores a generated batch of
 * about 100 MiB, more than three times its heap.
 */
class StreamingTest {

    static final int RESPONSES = 500_000;

    @Test
    void aBatchFarLargerThanTheHeapIsReadInConstantMemory(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("batch.json");
        write(batch);
        long size = Files.size(batch);
        assertTrue(size > 3L * 32 * 1024 * 1024, "the batch is " + size + " bytes");

        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                StreamingTest.Main.class.getName(), batch.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the forked JVM finished");
        assertEquals(0, process.exitValue(), out);
        // half IIT, half EIT; every IIT respondent answers i1 with level 4 (100), i2 with 4 or 1 alternately
        assertEquals("IIT " + RESPONSES / 2 + " EIT " + RESPONSES / 2 + " i1 100.00 i2 50.00", out.strip());
    }

    private static void write(Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("{\"office\":\"big\",\"fiscalYear\":2564,\"responses\":[\n");
            for (int r = 0; r < RESPONSES; r++) {
                if (r > 0) {
                    w.write(",\n");
                }
                if (r % 2 == 0) {
                    w.write("{\"instrument\":\"IIT\",\"answers\":{\"i1\":4,\"i2\":" + (r % 4 == 0 ? 4 : 1));
                    for (int i = 3; i <= 30; i++) {
                        w.write(",\"i" + i + "\":3");
                    }
                } else {
                    w.write("{\"instrument\":\"EIT\",\"answers\":{\"e5\":\"no\"");
                    for (int e = 1; e <= 15; e++) {
                        if (e != 5) {
                            w.write(",\"e" + e + "\":4");
                        }
                    }
                }
                w.write("}}");
            }
            w.write("]}\n");
        }
    }

    /** The forked JVM: reads the batch and prints the counts and two question scores. */
    public static final class Main {
        private Main() {
        }

        /**
         * @param args the batch file
         * @throws IOException if it cannot be read
         */
        public static void main(String[] args) throws IOException {
            try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                var batch = ItaJson.standard().readSurveyBatch(in, null);
                var q = batch.edition().questionnaire().orElseThrow();
                var scale = batch.edition().answerScale();
                System.out.println("IIT " + batch.iit().respondents() + " EIT " + batch.eit().respondents()
                        + " i1 " + batch.iit().questionScore(q.find("i1").orElseThrow(), scale).orElseThrow()
                        + " i2 " + batch.iit().questionScore(q.find("i2").orElseThrow(), scale).orElseThrow());
            }
        }
    }

}
