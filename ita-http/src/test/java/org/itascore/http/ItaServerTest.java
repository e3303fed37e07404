package org.itascore.http;

import org.itascore.samples.Samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every endpoint over real HTTP: success, each error status as problem details, both languages, many at once. */
class ItaServerTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ConcurrentLinkedQueue<String> LOG = new ConcurrentLinkedQueue<>();
    /** No request of a test waits longer: a hung connection fails the request, never the build. */
    private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(30);
    private static ItaServer server;
    private static HttpClient client;
    private static String report;

    @BeforeAll
    static void start() throws Exception {
        server = ItaServer.builder().port(0).threads(8).queue(512).maxBody(64 * 1024).accessLog(LOG::add)
                .corsOrigins(List.of("https://district.example.go.th")).build().start();
        client = HttpClient.newHttpClient();
        report = Samples.text("khon-kaen-2566.json");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.address().resolve(path)).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!typed) {
            b.header("Content-Type", "application/json");
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.address().resolve(path)).timeout(TIMEOUT).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode tree(HttpResponse<String> r) {
        return MAPPER.readTree(r.body());
    }

    @Test
    void anAssessmentIsTheLibrarysJsonResult() throws Exception {
        HttpResponse<String> r = post("v1/assessments", report);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        ItaJson json = ItaJson.standard();
        // the library's result, compact (a service's answers are read by programs), naming things in both languages
        assertEquals(json.compact().withLabels(org.itascore.Language.THAI, org.itascore.Language.ENGLISH)
                .write(json.readReport(report).assess(Editions.builtIn())), r.body());
        assertTrue(r.headers().firstValue("X-Request-Id").isPresent());
        // the log is written by a thread of its own, after the answer: wait for the line, up to 10 s
        for (int i = 0; i < 200 && LOG.stream().noneMatch(l -> l.contains("\"path\":\"/v1/assessments\"")); i++) {
            Thread.sleep(50);
        }
        assertTrue(LOG.stream().anyMatch(l -> l.contains("\"path\":\"/v1/assessments\"") && l.contains("\"status\":200")), LOG.toString());
        assertFalse(LOG.stream().anyMatch(l -> l.contains("สพม.ขอนแก่น")), "the access log never holds a body");
    }

    @Test
    void everyAnalysisEndpointAnswers() throws Exception {
        HttpResponse<String> audit = post("v1/audits", report);
        assertEquals(200, audit.statusCode(), audit.body());
        assertEquals("TOTAL_MISMATCH", tree(audit).get("findings").get(0).get("kind").asString());
        HttpResponse<String> whatif = post("v1/whatif?target=AA", report);
        assertEquals(200, whatif.statusCode(), whatif.body());
        HttpResponse<String> plan = post("v1/plans/check", Samples.text("khon-kaen-plan-2567.json"));
        assertEquals(200, plan.statusCode(), plan.body());
        String cohort = String.join("\n", Samples.text("cohort-2566.ndjson").lines().toList().subList(0, 20));
        HttpResponse<String> stats = post("v1/cohorts?passRate=80", cohort, "Content-Type", "application/x-ndjson");
        assertEquals(200, stats.statusCode(), stats.body());
        assertEquals(20, tree(stats).get("count").asInt(), stats.body());
        HttpResponse<String> health = get("health");
        assertEquals(200, health.statusCode());
        assertEquals("ok", tree(health).get("status").asString());
        assertEquals(System.getProperty("ita.projectVersion"), tree(health).get("version").asString(), health.body());
        assertEquals(org.itascore.Release.current().commit().isPresent(), tree(health).has("commit"), health.body());
        assertEquals(org.itascore.Release.current().modified(), tree(health).has("modified"), health.body());
        assertEquals(18, tree(get("v1/editions")).size());
        assertEquals("obec-esa-2566", tree(get("v1/editions/obec-esa-2566")).get("id").asString());
        assertEquals("https://itascore.org/schema/report.schema.json", tree(get("v1/schemas/report")).get("$id").asString());
    }

    @Test
    void anInputsProblemsComeWithTheirPointersInTheReadersLanguage() throws Exception {
        String bad = report.replace("\"7\": 91.14", "\"7\": 105").replace("\"fiscalYear\": 2566", "\"fiscalYear\": 2023");
        HttpResponse<String> en = post("v1/assessments", bad);
        assertEquals(422, en.statusCode(), en.body());
        assertTrue(en.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonNode problem = tree(en);
        assertEquals(422, problem.get("status").asInt());
        assertEquals("/v1/assessments", problem.get("instance").asString());
        List<String> pointers = new ArrayList<>();
        problem.get("problems").forEach(p -> pointers.add(p.get("pointer").asString()));
        assertTrue(pointers.contains("/fiscalYear"), problem.toString());
        HttpResponse<String> th = post("v1/assessments", report.replace("\"7\": 91.14", "\"7\": 105"), "Accept-Language", "th-TH,th;q=0.9");
        assertEquals(422, th.statusCode(), th.body());
        JsonNode thai = tree(th).get("problems").get(0);
        assertEquals("/indicators/7", thai.get("pointer").asString());
        assertEquals("105", thai.get("value").asString());
        assertEquals("คะแนนต้องอยู่ระหว่าง 0 ถึง 100", thai.get("rule").asString());
        HttpResponse<String> malformed = post("v1/assessments", "{\"office\":");
        assertEquals(400, malformed.statusCode(), malformed.body());
    }

    @Test
    void eachHttpErrorIsAProblem() throws Exception {
        HttpResponse<String> notFound = get("v1/nothing");
        assertEquals(404, notFound.statusCode());
        assertEquals("https://itascore.org/problems/not-found", tree(notFound).get("type").asString());
        assertEquals(404, get("v1/editions/no-such").statusCode());
        HttpResponse<String> method = get("v1/assessments");
        assertEquals(405, method.statusCode());
        assertEquals("POST", method.headers().firstValue("Allow").orElseThrow());
        assertEquals(415, post("v1/assessments", report, "Content-Type", "text/plain").statusCode());
        // a media type with no type before its parameters is the client's mistake, not the service's
        for (String type : List.of(";", "; charset=utf-8", " ")) {
            RawHttp.Answer empty = RawHttp.send(server, "POST /v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                    + "\r\nContent-Length: 2\r\n", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(415, empty.status(), type + ": " + empty.body());
            assertTrue(empty.body().contains("\"requestId\""), empty.body());
        }
        assertEquals(406, post("v1/assessments", report, "Accept", "text/html").statusCode());
        HttpResponse<String> whatif = post("v1/whatif", report);
        assertEquals(422, whatif.statusCode(), whatif.body());
        // the head of a body over the 64 KiB limit, the body never sent: refused on its length, unread
        RawHttp.Answer large = RawHttp.send(server, "POST /v1/assessments HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 70000\r\n", new byte[0]);
        assertEquals(413, large.status(), large.body());
        assertTrue(large.contentType().startsWith("application/problem+json"), large.body());
        HttpResponse<String> cors = post("v1/assessments", report, "Origin", "https://district.example.go.th");
        assertEquals("https://district.example.go.th", cors.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(post("v1/assessments", report, "Origin", "https://elsewhere.example").headers()
                .firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS for an origin not configured");
        // a browser's preflight before a JSON POST: answered for the origin configured, without the token or a body
        HttpRequest preflight = HttpRequest.newBuilder(server.address().resolve("v1/assessments")).timeout(TIMEOUT)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://district.example.go.th")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build();
        HttpResponse<String> answered = client.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertTrue(answered.statusCode() == 200 || answered.statusCode() == 204, answered.statusCode() + " " + answered.body());
        assertEquals("https://district.example.go.th", answered.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(answered.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), answered.headers().toString());
    }

    @Test
    void aTokenIsRequiredByEveryEndpointButHealth() throws Exception {
        try (ItaServer secured = ItaServer.builder().port(0).token("s3cret-token").build().start()) {
            HttpClient c = HttpClient.newHttpClient();
            URI base = secured.address();
            HttpResponse<String> none = c.send(HttpRequest.newBuilder(base.resolve("v1/editions")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, none.statusCode());
            assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElseThrow());
            HttpResponse<String> wrong = c.send(HttpRequest.newBuilder(base.resolve("v1/editions")).header("Authorization", "Bearer nope").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> right = c.send(HttpRequest.newBuilder(base.resolve("v1/editions"))
                    .header("Authorization", "Bearer s3cret-token").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, right.statusCode());
            assertEquals(200, c.send(HttpRequest.newBuilder(base.resolve("health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertTrue(secured.address().getHost().equals("127.0.0.1"), "loopback unless told otherwise");
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("slow")
    void tenThousandRequestsOverSixtyFourConnectionsGiveTheSequentialResults() throws Exception {
        String expected = post("v1/assessments", report).body();
        Semaphore inFlight = new Semaphore(64);
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(server.address().resolve("v1/assessments")).header("Content-Type", "application/json")
                .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(report)).build();
        for (int i = 0; i < 10_000; i++) {
            inFlight.acquire();
            all.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> inFlight.release()));
        }
        int errors = 0;
        for (CompletableFuture<HttpResponse<String>> f : all) {
            HttpResponse<String> r = f.join();
            if (r.statusCode() != 200 || !r.body().equals(expected)) {
                errors++;
            }
        }
        assertEquals(0, errors);
    }

    @Test
    void aFullQueueIsRefusedWith503AndRetryAfter() throws Exception {
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        // a handler that holds the one worker until the test lets it go: no timing decides who is held
        org.eclipse.jetty.server.Handler hold = new org.eclipse.jetty.server.Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                    org.eclipse.jetty.util.Callback callback) throws Exception {
                entered.countDown();
                release.await();
                response.setStatus(200);
                response.write(true, java.nio.ByteBuffer.allocate(0), callback);
                return true;
            }
        };
        try (ItaServer busy = ItaServer.builder().port(0).threads(1).queue(0).extraRoutes(java.util.Map.of("/test/hold", hold))
                .build().start()) {
            HttpClient c = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<String>> held = c.sendAsync(
                    HttpRequest.newBuilder(busy.address().resolve("test/hold")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(entered.await(30, java.util.concurrent.TimeUnit.SECONDS), "the held request reached its handler");
            HttpRequest request = HttpRequest.newBuilder(busy.address().resolve("v1/editions")).timeout(TIMEOUT).build();
            HttpResponse<String> refused = c.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
            assertEquals("https://itascore.org/problems/busy", tree(refused).get("type").asString());
            release.countDown();
            assertEquals(200, held.get(30, java.util.concurrent.TimeUnit.SECONDS).statusCode());
            // the worker goes back to the pool just after its answer reaches the client: the service serves again once
            // it has, which may take a moment on a loaded machine
            HttpResponse<String> again = c.send(request, HttpResponse.BodyHandlers.ofString());
            for (int tries = 0; again.statusCode() == 503 && tries < 100; tries++) {
                Thread.sleep(100);
                again = c.send(request, HttpResponse.BodyHandlers.ofString());
            }
            assertEquals(200, again.statusCode(), again.body());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aStopLetsTheRequestsInFlightFinish() throws Exception {
        ItaServer stopping = ItaServer.builder().port(0).threads(4).build().start();
        HttpClient c = HttpClient.newHttpClient();
        // a request the stop leaves without an answer times out: refused, not cut
        HttpRequest request = HttpRequest.newBuilder(stopping.address().resolve("v1/assessments")).header("Content-Type", "application/json")
                .timeout(java.time.Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(report)).build();
        String expected = c.send(request, HttpResponse.BodyHandlers.ofString()).body();
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            all.add(c.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        stopping.close();
        int finished = 0;
        int refused = 0;
        for (CompletableFuture<HttpResponse<String>> f : all) {
            try {
                HttpResponse<String> r = f.join();
                if (r.statusCode() == 200) {
                    assertEquals(expected, r.body(), "a request that finished finished whole");
                    finished++;
                } else {
                    refused++; // 503 while stopping
                }
            } catch (java.util.concurrent.CompletionException e) {
                refused++; // refused at the connection
            }
        }
        assertEquals(200, finished + refused);
    }

    /**
     * Slowloris: more connections than the cap, each trickling its headers a byte at a time so that it is never idle.
     * The header deadline closes them, so that a client with a whole request is served; without it, the capped
     * connections would be held for as long as the trickle lasts.
     */
    @Test
    void connectionsTricklingTheirHeadersCannotHoldTheService() throws Exception {
        try (ItaServer small = ItaServer.builder().port(0).threads(4).maxConnections(20).headerTimeout(java.time.Duration.ofSeconds(1))
                .accessLog(line -> { }).build().start()) {
            java.util.List<java.net.Socket> slow = new java.util.ArrayList<>();
            java.util.concurrent.atomic.AtomicBoolean trickling = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread trickle = new Thread(() -> {
                byte[] head = "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                for (int i = 0; i < 40 && trickling.get(); i++) {
                    try {
                        java.net.Socket s = new java.net.Socket();
                        s.connect(new java.net.InetSocketAddress(small.address().getHost(), small.port()), 5000);
                        s.getOutputStream().write(head);
                        slow.add(s);
                    } catch (java.io.IOException e) {
                        // refused or backlogged: the point is to hold what can be held
                    }
                }
                while (trickling.get()) {
                    for (java.net.Socket s : slow) {
                        try {
                            s.getOutputStream().write('a');
                        } catch (java.io.IOException e) {
                            // closed by the service: what the deadline is for
                        }
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            trickle.start();
            try {
                Thread.sleep(500);
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(small.address().resolve("health"))
                        .timeout(java.time.Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode());
            } finally {
                trickling.set(false);
                trickle.join();
                for (java.net.Socket s : slow) {
                    s.close();
                }
            }
        }
    }
}
