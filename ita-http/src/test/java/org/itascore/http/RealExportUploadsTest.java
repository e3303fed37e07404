package org.itascore.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.itascore.samples.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads of exports as offices make them, over HTTP as a PHP system sends them: swapped files told in Thai, another
 * year's checklist with its catalogue named, the year taken from the timestamps, and a multipart body sent to the
 * JSON-only path pointed to the path that takes files. The sheets are the bundled sample's, changed by the test.
 */
class RealExportUploadsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static ItaServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        server = ItaServer.builder().port(0).threads(4).build().start();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Part(String name, String fileName, byte[] content) {
        static Part field(String name, String value) {
            return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static Part sample(String name, String sample) {
            return new Part(name, sample.substring(sample.lastIndexOf('/') + 1), Samples.bytes(sample));
        }
    }

    private static HttpResponse<String> upload(String path, List<Part> parts, String... headers) throws Exception {
        String boundary = "ita-test-boundary-3fJw8";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(p.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(server.address().resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<Part> sample(String... fields) {
        List<Part> parts = new ArrayList<>(List.of(Part.sample("iit", "csv/iit-2564.csv"), Part.sample("eit", "csv/eit-2564.csv"),
                Part.sample("oit", "csv/oit-2564.csv"), Part.field("office", "สพม.ตัวอย่าง")));
        for (int i = 0; i < fields.length; i += 2) {
            parts.add(Part.field(fields[i], fields[i + 1]));
        }
        return parts;
    }

    @Test
    void swappedFilesAreOneProblemEachInTheReadersLanguage() throws Exception {
        HttpResponse<String> r = upload("v1/raw-assessments", List.of(Part.sample("iit", "csv/eit-2564.csv"),
                Part.sample("eit", "csv/iit-2564.csv"), Part.sample("oit", "csv/oit-2564.csv"), Part.field("office", "x"),
                Part.field("fiscalYear", "2564")), "Accept-Language", "th");
        assertEquals(422, r.statusCode(), r.body());
        JsonNode problems = MAPPER.readTree(r.body()).get("problems");
        assertEquals(2, problems.size(), r.body());
        for (JsonNode p : problems) {
            assertEquals("sheet.swapped", p.get("code").asString());
            assertTrue(p.get("rule").asString().contains("ดูเหมือนแฟ้ม IIT กับ EIT สลับกัน"), p.toString());
        }
        assertEquals("eit-2564.csv", problems.get(0).get("sheet").asString());
    }

    @Test
    void anotherYearsChecklistIsScoredWithTheCatalogueNamed() throws Exception {
        HttpResponse<String> refused = upload("v1/raw-assessments", sample("fiscalYear", "2566"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("\"code\":\"raw.noBuiltInCatalogue\""), refused.body());
        HttpResponse<String> scored = upload("v1/raw-assessments", sample("fiscalYear", "2566", "catalogue", "classic"));
        assertEquals(200, scored.statusCode(), scored.body());
        JsonNode result = MAPPER.readTree(scored.body());
        assertEquals(2566, result.get("fiscalYear").asInt());
        // the sample's answers are of FY2564: a finding per instrument
        assertEquals("ANSWERS_OUTSIDE_FISCAL_YEAR", result.get("findings").get(0).get("kind").asString());
        HttpResponse<String> typo = upload("v1/raw-assessments", sample("fiscalYear", "2566", "catalogue", "clasic"));
        assertEquals(422, typo.statusCode());
        JsonNode problem = MAPPER.readTree(typo.body()).get("problems").get(0);
        assertEquals("/catalogue", problem.get("pointer").asString());
        assertTrue(problem.get("rule").asString().contains("did you mean classic?"), problem.toString());
    }

    @Test
    void theFiscalYearMayBeLeftToTheTimestamps() throws Exception {
        HttpResponse<String> given = upload("v1/raw-assessments", sample("fiscalYear", "2564"));
        HttpResponse<String> taken = upload("v1/raw-assessments", sample());
        assertEquals(200, taken.statusCode(), taken.body());
        assertEquals(given.body(), taken.body());
    }

    @Test
    void filesSentToTheJsonPathArePointedToThePathForFiles() throws Exception {
        HttpResponse<String> r = upload("v1/assessments", sample("fiscalYear", "2564"));
        assertEquals(415, r.statusCode());
        assertTrue(MAPPER.readTree(r.body()).get("detail").asString().endsWith("files (Google Forms exports, a checklist "
                + "sheet, raw data) are uploaded as multipart/form-data to POST /v1/raw-assessments"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }
}
