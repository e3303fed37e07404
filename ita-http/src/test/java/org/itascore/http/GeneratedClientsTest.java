package org.itascore.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clients a district engineer generates from the service's own document: the build writes the document as
 * served (target/openapi.json) and OpenAPI Generator makes a PHP and a Python client of it, offline
 * (target/generated-clients); here each runs examples/clients/generated against the service, as a district system
 * would: it scores the sample report and reads a refused report's problems by their codes, in Thai.
 */
class GeneratedClientsTest {

    private static final Path GENERATED = Path.of("target", "generated-clients");
    private static final Path SCRIPTS = Path.of("..", "examples", "clients", "generated");
    private static final Path SAMPLE = Path.of("..", "samples", "khon-kaen-2566.json");
    private static ItaServer server;

    @BeforeAll
    static void start() {
        server = ItaServer.builder().port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theClientsAreGeneratedFromTheDocumentTheServiceServes() throws Exception {
        assertEquals(Api.OPENAPI, Files.readString(Path.of("target", "openapi.json"), StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(GENERATED.resolve("php/lib/Api/AssessmentApi.php")));
        assertTrue(Files.isRegularFile(GENERATED.resolve("python/itascore_client/api/assessment_api.py")));
        // the methods are named by the operations' ids, not after paths
        assertTrue(Files.readString(GENERATED.resolve("php/lib/Api/AssessmentApi.php")).contains("public function assessReport("));
        assertTrue(Files.readString(GENERATED.resolve("python/itascore_client/api/assessment_api.py")).contains("def assess_report("));
    }

    @ParameterizedTest
    @CsvSource({"php, php, score.php", "python3, python, score.py"})
    void theGeneratedClientScoresTheSampleAndReadsAProblemsCodes(String interpreter, String client, String script) throws Exception {
        boolean ready = interpreter.equals("php")
                ? Processes.succeeds("php", "-r", "exit(function_exists('curl_init') && is_file('/usr/share/php/GuzzleHttp/autoload.php') ? 0 : 1);")
                : Processes.succeeds("python3", "-c", "import pydantic, urllib3, dateutil, typing_extensions; assert int(pydantic.VERSION[0]) >= 2");
        if ("true".equals(System.getenv("CI"))) {
            // .ci/run installs what the clients need: in CI a client that cannot run is a failure, never a skip
            assertTrue(ready, interpreter + " with what the generated client needs is not installed in CI");
        }
        assumeTrue(ready, interpreter + " with what the generated client needs is not installed: the client is not run");
        List<String> out = Processes.run(interpreter, SCRIPTS.resolve(script).toString(), GENERATED.resolve(client).toString(),
                server.address().toString().replaceAll("/$", ""), SAMPLE.toString());
        assertEquals("0", out.get(0), out.get(1));
        // the sample scores 90.05 (its report printed 90.10), grade A; indicator 10 alone is under 85. The edition of
        // FY2562 does not cover FY2566, which has its own: refused at /fiscalYear with that rule's code, in Thai
        assertEquals("score 90.05 grade A passed yes\n"
                + "below the pass mark: indicator 10, 83.75\n"
                + "refused 422: ข้อมูลนำเข้าไม่ถูกต้อง\n"
                + "problem edition.yearHasOwn at /fiscalYear\n", out.get(1));
    }


}
