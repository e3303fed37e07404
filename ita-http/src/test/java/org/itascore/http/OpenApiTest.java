package org.itascore.http;

import org.itascore.samples.Samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document served at /v1/openapi.json against the service itself: every documented path answers,
 * and every endpoint's real request and response (success and problem) validate against the document's schemas
 * with a JSON Schema validator that resolves every reference in the document alone.
 */
class OpenApiTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** A validator that resolves nothing outside the document: no schema is fetched or read from the class path. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static ItaServer server;
    private static HttpClient client;
    private static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        server = ItaServer.builder().port(0).build().start();
        client = HttpClient.newHttpClient();
        doc = MAPPER.readTree(send("GET", "v1/openapi.json", null, "application/json").body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path, String body, String type, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.address().resolve(path)).timeout(java.time.Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            b.GET();
        } else {
            b.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", type);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * {@return the schema of a node of the document}: the whole document with the node's reference (or the node
     * itself, under a definition of its own) at its root, so that every reference to a component resolves in the
     * document, as a client generator resolves it
     */
    private static Schema schema(JsonNode node) {
        tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode) doc.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) root.get("components").get("schemas")).set("_node", node);
        root.put("$ref", "#/components/schemas/_node");
        return REGISTRY.getSchema(root);
    }

    private static void valid(JsonNode schemaNode, String json, String what) {
        List<Error> errors = schema(schemaNode).validate(MAPPER.readTree(json));
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), what + ": " + json);
    }

    private static JsonNode operation(String path, String method) {
        JsonNode op = doc.get("paths").get(path).get(method);
        assertTrue(op != null, method + " " + path + " is documented");
        return op;
    }

    @Test
    void theDocumentIsSelfContainedEveryReferenceResolvingInIt() {
        List<String> refs = new ArrayList<>();
        collect(doc, "$ref", refs);
        assertTrue(refs.size() > 50, "the paths' and the formats' references: " + refs.size());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/components/"), "a reference outside the document: " + ref);
            assertTrue(!doc.at(ref.substring(1)).isMissingNode(), "a reference to nothing: " + ref);
        }
        assertTrue(!doc.toString().contains("https://itascore.org/schema/"), "no reference to the formats' host is left");
        // the shared definitions by their own names; only what the paths use (no endpoint takes an import map)
        JsonNode schemas = doc.get("components").get("schemas");
        assertTrue(schemas.has("Score") && schemas.has("FiscalYear") && schemas.get("Report").has("properties"));
        assertTrue(!schemas.has("ImportMap") && !schemas.has("ImportMapSheet") && !schemas.has("Common"), schemas.propertyNames().toString());
        // a value that is a number or a string of digits is any value here (a generator wraps a union in a class that
        // writes {}); the format's own schema keeps the rule
        assertTrue(!schemas.get("Score").has("type") && !schemas.get("Score").has("oneOf"), schemas.get("Score").toString());
    }

    @Test
    void everyOperationHasTheIdTagAndDescriptionAGeneratorNamesItBy() {
        java.util.Map<String, String> ids = new java.util.TreeMap<>();
        doc.get("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
            JsonNode op = m.getValue();
            ids.put(op.get("operationId").asString(), m.getKey().toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
            assertTrue(op.get("tags").size() == 1 && !op.get("summary").asString().isBlank()
                    && op.get("description").asString().length() > 40, p.getKey());
        }));
        assertEquals(java.util.Map.ofEntries(java.util.Map.entry("assessReport", "POST /v1/assessments"),
                java.util.Map.entry("assessRawData", "POST /v1/raw-assessments"), java.util.Map.entry("auditReport", "POST /v1/audits"),
                java.util.Map.entry("whatIf", "POST /v1/whatif"), java.util.Map.entry("checkPlan", "POST /v1/plans/check"),
                java.util.Map.entry("assessCohort", "POST /v1/cohorts"), java.util.Map.entry("listEditions", "GET /v1/editions"),
                java.util.Map.entry("getEdition", "GET /v1/editions/{id}"), java.util.Map.entry("getSchema", "GET /v1/schemas/{name}"),
                java.util.Map.entry("getOpenApi", "GET /v1/openapi.json"), java.util.Map.entry("health", "GET /health")),
                new java.util.HashMap<>(ids));
        assertEquals("bearer", doc.get("components").get("securitySchemes").get("bearer").get("scheme").asString());
        JsonNode codes = doc.get("components").get("schemas").get("ProblemDetails").get("properties").get("problems").get("items")
                .get("properties").get("code").get("examples");
        List<String> listed = new ArrayList<>();
        codes.forEach(c -> listed.add(c.asString()));
        assertTrue(listed.contains("passRate.range") && listed.contains("json.reportScores"), listed.toString());
        assertTrue(listed.stream().noneMatch(c -> c.startsWith("text.")), "no sentence of the renderers");
    }

    @Test
    void everyExampleFitsItsSchemaAndIsWhatTheServiceAnswers() throws Exception {
        int examples = 0;
        for (var p : (Iterable<java.util.Map.Entry<String, JsonNode>>) doc.get("paths").properties()::iterator) {
            JsonNode op = p.getValue().get("post");
            if (op == null) {
                continue;
            }
            JsonNode request = op.get("requestBody").get("content").get("application/json");
            JsonNode response = op.get("responses").get("200").get("content").get("application/json");
            JsonNode in = request.get("examples").get("sample").get("value");
            JsonNode out = response.get("examples").get("sample").get("value");
            valid(request.get("schema"), in.toString(), "the request example of " + p.getKey());
            valid(response.get("schema"), out.toString(), "the response example of " + p.getKey());
            String query = p.getKey().equals("/v1/whatif") ? "?target=AA" : "";
            HttpResponse<String> answer = send("POST", p.getKey().substring(1) + query, in.toString(), "application/json");
            assertEquals(MAPPER.readTree(answer.body()), out, "the response example is the service's answer to the request example: "
                    + p.getKey());
            examples++;
        }
        assertEquals(6, examples);
    }

    private static void collect(JsonNode node, String field, List<String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals(field) && e.getValue().isString()) {
                    into.add(e.getValue().asString());
                }
                collect(e.getValue(), field, into);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, field, into));
        }
    }

    @Test
    void everyDocumentedPathAnswersAndNoOtherDoes() throws Exception {
        assertEquals("3.1.0", doc.get("openapi").asString());
        List<String> paths = new ArrayList<>();
        doc.get("paths").propertyNames().forEach(paths::add);
        for (String path : paths) {
            String concrete = path.replace("{id}", "obec-esa-2566").replace("{name}", "report").substring(1);
            String method = doc.get("paths").get(path).has("get") ? "GET" : "POST";
            HttpResponse<String> r = send(method, concrete, method.equals("GET") ? null : "{}", "application/json");
            assertNotEquals(404, r.statusCode(), path);
            assertNotEquals(405, r.statusCode(), path);
        }
        assertEquals(404, send("GET", "v1/undocumented", null, null).statusCode());
    }

    @Test
    void everyEndpointsRequestsAndResponsesFitTheDocument() throws Exception {
        String report = Samples.text("khon-kaen-2566.json");
        String plan = Samples.text("khon-kaen-plan-2567.json");
        String cohort = "[" + String.join(",", Samples.text("cohort-2566.ndjson").lines().toList().subList(0, 5)) + "]";
        record Call(String path, String query, String body) {
        }
        String raw = "{\"batch\":" + Samples.text("survey-2564.json") + ",\"checklist\":"
                + Samples.text("oit-2564.json") + "}";
        List<Call> calls = List.of(new Call("/v1/assessments", "", report), new Call("/v1/raw-assessments", "?scale=exact-thirds", raw),
                new Call("/v1/audits", "", report),
                new Call("/v1/whatif", "?target=AA", report), new Call("/v1/plans/check", "", plan), new Call("/v1/cohorts", "", cohort));
        for (Call c : calls) {
            JsonNode op = operation(c.path(), "post");
            valid(op.get("requestBody").get("content").get("application/json").get("schema"), c.body(), "request of " + c.path());
            HttpResponse<String> ok = send("POST", c.path().substring(1) + c.query(), c.body(), "application/json");
            assertEquals(200, ok.statusCode(), ok.body());
            valid(op.get("responses").get("200").get("content").get("application/json").get("schema"), ok.body(), "200 of " + c.path());
            HttpResponse<String> bad = send("POST", c.path().substring(1) + c.query(), "{\"office\":1}", "application/json");
            assertEquals(422, bad.statusCode(), bad.body());
            valid(op.get("responses").get("422").get("content").get("application/problem+json").get("schema"), bad.body(), "422 of " + c.path());
            HttpResponse<String> thai = send("POST", c.path().substring(1) + c.query(), "{\"office\":1}", "application/json",
                    "Accept-Language", "th");
            assertEquals("ข้อมูลนำเข้าไม่ถูกต้อง", MAPPER.readTree(thai.body()).get("title").asString(), "Thai problems of " + c.path());
            // the head of a 17 MiB body, the body never sent: refused on its length alone
            RawHttp.Answer large = RawHttp.send(server, "POST " + c.path() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (17 << 20) + "\r\n", new byte[0]);
            assertEquals(413, large.status(), large.body());
            valid(op.get("responses").get("413").get("content").get("application/problem+json").get("schema"), large.body(), "413 of " + c.path());
        }
        // results labelled in one language, and the problems of sheets, fit too
        JsonNode assess = operation("/v1/assessments", "post");
        HttpResponse<String> thai = send("POST", "v1/assessments", report, "application/json", "Accept-Language", "th");
        assertTrue(thai.body().contains("\"gradeTitle\":{\"th\":"), thai.body());
        valid(assess.get("responses").get("200").get("content").get("application/json").get("schema"), thai.body(), "200 in Thai");
        String boundary = "b0undary";
        String upload = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"iit\"; filename=\"iit.csv\"\r\n\r\n"
                + "ประทับเวลา,1. ข้อ 1\r\n2/7/2564 10:23:17,บางที\r\n\r\n--" + boundary + "\r\nContent-Disposition: form-data; "
                + "name=\"oit\"; filename=\"oit.csv\"\r\n\r\nข้อ,มี/ไม่มี,URL\r\nO1,ไม่มี,\r\n\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"fiscalYear\"\r\n\r\n2564\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"office\"\r\n\r\nก\r\n--" + boundary + "--\r\n";
        HttpResponse<String> sheets = send("POST", "v1/raw-assessments", upload, "multipart/form-data; boundary=" + boundary);
        assertEquals(422, sheets.statusCode(), sheets.body());
        assertTrue(sheets.body().contains("\"sheet\":\"iit.csv\""), sheets.body());
        valid(operation("/v1/raw-assessments", "post").get("responses").get("422").get("content").get("application/problem+json")
                .get("schema"), sheets.body(), "422 of sheets");
        for (String path : List.of("/v1/editions", "/v1/editions/{id}", "/health")) {
            JsonNode op = operation(path, "get");
            HttpResponse<String> r = send("GET", path.replace("{id}", "nacc-2569").substring(1), null, null);
            valid(op.get("responses").get("200").get("content").get("application/json").get("schema"), r.body(), "200 of " + path);
        }
        // the check can fail: a body of another format does not fit the assessment's schema
        assertTrue(!schema(operation("/v1/assessments", "post").get("responses").get("200").get("content").get("application/json")
                .get("schema")).validate(MAPPER.readTree(send("POST", "v1/audits", report, "application/json").body())).isEmpty());
        HttpResponse<String> none = send("GET", "v1/editions/no-such", null, null);
        valid(operation("/v1/editions/{id}", "get").get("responses").get("404").get("content").get("application/problem+json")
                .get("schema"), none.body(), "404 of an edition");
    }
}
