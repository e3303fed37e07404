package org.itascore.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clients of examples/clients, each run against the service with its own interpreter when it is installed
 * (python3; php with its curl extension), as a district system would run it.
 */
class ClientsTest {

    private static final Path CLIENTS = Path.of("..", "examples", "clients");
    private static ItaServer server;

    @BeforeAll
    static void start() {
        server = ItaServer.builder().port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }



    @ParameterizedTest
    @CsvSource({"python3, python/ita_client.py", "php, php/ita_client.php"})
    void theClientScoresTheSampleAndPrintsTheGrade(String interpreter, String client) throws Exception {
        boolean ready = interpreter.equals("php") ? Processes.succeeds("php", "-r", "exit(function_exists('curl_init') ? 0 : 1);")
                : Processes.succeeds(interpreter, "--version");
        if ("true".equals(System.getenv("CI"))) {
            // .ci/run installs the interpreters: in CI a client that cannot run is a failure, never a skip
            org.junit.jupiter.api.Assertions.assertTrue(ready, interpreter + " (with curl for PHP) is not installed in CI");
        }
        assumeTrue(ready, interpreter + " is not installed: the client is not run");
        List<String> out = Processes.run(interpreter, CLIENTS.resolve(client).toString(), server.address().toString());
        assertEquals("0", out.get(0), out.get(1));
        // the sample's total is 90.05 (samples and the audit: the report printed 90.10)
        assertEquals("สพม.ขอนแก่น, fiscal year 2566: 90.05, grade A (Very Good, ดีมาก), passed\n", out.get(1));

        Path bad = Files.createTempFile("report", ".json");
        Files.writeString(bad, "{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{\"1\":105}}");
        List<String> refused = Processes.run(interpreter, CLIENTS.resolve(client).toString(), server.address().toString(), bad.toString());
        Files.delete(bad);
        assertEquals("1", refused.get(0), refused.get(1));
        assertEquals("refused (422): The input breaks a rule\n  /indicators/1: 105: a score lies between 0 and 100\n",
                refused.get(1).lines().limit(2).map(l -> l + "\n").reduce("", String::concat));
    }

    @org.junit.jupiter.api.Test
    void thePythonClientRunsTheConformanceCorpusThroughTheServiceAndPassesTheCheck(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        boolean ready = Processes.succeeds("python3", "--version");
        if ("true".equals(System.getenv("CI"))) {
            org.junit.jupiter.api.Assertions.assertTrue(ready, "python3 is not installed in CI");
        }
        assumeTrue(ready, "python3 is not installed: the client is not run");
        Path corpus = dir.resolve("corpus");
        Path out = dir.resolve("out");
        // the default corpus's first hundred cases: reports, raw data and Google Forms exports, as the index names their endpoints
        List<String> names = org.itascore.testkit.Conformance.generate(org.itascore.edition.Editions.builtIn(), 2569L, 100, corpus);
        org.junit.jupiter.api.Assertions.assertTrue(names.stream().anyMatch(n -> n.contains("-raw-")) && names.stream().anyMatch(n -> n.contains("-sheets-")));
        List<String> run = Processes.run("python3", CLIENTS.resolve("python/conformance.py").toString(), server.address().toString(),
                corpus.toString(), out.toString());
        assertEquals("0", run.get(0), run.get(1));
        assertEquals(List.of(), org.itascore.testkit.Conformance.check(corpus, out));
    }
}
