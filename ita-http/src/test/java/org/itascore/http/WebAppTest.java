package org.itascore.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import org.itascore.http.Multipart.Part;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.itascore.samples.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app without JavaScript: each flow as a browser with script turned off sends it, plain form posts, and the
 * page as the server answers it. Expected figures are the Khon Kaen FY2566 report worked by hand (90.0532, printed
 * 90.05, grade A; see ita-core's SeedAssessmentTest), and for the Google Forms exports the service's own API.
 */
class WebAppTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String KHON_KAEN = "98.71\t90.03\t95.49\t94.20\t93.24\t90.87\t91.14\t88.02\t90.00\t83.75";
    private static ItaServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        server = ItaServer.builder().port(0).threads(4).build().start();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(ItaServer s, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(s.address().resolve(path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> form(ItaServer s, String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(s.address().resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends a form as multipart/form-data, as a browser does: every field, empty ones included. */
    private static HttpResponse<String> upload(ItaServer s, String path, List<Part> parts, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.address().resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", Multipart.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.body(parts)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** {@return a download of a result page, decoded: the file its link carries} */
    private static String download(String page, String fileName) {
        Matcher m = Pattern.compile("download=\"" + Pattern.quote(fileName) + "\" href=\"data:[^;]+;charset=utf-8;base64,([^\"]+)\"")
                .matcher(page);
        assertTrue(m.find(), "no download " + fileName);
        return new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
    }

    /**
     * {@return the text of a Word download's body (word/document.xml), its tags taken out}: a DOCX is a zip, and
     * Word keeps the body's text in that part
     */
    private static String wordText(String page, String fileName) throws java.io.IOException {
        Matcher m = Pattern.compile("download=\"" + Pattern.quote(fileName) + "\" href=\"data:"
                + Pattern.quote("application/vnd.openxmlformats-officedocument.wordprocessingml.document") + ";base64,([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "no download " + fileName);
        return documentText(Base64.getDecoder().decode(m.group(1)));
    }

    /**
     * {@return the text of the Word document a result page's download button asks for}: the button posts the
     * result's inputs to /result.docx, which answers the document as an attachment
     */
    private static String wordFromButton(String page) throws Exception {
        Matcher form = Pattern.compile("<form class=\"download\" method=\"post\" action=\"(/result\\.docx[^\"]*)\">\n(.*?)</form>",
                Pattern.DOTALL).matcher(page);
        assertTrue(form.find(), "no Word button");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher input = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"/>").matcher(form.group(2));
        while (input.find()) {
            fields.put(input.group(1), input.group(2).replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">"));
        }
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(server.address().resolve(form.group(1))).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("attachment; filename=\"ita-result.docx\"", r.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), r.headers().toString());
        return documentText(r.body());
    }

    private static String documentText(byte[] docx) throws java.io.IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<w:p[ >].*?>", "\n").replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("no word/document.xml in the document");
    }

    private static List<String> errors(String page) {
        Matcher list = Pattern.compile("<div class=\"errors\".*?<ul>\n(.*?)</ul>", Pattern.DOTALL).matcher(page);
        if (!list.find()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        Matcher li = Pattern.compile("<li>(.*?)</li>").matcher(list.group(1));
        while (li.find()) {
            items.add(li.group(1).replaceAll("<[^>]+>", ""));
        }
        return items;
    }

    /** The fields of the Google Forms form as a browser sends them, the optional ones left empty. */
    private static List<Part> sheetsForm(Part oit) {
        return new ArrayList<>(List.of(Part.sample("iit", "csv/iit-2564.csv"), Part.sample("eit", "csv/eit-2564.csv"), oit,
                Part.field("office", "สพม.ตัวอย่าง"), Part.field("fiscalYear", "2564"), Part.field("edition", ""),
                Part.field("staff", ""), Part.field("stakeholders", ""), Part.file("map", "", new byte[0])));
    }

    @Test
    void theHomePageIsThaiWithThreeWaysInAndEveryFieldLabelled() throws Exception {
        HttpResponse<String> th = get(server, "/");
        assertEquals(200, th.statusCode());
        assertTrue(th.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(th.body().contains("<html lang=\"th\">"));
        assertTrue(th.body().contains("มีผลคะแนนอย่างเป็นทางการแล้ว"));
        assertTrue(th.body().contains("มีไฟล์คำตอบจาก Google Forms"));
        assertTrue(th.body().contains("กำกับดูแลหลายหน่วยงาน"));
        assertTrue(th.body().contains("ระบบไม่เก็บไฟล์ที่อัปโหลด"));
        assertTrue(th.body().contains("<form method=\"post\" action=\"/score#typed\""));
        assertTrue(th.body().contains("action=\"/cohort#cohort\" enctype=\"multipart/form-data\""));
        assertFalse(th.body().contains("<script"));
        assertFalse(th.body().contains("name=\"token\""), "no token asked for when the service has none");
        // every input, select and textarea has a label naming it
        Matcher ids = Pattern.compile("<(?:input|select|textarea) id=\"([^\"]+)\"").matcher(th.body());
        int fields = 0;
        while (ids.find()) {
            fields++;
            assertTrue(th.body().contains("<label for=\"" + ids.group(1) + "\">"), ids.group(1));
        }
        assertEquals(10 + 4 + 1 + 10 + 2, fields, "typed: 10 scores, office, year, edition, row; the report file;"
                + " sheets: three files, office, year, edition, staff, stakeholders, catalogue, map; cohort: file and pass rate");
        HttpResponse<String> en = get(server, "/?lang=en");
        assertTrue(en.body().contains("<html lang=\"en\">"));
        assertTrue(en.body().contains("We have our official results"));
        assertTrue(en.body().contains("action=\"/score?lang=en#typed\""));
    }

    @Test
    void pagesCarryAStrictSecurityPolicyAndNoCookie() throws Exception {
        HttpResponse<String> home = get(server, "/");
        String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.startsWith("default-src 'none'; style-src 'self'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("script-src"), "no script at all: default-src 'none' forbids it");
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(home.headers().firstValue("Set-Cookie").isEmpty());
        // a result page's inline print style is allowed by its hash, and only that
        HttpResponse<String> result = form(server, "/score", Map.of("office", "สพม.ขอนแก่น", "fiscalYear", "2566", "scores", KHON_KAEN));
        String style = result.body().substring(result.body().indexOf("<style>") + 7, result.body().indexOf("</style>"));
        String hash = Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(style.getBytes(StandardCharsets.UTF_8)));
        assertTrue(result.headers().firstValue("Content-Security-Policy").orElseThrow().contains("'sha256-" + hash + "'"));
        HttpResponse<String> css = get(server, "/assets/app.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains("font-family:\"Sarabun\""));
        assertEquals(404, get(server, "/assets/../openapi.json").statusCode());
    }

    @Test
    void typedScoresOfKhonKaenGive9005A() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("office", "สพม.ขอนแก่น", "fiscalYear", "2566", "edition", "",
                "scores", ""));
        String[] scores = KHON_KAEN.split("\t");
        for (int i = 0; i < scores.length; i++) {
            fields.put("indicator" + (i + 1), scores[i]);
        }
        HttpResponse<String> r = form(server, "/score", fields);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<span class=\"total\">90.05</span>"), r.body());
        JsonNode json = MAPPER.readTree(download(r.body(), "ita-result.json"));
        assertEquals("90.05", json.get("score").asString());
        assertEquals("A", json.get("grade").asString());
        assertEquals("83.75", json.get("indicators").get(9).get("score").asString());
        assertEquals("86.88", json.get("instruments").get("OIT").get("score").asString());
        String csv = download(r.body(), "ita-result.csv");
        assertTrue(csv.startsWith("\uFEFFตัวชี้วัด,ประเด็นตัวชี้วัด,คะแนน,ระดับ,ผ่านเกณฑ์,ลำดับ\r\n"), csv);
        assertTrue(csv.contains("\r\n10,การป้องกันการทุจริต,83.75,B,ไม่ผ่าน,10\r\n"), csv);
        assertTrue(csv.contains("\r\nOIT,"), csv);
        assertTrue(csv.endsWith("คะแนนรวม,สพม.ขอนแก่น,90.05,A,ผ่าน,\r\n"), csv);
        // the Word document of the same result, made when its button asks: the total and grade, indicator 10's score
        assertFalse(r.body().contains("data:application/vnd.openxmlformats"), "not made with every page");
        String word = wordFromButton(r.body());
        assertTrue(word.contains("90.05  A"), word);
        assertTrue(word.contains("การป้องกันการทุจริต"), word);
        assertTrue(word.contains("83.75"), word);
        // the same office pasted as one row, and the page asked for in English
        HttpResponse<String> pasted = form(server, "/score?lang=en", Map.of("office", "สพม.ขอนแก่น", "fiscalYear", "2566",
                "scores", KHON_KAEN));
        assertEquals(200, pasted.statusCode());
        assertTrue(pasted.body().contains("<html lang=\"en\">"));
        assertEquals(download(r.body(), "ita-result.json"), download(pasted.body(), "ita-result.json"));
    }

    @Test
    void aRefusedFormListsEveryProblemAtItsFieldAndKeepsWhatWasTyped() throws Exception {
        HttpResponse<String> r = form(server, "/score", Map.of("office", "สพม.ขอนแก่น", "fiscalYear", "66",
                "indicator3", "101", "indicator4", "abc", "scores", ""));
        assertEquals(422, r.statusCode());
        assertEquals(List.of("ปีงบประมาณ (พ.ศ.) เช่น 2569: “66”: ปีงบประมาณต้องเป็นปีพุทธศักราชสี่หลัก เช่น 2567",
                "ตัวชี้วัดที่ 3: “101”: คะแนนต้องอยู่ระหว่าง 0 ถึง 100",
                "ตัวชี้วัดที่ 4: “abc”: " + org.itascore.Message.of("score.format").text(org.itascore.Language.THAI)),
                errors(r.body()));
        assertTrue(r.body().contains("name=\"office\" type=\"text\" value=\"สพม.ขอนแก่น\""), "what was typed is kept");
        assertTrue(r.body().contains("name=\"indicator3\" type=\"text\" value=\"101\" inputmode=\"decimal\" aria-invalid=\"true\""
                + " aria-describedby=\"typed-indicator3-error\""));
        assertTrue(r.body().contains("<p class=\"error\" id=\"typed-indicator3-error\">“101”: คะแนนต้องอยู่ระหว่าง 0 ถึง 100</p>"));
        // markup typed into a field comes back as text
        HttpResponse<String> hostile = form(server, "/score", Map.of("office", "<script>alert(1)</script>", "fiscalYear", "x"));
        assertFalse(hostile.body().contains("<script>"));
        assertTrue(hostile.body().contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
    }

    @Test
    void googleFormsExportsScoreAsTheApiDoes() throws Exception {
        HttpResponse<String> page = upload(server, "/score", sheetsForm(Part.sample("oit", "csv/oit-2564.csv")));
        assertEquals(200, page.statusCode(), page.body());
        HttpResponse<String> api = upload(server, "/v1/raw-assessments", List.of(Part.sample("iit", "csv/iit-2564.csv"),
                Part.sample("eit", "csv/eit-2564.csv"), Part.sample("oit", "csv/oit-2564.csv"),
                Part.field("office", "สพม.ตัวอย่าง"), Part.field("fiscalYear", "2564")));
        assertEquals(200, api.statusCode(), api.body());
        assertEquals(api.body(), download(page.body(), "ita-result.json"));
        String total = MAPPER.readTree(api.body()).get("score").asString();
        assertTrue(page.body().contains("<span class=\"total\">" + total + "</span>"), total);
    }

    @Test
    void aWrongLabelInTheChecklistIsShownAtItsRowAndColumn() throws Exception {
        String sheet = Samples.text("csv/oit-2564.csv");
        String[] lines = sheet.split("\n", -1);
        lines[2] = lines[2].replaceFirst(",มี,", ",อาจจะ,");
        byte[] bad = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = upload(server, "/score?lang=en", sheetsForm(Part.file("oit", "oit-2564.csv", bad)));
        assertEquals(422, r.statusCode(), r.body());
        List<String> errors = errors(r.body());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("oit-2564.csv: row 3, column B “มี/ไม่มี”: “อาจจะ”: "), errors.get(0));
        assertTrue(r.body().contains("name=\"office\" type=\"text\" value=\"สพม.ตัวอย่าง\""));
        assertTrue(r.body().contains("Choose the files again"));
    }

    @Test
    void aCohortGivesTheDashboardItsCsvAndItsTargetRefusedWhereItWasTyped() throws Exception {
        HttpResponse<String> r = upload(server, "/cohort", List.of(Part.sample("cohort", "cohort-2566.ndjson"),
                Part.field("passRate", "80%")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<svg"), "the dashboard's charts");
        String csv = download(r.body(), "ita-cohort.csv");
        assertTrue(csv.startsWith("\uFEFFหน่วยงาน,"), csv);
        HttpResponse<String> plain = upload(server, "/cohort", List.of(Part.sample("cohort", "cohort-2566.ndjson"),
                Part.field("passRate", "80")));
        assertEquals(csv, download(plain.body(), "ita-cohort.csv"), "80 and 80% are one target");
        HttpResponse<String> bad = upload(server, "/cohort", List.of(Part.file("cohort", "", new byte[0]),
                Part.field("passRate", "150")));
        assertEquals(422, bad.statusCode());
        List<String> errors = errors(bad.body());
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(1).startsWith("สัดส่วนหน่วยงานที่ควรผ่านเกณฑ์ (ร้อยละ): “150”: "), errors.get(1));
        assertTrue(bad.body().contains("name=\"passRate\" type=\"text\" value=\"150\""));
    }

    @Test
    void withATokenTheFormsAskForItAndAPostWithoutItIsRefused() throws Exception {
        try (ItaServer guarded = ItaServer.builder().port(0).threads(2).token("s3cret-token").build().start()) {
            HttpResponse<String> home = get(guarded, "/");
            assertEquals(200, home.statusCode());
            assertEquals(4, home.body().split("name=\"token\" type=\"password\"", -1).length - 1, "each of the four forms");
            HttpResponse<String> without = form(guarded, "/score", Map.of("office", "ก", "fiscalYear", "2566", "scores", KHON_KAEN));
            assertEquals(401, without.statusCode());
            assertFalse(without.body().contains("90.05"));
            assertTrue(errors(without.body()).get(0).contains("รหัสเข้าใช้"), errors(without.body()).toString());
            HttpResponse<String> wrong = form(guarded, "/score", Map.of("office", "ก", "fiscalYear", "2566", "scores", KHON_KAEN,
                    "token", "guess"));
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> with = form(guarded, "/score", Map.of("office", "ก", "fiscalYear", "2566", "scores", KHON_KAEN,
                    "token", "s3cret-token"));
            assertEquals(200, with.statusCode());
            assertTrue(with.body().contains("<span class=\"total\">90.05</span>"));
            List<Part> parts = new ArrayList<>(List.of(Part.sample("cohort", "cohort-2566.ndjson"), Part.field("passRate", "80")));
            assertEquals(401, upload(guarded, "/cohort", parts).statusCode());
            parts.add(Part.field("token", "s3cret-token"));
            assertEquals(200, upload(guarded, "/cohort", parts).statusCode());
        }
    }

    @Test
    void nothingUploadedIsKept() throws Exception {
        // an IIT export of over a megabyte: past the memory threshold, the part is held in a temporary file
        String sheet = Samples.text("csv/iit-2564.csv");
        int header = sheet.indexOf('\n', sheet.indexOf("\"3.") + 1);
        String head = sheet.substring(0, sheet.indexOf('\n', header + 1) + 1);
        String rows = sheet.substring(head.length());
        StringBuilder big = new StringBuilder(head);
        while (big.length() < 1_500_000) {
            big.append(rows.endsWith("\n") ? rows : rows + "\n");
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = files(tmp);
        List<Part> parts = sheetsForm(Part.sample("oit", "csv/oit-2564.csv"));
        parts.set(0, Part.file("iit", "iit-big.csv", big.toString().getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> r = upload(server, "/score", parts);
        assertEquals(200, r.statusCode(), r.body().substring(0, Math.min(2000, r.body().length())));
        Set<Path> after = files(tmp);
        after.removeAll(before);
        // a Maven run started meanwhile on the machine unpacks its console library there: not the service's
        after.removeIf(p -> p.getFileName().toString().startsWith("jansi-"));
        assertEquals(Set.of(), after, "the service's temporary folder holds no new file");
    }

    private static Set<Path> files(Path dir) throws java.io.IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.collect(Collectors.toCollection(java.util.HashSet::new));
        }
    }

    /** {@return the hidden fields a result page carries to its next steps, by name} */
    private static Map<String, String> carried(String page, String formAction) {
        String form = page.substring(page.indexOf("action=\"" + formAction));
        form = form.substring(0, form.indexOf("</form>"));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"/>").matcher(form);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return fields;
    }

    @Test
    void fromTheResultWhatItWouldTakeToReachAA() throws Exception {
        HttpResponse<String> result = form(server, "/score", Map.of("office", "สพม.ขอนแก่น", "fiscalYear", "2566", "scores", KHON_KAEN));
        Map<String, String> fields = carried(result.body(), "/whatif");
        assertEquals("98.71", fields.get("indicator1"));
        assertEquals("obec-esa-2566", fields.get("edition"));
        fields.put("target", "AA");
        HttpResponse<String> r = form(server, "/whatif", fields);
        assertEquals(200, r.statusCode(), r.body());
        // by hand: AA needs an official 95.00, an exact total of 94.995; 90.0532 is 4.9418 short. Indicators 9 and 10
        // each weigh 0.4 / 2 = 0.2: 10 to 100.00 gives 16.25 x 0.2 = 3.25, and 9 then needs 1.6918 / 0.2 = 8.459,
        // 8.46 at two decimals: 90.00 -> 98.46; the plan's points are 8.46 + 16.25 = 24.71
        String text = r.body().replaceAll("<[^>]+>", "");
        assertTrue(text.contains("24.71 คะแนนรวมที่ต้องเพิ่ม"), text);
        assertTrue(text.contains("9 การเปิดเผยข้อมูล: 90.00 &#8594; 98.46 (+8.46)"), text);
        assertTrue(text.contains("10 การป้องกันการทุจริต: 83.75 &#8594; 100.00 (+16.25)"), text);
        // a score typed instead: 90.06 is one hundredth more, which one raise reaches
        fields.put("targetScore", "90.06");
        HttpResponse<String> score = form(server, "/whatif", fields);
        assertEquals(200, score.statusCode(), score.body());
        assertTrue(score.body().contains("90.06"), "the score is the target");
        fields.remove("targetScore");
        fields.put("target", "Z");
        assertEquals(422, form(server, "/whatif", fields).statusCode());
    }

    @Test
    void fromTheResultTheAnnualAnalysisWithEarlierYearsTyped() throws Exception {
        HttpResponse<String> result = form(server, "/score", Map.of("office", "สพม.ขอนแก่น", "fiscalYear", "2566", "scores", KHON_KAEN));
        List<Part> parts = new ArrayList<>();
        carried(result.body(), "/report").forEach((name, value) -> parts.add(Part.field(name, value)));
        parts.add(Part.field("nationalAverage", "90.10"));
        parts.add(Part.field("nationalOffices", "245"));
        parts.add(Part.field("history", "2561 66.57 B\n2562 86.82 A\n2563 87.67 A\n2564 91.50 A\n2565 90.53 A\n"));
        parts.add(Part.sample("plan", "khon-kaen-plan-2567.json"));
        parts.add(Part.field("date", "2026-11-22"));
        parts.add(Part.field("signer", "นายสมชาย ใจดี"));
        parts.add(Part.field("position", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น"));
        HttpResponse<String> r = upload(server, "/report", parts);
        assertEquals(200, r.statusCode(), r.body());
        String text = r.body().replaceAll("<[^>]+>", "");
        assertTrue(text.contains("วันที่ 22 พฤศจิกายน พ.ศ. 2569"), text);
        assertTrue(text.contains("จากการประเมินสำนักงานเขตพื้นที่การศึกษาทั้งสิ้น 245 เขต ได้คะแนนเฉลี่ยร้อยละ 90.10"), text);
        assertTrue(text.contains("3. เปรียบเทียบผลการประเมิน ITA ของ สพม.ขอนแก่น (2561-2566) สรุปได้ดังนี้"), text);
        // by hand: 2565 - 2564 = 90.53 - 91.50 = -0.97; 2566 - 2565 = 90.05 - 90.53 = -0.48, both ลดลง
        assertTrue(r.body().replaceAll("\\s+", "").contains("<td>2566</td><tdclass=\"num\">90.05</td><td>A</td><tdclass=\"num\">-0.48</td>"),
                r.body());
        // the signature block as Thai documents sign: the name in parentheses, the position, the date
        assertTrue(text.contains("(นายสมชาย ใจดี)\n      ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น\n"
                + "      วันที่ 22 พฤศจิกายน พ.ศ. 2569") || text.replaceAll("\\s+", " ").contains(
                "(นายสมชาย ใจดี) ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น วันที่ 22 พฤศจิกายน พ.ศ. 2569"), text);
        // the Word document says the same, signed the same
        String word = wordText(r.body(), "ita-result.docx");
        assertTrue(word.contains("3. เปรียบเทียบผลการประเมิน ITA ของ สพม.ขอนแก่น (2561-2566) สรุปได้ดังนี้"), word);
        assertTrue(word.contains("(นายสมชาย ใจดี)"), word);
        assertTrue(word.contains("วันที่ 22 พฤศจิกายน พ.ศ. 2569"), word);
        // a line that is not a year and a score is refused at the field, with what was typed kept
        parts.removeIf(p -> p.name().equals("signer") || p.name().equals("position") || p.name().equals("plan"));
        parts.set(parts.size() - 2, Part.field("history", "2565 90.53 A\n2564"));
        HttpResponse<String> bad = upload(server, "/report", parts);
        assertEquals(422, bad.statusCode());
        List<String> errors = errors(bad.body());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("ผลการประเมินปีก่อน ๆ: “2564”: "), errors.get(0));
        assertTrue(bad.body().contains("2565 90.53 A\n2564</textarea>"));
        assertTrue(bad.body().contains("<input type=\"hidden\" name=\"indicator10\" value=\"83.75\"/>"), "the result is carried on");
    }

    @Test
    void aFormWithUnnumberedHeadersIsMappedOnAPageAndScored() throws Exception {
        // the sample's IIT export with the question numbers taken off its headers ("1. ข้อคำถาม..." -> "ข้อคำถาม...")
        String sheet = Samples.text("csv/iit-2564.csv");
        int headerEnd = sheet.indexOf('\n', sheet.indexOf('\n', sheet.indexOf("\"3.")) + 1);
        String unnumbered = sheet.substring(0, headerEnd).replaceAll("(^|,)(\"?)[0-9]+\\. ", "$1$2") + sheet.substring(headerEnd);
        assertFalse(unnumbered.substring(0, headerEnd).matches("(?s).*,\"?[0-9]+\\. .*"), "no numbered header is left");
        List<Part> parts = sheetsForm(Part.sample("oit", "csv/oit-2564.csv"));
        parts.set(0, Part.file("iit", "iit-unnumbered.csv", unnumbered.getBytes(StandardCharsets.UTF_8)));
        // the form's order holds: scored at once, the page saying how the columns were mapped
        HttpResponse<String> byOrder = upload(server, "/score", parts);
        assertEquals(200, byOrder.statusCode(), byOrder.body());
        assertTrue(byOrder.body().contains("<section class=\"reading-notes\">\n<ul>\n<li>หัวคอลัมน์ไม่มีเลขข้อคำถาม จึงจับคู่คอลัมน์คำตอบ 30 "
                + "คอลัมน์กับข้อ i1-i30 ตามลำดับในแบบฟอร์ม"), byOrder.body());
        // a last column of answers on the scale (an overall satisfaction asked after the questions): 31 columns for 30
        // questions, so the order cannot be trusted and the person maps the columns on a page
        StringBuilder extra = new StringBuilder();
        List<String> lines = unnumbered.lines().toList();
        int header = (int) sheet.substring(0, headerEnd).lines().count();
        for (int l = 0; l < lines.size(); l++) {
            extra.append(lines.get(l)).append(l == header - 1 ? ",ความพึงพอใจโดยรวม" : l >= header ? ",มาก" : "").append('\n');
        }
        unnumbered = extra.toString();
        parts.set(0, Part.file("iit", "iit-unnumbered.csv", unnumbered.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> page = upload(server, "/score", parts);
        assertEquals(422, page.statusCode());
        assertTrue(page.body().contains("<h1 id=\"mapping-title\">จับคู่คอลัมน์กับคำถาม</h1>"), page.body());
        // the proposal: the timestamp recognised, every question column not
        assertTrue(page.body().contains("<option value=\"=timestamp\" selected>"));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"/>").matcher(page.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&"));
        }
        assertTrue(fields.containsKey("iit.file") && fields.containsKey("eit.file") && fields.containsKey("oit.file"));
        assertEquals("สพม.ตัวอย่าง", fields.get("office"));
        // the person's choices: column N answers the N-th question of the list, as the form asked them in order
        // (the EIT sheet's columns keep what was proposed: a browser sends each list's selected option)
        Matcher select = Pattern.compile("<select id=\"(iit|eit)-column-([0-9]+)\" name=\"([a-z]+\\.column\\.[0-9]+)\">\n(.*?)</select>",
                Pattern.DOTALL).matcher(page.body());
        int columns = 0;
        while (select.find()) {
            int column = Integer.parseInt(select.group(2));
            List<String> options = new ArrayList<>();
            String selected = null;
            Matcher option = Pattern.compile("<option value=\"([^\"]*)\"( selected)?").matcher(select.group(4));
            while (option.find()) {
                options.add(option.group(1));
                if (option.group(2) != null) {
                    selected = option.group(1);
                }
            }
            if (select.group(1).equals("iit")) {
                fields.put(select.group(3), column == 0 ? "=timestamp" : column <= 30 ? options.get(2 + column) : options.get(0));
                columns++;
            } else {
                fields.put(select.group(3), selected == null ? options.get(0) : selected);
            }
        }
        assertTrue(columns > 10, "the IIT sheet's columns: " + columns);
        fields.put("action", "score");
        HttpResponse<String> scored = form(server, "/mapping", fields);
        assertEquals(200, scored.statusCode(), scored.body().substring(0, Math.min(3000, scored.body().length())));
        HttpResponse<String> api = upload(server, "/v1/raw-assessments", List.of(Part.sample("iit", "csv/iit-2564.csv"),
                Part.sample("eit", "csv/eit-2564.csv"), Part.sample("oit", "csv/oit-2564.csv"),
                Part.field("office", "สพม.ตัวอย่าง"), Part.field("fiscalYear", "2564")));
        assertEquals(MAPPER.readTree(api.body()).get("score"), MAPPER.readTree(download(scored.body(), "ita-result.json")).get("score"));
        assertEquals(MAPPER.readTree(api.body()).get("indicators"),
                MAPPER.readTree(download(scored.body(), "ita-result.json")).get("indicators"));
        // the map downloaded scores the same sheet through the API, as next year's upload or the command line would
        fields.put("action", "download");
        HttpResponse<String> map = form(server, "/mapping", fields);
        assertEquals(200, map.statusCode());
        assertEquals("attachment; filename=\"ita-map.json\"", map.headers().firstValue("Content-Disposition").orElseThrow());
        HttpResponse<String> again = upload(server, "/v1/raw-assessments", List.of(
                Part.file("iit", "iit-unnumbered.csv", unnumbered.getBytes(StandardCharsets.UTF_8)),
                Part.sample("eit", "csv/eit-2564.csv"), Part.sample("oit", "csv/oit-2564.csv"),
                Part.file("map", "ita-map.json", map.body().getBytes(StandardCharsets.UTF_8)),
                Part.field("office", "สพม.ตัวอย่าง"), Part.field("fiscalYear", "2564")));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(MAPPER.readTree(api.body()).get("score"), MAPPER.readTree(again.body()).get("score"));
    }

    @Test
    void aCohortKeptAsASheetGivesTheSameDashboardAsItsJson() throws Exception {
        // the NDJSON sample written as a supervisor's sheet: one row per office and year, Thai headers
        StringBuilder csv = new StringBuilder("\uFEFFรหัส,หน่วยงาน,ปีงบประมาณ,ตัวชี้วัดที่ 1,2,3,4,5,6,7,8,9,10\r\n");
        for (String line : Samples.text("cohort-2566.ndjson").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = MAPPER.readTree(line);
            csv.append(r.has("officeId") ? r.get("officeId").asString() : "").append(",\"").append(r.get("office").asString())
                    .append("\",").append(r.get("fiscalYear").asString());
            for (int i = 1; i <= 10; i++) {
                csv.append(',').append(r.get("indicators").get(Integer.toString(i)).asString());
            }
            csv.append("\r\n");
        }
        HttpResponse<String> fromJson = upload(server, "/cohort", List.of(Part.sample("cohort", "cohort-2566.ndjson"),
                Part.field("passRate", "80")));
        HttpResponse<String> fromSheet = upload(server, "/cohort", List.of(Part.file("cohort", "cohort.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)), Part.field("passRate", "80")));
        assertEquals(200, fromSheet.statusCode(), fromSheet.body());
        assertEquals(download(fromJson.body(), "ita-cohort.csv"), download(fromSheet.body(), "ita-cohort.csv"));
        // a sheet without a fiscal-year column is refused at its header row
        HttpResponse<String> bad = upload(server, "/cohort?lang=en", List.of(Part.file("cohort", "cohort.csv",
                "office,1,2\r\nก,90,90\r\n".getBytes(StandardCharsets.UTF_8)), Part.field("passRate", "80")));
        assertEquals(422, bad.statusCode());
        assertTrue(errors(bad.body()).get(0).startsWith("Cohort file: a sheet (CSV or XLSX, a row per office and year) or JSON (format 6): cohort.csv: row 1 (the header): "),
                errors(bad.body()).toString());
    }
}
