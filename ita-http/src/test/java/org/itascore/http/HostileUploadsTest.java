package org.itascore.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.itascore.http.Multipart.Part;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads made to break the service, from the second adversarial campaign: each bound of a multipart body is its own
 * problem in the catalogue's words, a 400 and never a 500, and no value comes back longer than a problem keeps.
 */
class HostileUploadsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static ItaServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        server = ItaServer.builder().port(0).threads(4).accessLog(line -> { }).build().start();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> upload(String path, List<Part> parts, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(server.address().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", Multipart.CONTENT_TYPE).header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.body(parts))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** {@return the one problem of an answer, as code, pointer, value (or "-") and rule} */
    private static List<String> only(HttpResponse<String> r) {
        JsonNode problems = MAPPER.readTree(r.body()).get("problems");
        assertEquals(1, problems.size(), r.body());
        JsonNode p = problems.get(0);
        return List.of(p.get("code").asString(), p.get("pointer").asString(), p.has("value") ? p.get("value").asString() : "-",
                p.get("rule").asString());
    }

    private static List<Part> sheets() {
        return new ArrayList<>(List.of(Part.sample("iit", "csv/iit-2564.csv"), Part.sample("eit", "csv/eit-2564.csv"),
                Part.sample("oit", "csv/oit-2564.csv"), Part.field("office", "สพม.ตัวอย่าง"), Part.field("fiscalYear", "2564")));
    }

    @Test
    void tooManyPartsAreCountedNotCalledMalformed() throws Exception {
        List<Part> parts = sheets();
        for (int i = 0; i < 30; i++) {
            parts.add(Part.field("office", "x"));
        }
        HttpResponse<String> r = upload("v1/raw-assessments", parts, "en");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(List.of("http.uploadTooManyParts", "", "-", "an upload has at most 21 parts: its files and fields, each once"),
                only(r));
        assertEquals("close", r.headers().firstValue("Connection").orElse(""), "the rest of the body was not read");
        HttpResponse<String> th = upload("v1/raw-assessments", parts, "th");
        assertTrue(only(th).get(3).startsWith("การอัปโหลดหนึ่งครั้งมีได้ไม่เกิน 21 ส่วน"), th.body());
    }

    @Test
    void aPartsHeadersOverTheirBoundAreNamed() throws Exception {
        List<Part> padded = sheets();
        padded.set(0, new Part("iit", "iit.csv", "x".getBytes(StandardCharsets.UTF_8), "X-Pad: " + "a".repeat(1 << 20)));
        HttpResponse<String> r = upload("v1/raw-assessments", padded, "en");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(List.of("http.uploadPartHeaders", "", "-",
                "a part's headers (its name, its file's name and type) are at most 16 KiB"), only(r));
        List<Part> named = sheets();
        named.set(0, Part.file("iit", "ก".repeat(100_000) + ".csv", "x".getBytes(StandardCharsets.UTF_8)));
        assertEquals("http.uploadPartHeaders", only(upload("v1/raw-assessments", named, "en")).get(0));
    }

    @Test
    void aLongFileNameIsNamedAtItsPartAndShownShort() throws Exception {
        List<Part> parts = sheets();
        String name = "ผลสำรวจ".repeat(150) + ".csv";
        parts.set(0, Part.file("iit", name, "x".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> r = upload("v1/raw-assessments", parts, "en");
        assertEquals(400, r.statusCode(), r.body());
        List<String> p = only(r);
        assertEquals(List.of("http.uploadFileNameTooLong", "/iit", name.substring(0, 200) + "…",
                "a file's name is at most 255 characters; rename the file and send it again"), p);
    }

    @Test
    void aFieldOverItsBoundIsRefusedAndNeverEchoedWhole() throws Exception {
        List<Part> parts = sheets();
        parts.set(3, Part.field("office", "ก".repeat(5_000_000 / 3)));
        parts.set(4, Part.field("fiscalYear", "2".repeat(10_000_000)));
        HttpResponse<String> r = upload("v1/raw-assessments", parts, "en");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().length() < 4_000, "the answer repeats no more than a prefix of each value: " + r.body().length());
        JsonNode problems = MAPPER.readTree(r.body()).get("problems");
        assertEquals(2, problems.size(), r.body());
        assertEquals("/office", problems.get(0).get("pointer").asString());
        assertEquals("ก".repeat(200) + "…", problems.get(0).get("value").asString());
        assertEquals("/fiscalYear", problems.get(1).get("pointer").asString());
        assertEquals("2".repeat(200) + "…", problems.get(1).get("value").asString());
        assertEquals("a field's value is at most 64 KiB", problems.get(1).get("rule").asString());
        // a value within the bound that breaks its rule is shown short too
        List<Part> year = sheets();
        year.set(4, Part.field("fiscalYear", "9".repeat(60_000)));
        HttpResponse<String> invalid = upload("v1/raw-assessments", year, "en");
        assertEquals(422, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().length() < 4_000, invalid.body());
        assertTrue(invalid.body().contains("9".repeat(200) + "…"), invalid.body());
    }

    @Test
    void aFieldOfBytesThatAreNotUtf8IsTheFieldsProblem() throws Exception {
        List<Part> parts = sheets();
        parts.set(4, Part.field("fiscalYear", new byte[] {(byte) 0xFF, (byte) 0xFE, '2', '5'}));
        HttpResponse<String> r = upload("v1/raw-assessments", parts, "en");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(List.of("http.fieldNotUtf8", "/fiscalYear", "\uFFFD\uFFFD25",
                "a field's value is text in UTF-8, as a browser and every HTTP library send it"), only(r));
    }

    @Test
    void theWebAppAnswersABoundBrokenWithAPageNotJson() throws Exception {
        List<Part> parts = sheets();
        parts.set(3, Part.field("office", "ก".repeat(100_000)));
        HttpResponse<String> page = upload("score", parts, "th");
        assertEquals(400, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        assertTrue(page.body().contains("ค่าของช่องข้อมูลยาวได้ไม่เกิน 64 KiB"), page.body());
        assertFalse(page.body().contains("ก".repeat(201)), "the value is not repeated whole");
        List<Part> many = sheets();
        for (int i = 0; i < 30; i++) {
            many.add(Part.field("office", "x"));
        }
        HttpResponse<String> counted = upload("score?lang=en", many, "en");
        assertEquals(400, counted.statusCode());
        assertTrue(counted.body().contains("an upload has at most 21 parts"), counted.body());
    }
}
