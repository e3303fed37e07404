package org.itascore.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A request never waits for its access-log line: a log nobody reads drops lines and counts them. */
class AccessLogTest {

    @Test
    void aLogThatNeverReturnsNeitherBlocksNorLosesCount() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (AccessLog log = new AccessLog(line -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            int lines = AccessLog.CAPACITY + 100;
            for (int i = 0; i < lines; i++) {
                log.log("line " + i);
            }
            // the writer holds at most one line in the sink; the queue the capacity; the rest are dropped
            assertTrue(log.dropped() >= 99 && log.dropped() <= 100, "dropped " + log.dropped());
        }
    }

    @Test
    void aSinkThatFailsLosesItsLineOnly() throws Exception {
        java.util.List<String> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (AccessLog log = new AccessLog(line -> {
            if (line.equals("bad")) {
                throw new IllegalStateException("disk full");
            }
            written.add(line);
        })) {
            log.log("a");
            log.log("bad");
            log.log("b");
        }
        assertEquals(java.util.List.of("a", "b"), written);
    }

    @Test
    void theServiceAnswersWhileItsLogIsStuck() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (ItaServer server = ItaServer.builder().port(0).threads(4).accessLog(line -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).build().start()) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(server.address().resolve("health")).timeout(Duration.ofSeconds(30)).build();
            for (int i = 0; i < 1000; i++) {
                assertEquals(200, client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode(), "request " + i);
            }
        }
    }

    @Test
    void jettysOwnAnswersCarryTheirIdAndLeaveALine() throws Exception {
        java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ItaServer server = ItaServer.builder().port(0).threads(4).maxBody(1024).accessLog(lines::add).build().start()) {
            // a body over the limit, sent whole without waiting for 100-continue: read away, then answered 413
            byte[] body = new byte[200_000];
            java.util.Arrays.fill(body, (byte) ' ');
            RawHttp.Answer large = RawHttp.send(server, "POST /v1/assessments HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body);
            assertEquals(413, large.status(), large.body());
            // a chunk size that is no number: the client's framing, answered 400, never 500
            RawHttp.Answer chunked = RawHttp.send(server, "POST /v1/assessments HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                    "ZZZ\r\nabc\r\n0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(400, chunked.status(), chunked.body());
            for (RawHttp.Answer a : java.util.List.of(large, chunked)) {
                String id = new tools.jackson.databind.json.JsonMapper().readTree(a.body()).get("requestId").asString();
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
                while (lines.stream().noneMatch(l -> l.contains("\"id\":\"" + id + "\"") && l.contains("\"status\":"))
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(lines.stream().anyMatch(l -> l.contains("\"id\":\"" + id + "\"") && l.contains("\"status\":" + a.status())),
                        id + " in " + lines);
            }
        }
    }
}
