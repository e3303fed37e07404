package org.itascore.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/cohorts} names the records it left out: a caller never takes the statistics of a subset for the
 * whole cohort's.
 */
class CohortsLeftOutTest {

    private static ItaServer server;

    @BeforeAll
    static void start() {
        server = ItaServer.builder().port(0).threads(2).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String record(String office, String first) {
        return "{\"office\":\"" + office + "\",\"fiscalYear\":2566,\"indicators\":{\"1\":" + first
                + ",\"2\":90,\"3\":90,\"4\":90,\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90,\"10\":90}}\n";
    }

    @Test
    void oneBadRecordOfFourIsNamedInTheAnswer() throws Exception {
        String body = record("ก", "90") + record("ข", "190") + record("ค", "80") + record("ง", "70");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.address().resolve("/v1/cohorts"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode answer = JsonMapper.builder().build().readTree(r.body());
        assertEquals(3, answer.get("count").asInt());
        assertEquals(4, answer.get("records").asInt());
        assertEquals(1, answer.get("leftOut").size());
        JsonNode left = answer.get("leftOut").get(0);
        assertEquals(1, left.get("index").asInt(), "the second record, counted from 0");
        assertEquals("/indicators/1", left.get("problems").get(0).get("pointer").asString());
        assertEquals("190", left.get("problems").get(0).get("value").asString());
        assertEquals("score.range", left.get("problems").get(0).get("code").asString());
        assertEquals("คะแนนต้องอยู่ระหว่าง 0 ถึง 100", left.get("problems").get(0).get("rule").get("th").asString());
    }
}
