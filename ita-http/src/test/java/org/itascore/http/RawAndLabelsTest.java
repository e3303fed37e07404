package org.itascore.http;

import org.itascore.samples.Samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.itascore.http.Multipart.Part;
import org.itascore.Language;
import org.itascore.json.ItaJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/raw-assessments} as JSON and as uploads (JSON parts, Google Forms sheets), and the labels results
 * carry by {@code Accept-Language}.
 */
class RawAndLabelsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static ItaServer server;
    private static HttpClient client;
    private static String batch;
    private static String checklist;

    @BeforeAll
    static void start() throws Exception {
        server = ItaServer.builder().port(0).threads(4).build().start();
        client = HttpClient.newHttpClient();
        batch = Samples.text("survey-2564.json");
        checklist = Samples.text("oit-2564.json");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String path, String type, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.address().resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends parts as multipart/form-data (RFC 7578), written out here as a PHP or Python client writes them. */
    private static HttpResponse<String> upload(List<Part> parts, String... headers) throws Exception {
        return upload("v1/raw-assessments", parts, headers);
    }

    /** Sends parts as multipart/form-data to a path. */
    private static HttpResponse<String> upload(String path, List<Part> parts, String... headers) throws Exception {
        return send(path, Multipart.CONTENT_TYPE, Multipart.body(parts), headers);
    }

    /** {@return the library's own result for the sample batch and checklist: what every route must give} */
    private static String inProcess(Language... labels) {
        ItaJson json = ItaJson.standard();
        var b = json.readSurveyBatch(new java.io.ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)), null);
        var c = json.readChecklist(new java.io.ByteArrayInputStream(checklist.getBytes(StandardCharsets.UTF_8)));
        return json.compact().withLabels(labels).write(org.itascore.raw.RawAssessor.assess(b, b.checklist(c), null));
    }

    @Test
    void aJsonBodyScoresTheOfficeAsTheLibraryDoes() throws Exception {
        HttpResponse<String> r = send("v1/raw-assessments", "application/json",
                ("{\"batch\":" + batch + ",\"checklist\":" + checklist + "}").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(inProcess(Language.THAI, Language.ENGLISH), r.body());
    }

    @Test
    void anUploadOfJsonPartsScoresTheSame() throws Exception {
        HttpResponse<String> r = upload(List.of(Part.sample("batch", "survey-2564.json"),
                Part.sample("checklist", "oit-2564.json")), "Accept-Language", "en");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(inProcess(Language.ENGLISH), r.body());
    }

    @Test
    void googleFormsSheetsScoreAsTheirJsonBatchDoes() throws Exception {
        // samples/csv holds the JSON sample's answers as Google Forms exports: two routes to one office's score
        HttpResponse<String> r = upload(List.of(Part.sample("iit", "csv/iit-2564.csv"),
                Part.sample("eit", "csv/eit-2564.csv"), Part.sample("oit", "csv/oit-2564.csv"),
                Part.field("fiscalYear", "2564"), Part.field("office", "สพม.ตัวอย่าง")), "Accept-Language", "th");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode sheets = MAPPER.readTree(r.body());
        JsonNode json = MAPPER.readTree(inProcess(Language.THAI));
        assertEquals(json.get("score"), sheets.get("score"));
        assertEquals(json.get("indicators"), sheets.get("indicators"));
        assertEquals(json.get("questions"), sheets.get("questions"));
        // and with the checklist as JSON instead of a sheet
        HttpResponse<String> mixed = upload(List.of(Part.sample("iit", "csv/iit-2564.csv"),
                Part.sample("eit", "csv/eit-2564.csv"), Part.sample("oit", "oit-2564.json"),
                Part.field("fiscalYear", "2564"), Part.field("office", "สพม.ตัวอย่าง")));
        assertEquals(200, mixed.statusCode(), mixed.body());
        assertEquals(json.get("score"), MAPPER.readTree(mixed.body()).get("score"));
        // one population known and not the other: the minimum-respondent rules need neither
        HttpResponse<String> staffOnly = upload(List.of(Part.sample("iit", "csv/iit-2564.csv"),
                Part.sample("eit", "csv/eit-2564.csv"), Part.sample("oit", "csv/oit-2564.csv"),
                Part.field("fiscalYear", "2564"), Part.field("office", "สพม.ตัวอย่าง"), Part.field("staff", "48")));
        assertEquals(200, staffOnly.statusCode(), staffOnly.body());
    }

    @Test
    void aSheetsProblemsNameTheSheetRowAndColumn() throws Exception {
        // the sample's last row copied to a new row whose first answer (column B) is a word no scale has; the sheet
        // has a header and 30 rows (Python's csv module counts 31 records), so the new row is the spreadsheet's row 32
        String sheet = Samples.text("csv/iit-2564.csv");
        String last = sheet.substring(sheet.stripTrailing().lastIndexOf("\r\n") + 2).stripTrailing();
        String[] cells = last.split(",", -1);
        cells[1] = "บางที";
        byte[] iit = (sheet + String.join(",", cells) + "\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = upload(List.of(Part.file("iit", "my-iit.csv", iit), Part.sample("oit", "csv/oit-2564.csv"),
                Part.field("fiscalYear", "2564"), Part.field("office", "สพม.ตัวอย่าง")), "Accept-Language", "th");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonNode problem = MAPPER.readTree(r.body()).get("problems").get(0);
        assertEquals("my-iit.csv", problem.get("sheet").asString(), r.body());
        assertEquals(32, problem.get("row").asInt(), r.body());
        assertEquals("B", problem.get("column").asString(), r.body());
        assertEquals("บางที", problem.get("value").asString(), r.body());
        assertTrue(problem.get("place").asString().startsWith("แถว "), r.body());
    }

    @Test
    void whatAnUploadLacksIsListedWhole() throws Exception {
        HttpResponse<String> r = upload(List.of(Part.field("office", "x"), Part.field("colour", "blue")));
        assertEquals(422, r.statusCode(), r.body());
        List<String> pointers = new ArrayList<>();
        MAPPER.readTree(r.body()).get("problems").forEach(p -> pointers.add(p.get("pointer").asString()));
        assertEquals(List.of("/colour", "/batch"), pointers, r.body());
        HttpResponse<String> sheets = upload(List.of(Part.sample("iit", "csv/iit-2564.csv"), Part.field("staff", "many")));
        assertEquals(422, sheets.statusCode(), sheets.body());
        pointers.clear();
        MAPPER.readTree(sheets.body()).get("problems").forEach(p -> pointers.add(p.get("pointer").asString()));
        // no fiscalYear: the sample's timestamps all fall in FY2564, which is taken
        assertEquals(List.of("/oit", "/staff"), pointers, sheets.body());
        HttpResponse<String> both = upload(List.of(Part.sample("batch", "survey-2564.json"),
                Part.sample("iit", "csv/iit-2564.csv"), Part.field("office", "x"), Part.field("office", "y")));
        assertEquals(422, both.statusCode(), both.body());
        List<String> kinds = new ArrayList<>();
        MAPPER.readTree(both.body()).get("problems").forEach(p -> kinds.add(p.get("pointer").asString() + " " + p.get("kind").asString()));
        assertEquals(List.of("/office DUPLICATE", " CONFLICT"), kinds, both.body());
        HttpResponse<String> json = send("v1/raw-assessments", "application/json", "{\"batch\":{}}".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, json.statusCode(), json.body());
        assertTrue(json.body().contains("\"/checklist\""), json.body());
        HttpResponse<String> broken = send("v1/raw-assessments", "multipart/form-data; boundary=nothing", "garbage".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, broken.statusCode(), broken.body());
        assertEquals("close", broken.headers().firstValue("Connection").orElse(""), "a connection the parser gave up on is not reused");
        assertEquals(415, send("v1/raw-assessments", "text/csv", "a,b".getBytes(StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void aBodyWithoutALengthIsRefusedWhenItPassesTheLimit() throws Exception {
        try (ItaServer small = ItaServer.builder().port(0).maxBody(64 * 1024).build().start()) {
            // one chunk of 70,000 bytes, past the 64 KiB limit, and no more: the service refuses it as it reads it
            String boundary = "limit-boundary";
            byte[] upload = RawHttp.chunk(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"iit\"; "
                    + "filename=\"iit.csv\"\r\n\r\n" + "x".repeat(70_000)).getBytes(StandardCharsets.UTF_8));
            RawHttp.Answer refused = RawHttp.send(small, "POST /v1/raw-assessments HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nTransfer-Encoding: chunked\r\n", upload);
            assertEquals(413, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            // numbers, not one long string, which the string limit would refuse first
            byte[] json = RawHttp.chunk(("{\"pad\":[" + "1,".repeat(35_000)).getBytes(StandardCharsets.UTF_8));
            for (String path : List.of("/v1/assessments", "/v1/raw-assessments", "/v1/cohorts")) {
                RawHttp.Answer j = RawHttp.send(small, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", json);
                assertEquals(413, j.status(), path + ": " + j.body());
            }
        }
    }

    @Test
    void resultsNameThingsInTheLanguagesAsked() throws Exception {
        byte[] report = Samples.bytes("khon-kaen-2566.json");
        JsonNode both = MAPPER.readTree(send("v1/assessments", "application/json", report).body());
        // สพม.ขอนแก่น 2566 totals 90.05: grade A, "Very Good", "ดีมาก"
        assertEquals("A", both.get("grade").asString());
        assertEquals("ดีมาก", both.at("/gradeTitle/th").asString());
        assertEquals("Very Good", both.at("/gradeTitle/en").asString());
        assertEquals("การปฏิบัติหน้าที่", both.at("/indicators/0/title/th").asString());
        JsonNode thai = MAPPER.readTree(send("v1/assessments", "application/json", report, "Accept-Language", "th-TH,th;q=0.9").body());
        assertEquals("ดีมาก", thai.at("/gradeTitle/th").asString());
        assertTrue(thai.at("/gradeTitle/en").isMissingNode(), thai.toString());
        assertEquals("แบบตรวจการเปิดเผยข้อมูลสาธารณะ", thai.at("/instruments/OIT/title/th").asString());
        JsonNode english = MAPPER.readTree(send("v1/assessments", "application/json", report, "Accept-Language", "en-US, th;q=0").body());
        assertEquals("Performance of duty", english.at("/indicators/0/title/en").asString());
        assertTrue(english.at("/indicators/0/title/th").isMissingNode(), english.toString());
        // a Thai browser's header names both: both, and its problems in Thai
        JsonNode browser = MAPPER.readTree(send("v1/assessments", "application/json", report,
                "Accept-Language", "th-TH,th;q=0.9,en-US;q=0.8,en;q=0.7").body());
        assertEquals(2, browser.get("gradeTitle").size());
    }

    // exports as offices make them, uploaded as a PHP system sends them: swapped files told in Thai, another year's
    // checklist with its catalogue named, the year taken from the timestamps, files sent to the JSON-only path

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
        HttpResponse<String> r = upload(List.of(Part.sample("iit", "csv/eit-2564.csv"),
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
        HttpResponse<String> refused = upload(sample("fiscalYear", "2566"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("\"code\":\"raw.noBuiltInCatalogue\""), refused.body());
        HttpResponse<String> scored = upload(sample("fiscalYear", "2566", "catalogue", "classic"));
        assertEquals(200, scored.statusCode(), scored.body());
        JsonNode result = MAPPER.readTree(scored.body());
        assertEquals(2566, result.get("fiscalYear").asInt());
        // the sample's answers are of FY2564: a finding per instrument
        assertEquals("ANSWERS_OUTSIDE_FISCAL_YEAR", result.get("findings").get(0).get("kind").asString());
        HttpResponse<String> typo = upload(sample("fiscalYear", "2566", "catalogue", "clasic"));
        assertEquals(422, typo.statusCode());
        JsonNode problem = MAPPER.readTree(typo.body()).get("problems").get(0);
        assertEquals("/catalogue", problem.get("pointer").asString());
        assertTrue(problem.get("rule").asString().contains("did you mean classic?"), problem.toString());
    }

    @Test
    void theFiscalYearMayBeLeftToTheTimestamps() throws Exception {
        HttpResponse<String> given = upload(sample("fiscalYear", "2564"));
        HttpResponse<String> taken = upload(sample());
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
