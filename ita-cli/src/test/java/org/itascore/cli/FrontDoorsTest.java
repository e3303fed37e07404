package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.itascore.InvalidInputException;
import org.itascore.Language;
import org.itascore.Problem;
import org.itascore.cohort.CohortRequest;
import org.itascore.http.ItaServer;
import org.itascore.raw.Populations;
import org.itascore.whatif.WhatIfRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One front door per use case: the same bad setting given to the Java API, the command line and the service is
 * refused with the same code and value, each located in that front end's own words (the request's field
 * {@code passRate}, the option {@code --pass-rate}, the query parameter {@code passRate}).
 */
class FrontDoorsTest {

    private static final Path COHORT = Path.of("..", "samples", "cohort-2566.ndjson");
    private static final Path REPORT = Path.of("..", "samples", "khon-kaen-2566.json");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static ItaServer server;

    @BeforeAll
    static void start() {
        server = ItaServer.builder().port(0).threads(2).accessLog(line -> { }).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** {@return the status and body of a POST to the service} */
    private static Object[] post(String pathAndQuery, Path body, String contentType, String language) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(server.address().resolve(pathAndQuery).toString()).openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", contentType);
        c.setRequestProperty("Accept-Language", language);
        c.setConnectTimeout(10_000);
        c.setReadTimeout(30_000);
        try (OutputStream out = c.getOutputStream()) {
            out.write(Files.readAllBytes(body));
        }
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Object[] {status, new String(in.readAllBytes(), StandardCharsets.UTF_8)};
        }
    }

    @Test
    void aPassRateOutOfRangeIsRefusedAtItsFieldInEveryFrontEnd() throws IOException {
        // Java: the request's field
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CohortRequest.builder().passRate("150").build());
        Problem p = e.problems().get(0);
        assertEquals("passRate.range", p.code());
        assertEquals("/passRate", p.location().toString());
        assertEquals("150", p.value());

        // the command line: the option
        Run cli = Run.of("cohort", COHORT.toString(), "--pass-rate", "150");
        assertEquals(2, cli.exitCode());
        assertEquals("ita: --pass-rate: \"150\": a pass-rate target is a percentage from 0 to 100\n", cli.err());
        Run thai = Run.of("cohort", COHORT.toString(), "--pass-rate", "150", "--lang", "th");
        assertEquals("ita: --pass-rate: \"150\": เป้าหมายสัดส่วนหน่วยงานที่ผ่านเกณฑ์ต้องเป็นร้อยละ 0 ถึง 100\n", thai.err());

        // the service: the query parameter, the value as sent (not the share 3/2)
        Object[] http = post("v1/cohorts?passRate=150", COHORT, "application/x-ndjson", "en");
        assertEquals(422, http[0]);
        JsonNode problem = MAPPER.readTree((String) http[1]).get("problems").get(0);
        assertEquals("passRate", problem.get("parameter").asString());
        assertEquals("150", problem.get("value").asString());
        assertEquals("passRate.range", problem.get("code").asString());
        assertEquals("a pass-rate target is a percentage from 0 to 100", problem.get("rule").asString());
        Object[] httpThai = post("v1/cohorts?passRate=150", COHORT, "application/x-ndjson", "th");
        assertEquals("เป้าหมายสัดส่วนหน่วยงานที่ผ่านเกณฑ์ต้องเป็นร้อยละ 0 ถึง 100",
                MAPPER.readTree((String) httpThai[1]).get("problems").get(0).get("rule").asString());
    }

    @Test
    void eightyPercentIsTheDefaultHoweverItIsWritten() throws IOException {
        Run byDefault = Run.of("cohort", COHORT.toString(), "--format", "json");
        assertEquals(0, byDefault.exitCode(), byDefault.err());
        for (String written : new String[] {"80", "80%", " 80 % ", "๘๐"}) {
            Run run = Run.of("cohort", COHORT.toString(), "--format", "json", "--pass-rate", written);
            assertEquals(byDefault.out(), run.out(), written);
        }
        Object[] http = post("v1/cohorts", COHORT, "application/x-ndjson", "en");
        assertEquals(200, http[0]);
        for (String written : new String[] {"80", "80%25"}) {
            assertEquals(http[1], post("v1/cohorts?passRate=" + written, COHORT, "application/x-ndjson", "en")[1], written);
        }
        // the target is in the result: 80% of the offices
        assertTrue(((String) http[1]).contains("\"targetPercent\":80.00"), "the result states the target of 80%");
    }

    @Test
    void aShareWrittenAsAFractionOfOneIsAmbiguousAndSaidSo() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CohortRequest.builder().passRate("0.8").build());
        assertEquals("passRate.ambiguous", e.problems().get(0).code());
        assertEquals("0.8 could be 0.8% or 80%; write the percentage with its sign, such as 80% or 0.8%",
                e.problems().get(0).rule());
        Run cli = Run.of("cohort", COHORT.toString(), "--pass-rate", "0.8");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().startsWith("ita: --pass-rate: \"0.8\": 0.8 could be 0.8% or 80%"), cli.err());
        assertEquals(CohortRequest.defaults().passRate(), CohortRequest.builder().passRate("80%").build().passRate());
    }

    @Test
    void aTargetThatIsNoTargetIsRefusedAtItsFieldInEveryFrontEnd() throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WhatIfRequest.of("AAA"));
        assertEquals("target.unknown", e.problems().get(0).code());
        assertEquals("/target", e.problems().get(0).location().toString());
        assertEquals("AAA", e.problems().get(0).value());

        Run cli = Run.of("whatif", "--target", "AAA");
        assertEquals(2, cli.exitCode());
        assertEquals("ita: --target: \"AAA\": a target is pass, a grade (AA to F), a verdict such as GOOD_PASS, or a score "
                + "such as 90\n", cli.err());

        Object[] http = post("v1/whatif?target=AAA", REPORT, "application/json", "en");
        assertEquals(422, http[0]);
        JsonNode problem = MAPPER.readTree((String) http[1]).get("problems").get(0);
        assertEquals("target", problem.get("parameter").asString());
        assertEquals("AAA", problem.get("value").asString());
        assertEquals("target.unknown", problem.get("code").asString());

        // a verdict of an edition without verdicts: the same code in both, at the target
        Run noVerdicts = Run.of("whatif", "--target", "GOOD_PASS");
        assertTrue(noVerdicts.err().startsWith("ita: --target: \"GOOD_PASS\": edition obec-esa-2566 gives no verdicts"),
                noVerdicts.err());
        Object[] httpVerdict = post("v1/whatif?target=GOOD_PASS", REPORT, "application/json", "en");
        assertEquals("target.noVerdicts",
                MAPPER.readTree((String) httpVerdict[1]).get("problems").get(0).get("code").asString());
    }

    @Test
    void aPopulationIsAWholeNumberInTheLibrarysWords() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Populations.parse("1e3", "-1"));
        assertEquals(2, e.problems().size());
        assertEquals("population.format", e.problems().get(0).code());
        assertEquals("/staff", e.problems().get(0).location().toString());
        assertEquals("population.negative", e.problems().get(1).code());
        assertEquals("/stakeholders", e.problems().get(1).location().toString());
        assertEquals(Populations.of(12, 0), Populations.parse("๑๒", "0"));

        Run cli = Run.of("score", "--iit", "../samples/csv/iit-2564.csv", "--eit", "../samples/csv/eit-2564.csv",
                "--oit", "../samples/csv/oit-2564.csv", "--office", "สพม.ตัวอย่าง", "--fiscal-year", "2564",
                "--staff", "1e3", "--stakeholders", "-1", "--lang", "th");
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals("ita: --staff: \"1e3\": " + e.problems().get(0).rule(Language.THAI) + "\n"
                + "ita: --stakeholders: \"-1\": " + e.problems().get(1).rule(Language.THAI) + "\n", cli.err());
        assertTrue(cli.err().contains("จำนวนประชากร"), cli.err());
    }
}
