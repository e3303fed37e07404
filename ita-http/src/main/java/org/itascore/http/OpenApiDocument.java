package org.itascore.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.itascore.Language;
import org.itascore.MessageCatalogue;
import org.itascore.audit.Auditor;
import org.itascore.cohort.CohortRequest;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.plan.PlanCoverage;
import org.itascore.raw.RawRequest;
import org.itascore.samples.Samples;
import org.itascore.whatif.WhatIfRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service's OpenAPI 3.1 document, self-contained: the written description of the paths (resource
 * {@code openapi.json}) with every format's JSON Schema placed in {@code components/schemas}, so that a client
 * generator or a linter resolves every reference in the document itself, offline.
 *
 * <p>A format's schema becomes the component named after it ({@code report.schema.json}: {@code Report},
 * {@code survey-batch.schema.json}: {@code SurveyBatch}); each of its {@code $defs} a component of its own
 * ({@code common.schema.json#/$defs/score}: {@code Score}; {@code import-map.schema.json#/$defs/sheet}:
 * {@code ImportMapSheet}). Every reference, relative or absolute, becomes a reference to the component, and the
 * {@code $id}, {@code $schema} and {@code $defs} keywords are taken out of the copies: the formats' own schemas,
 * with their ids, stay served at {@code /v1/schemas/{name}}. Only the components the paths use are kept. The
 * problem codes are the examples of a problem's {@code code}, and each operation that takes a document has the
 * bundled sample as its request's example and the service's answer to it as its response's. Made once, when the
 * class loads.
 */
final class OpenApiDocument {

    /** Where the formats' schemas say they live; their {@code $id}s. */
    private static final URI BASE = URI.create("https://itascore.org/schema/");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The document, as served: made last, from the fields above. */
    static final String JSON = assemble();

    private OpenApiDocument() {
    }

    private static String assemble() {
        ObjectNode doc;
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("openapi.json")) {
            doc = (ObjectNode) MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("openapi.json is missing from the jar", e);
        }
        ObjectNode components = (ObjectNode) doc.get("components").get("schemas");
        Map<String, JsonNode> added = new LinkedHashMap<>();
        for (String name : ItaJson.SCHEMAS) {
            ObjectNode schema = (ObjectNode) MAPPER.readTree(ItaJson.schema(name));
            URI self = BASE.resolve(name + ".schema.json");
            JsonNode defs = schema.remove("$defs");
            schema.remove("$id");
            schema.remove("$schema");
            added.put(component(name, ""), rewrite(schema, self));
            if (defs != null) {
                for (String def : defs.propertyNames()) {
                    added.put(component(name, def), rewrite(defs.get(def), self));
                }
            }
        }
        added.forEach((name, schema) -> {
            if (components.has(name)) {
                throw new IllegalStateException("two schemas are the component " + name);
            }
            components.set(name, schema);
        });
        rewrite(doc.get("paths"), BASE);
        rewrite(components, BASE);
        plainTypes(components);
        // only what the paths use: the formats no endpoint takes or answers (the import map, the edition changes) stay
        // at /v1/schemas/{name}, and a linter finds no unused component
        java.util.Set<String> used = new java.util.HashSet<>();
        reach(doc.get("paths"), components, used);
        for (String name : added.keySet()) {
            if (!used.contains(name)) {
                components.remove(name);
            }
        }
        // the problem codes a client may branch on, as examples of the code: a list, not an enum, since a minor
        // version may add codes
        ObjectNode code = (ObjectNode) components.get("ProblemDetails").get("properties").get("problems").get("items")
                .get("properties").get("code");
        var codes = code.putArray("examples");
        MessageCatalogue.codes().stream().filter(OpenApiDocument::isProblemCode).forEach(codes::add);
        Examples.add(doc);
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    /** {@return whether a code of the catalogue is a problem's (docs/problem-codes.md), not a sentence or a name} */
    static boolean isProblemCode(String code) {
        return !(code.startsWith("text.") || code.startsWith("name.") || code.startsWith("finding.") || code.startsWith("planIssue."));
    }

    /**
     * The examples of the operations: the bundled samples as requests, and what the service answers them as
     * responses, computed from the samples when the document is made, so that they are always right.
     */
    private static final class Examples {

        private static final ItaJson OUT = ItaJson.standard().withLabels(Language.THAI, Language.ENGLISH);

        static void add(ObjectNode doc) {
            String report = Samples.text("khon-kaen-2566.json");
            String plan = Samples.text("khon-kaen-plan-2567.json");
            String raw = "{\"batch\":" + Samples.text("survey-2564.json") + ",\"checklist\":" + Samples.text("oit-2564.json") + "}";
            String cohort = "[" + String.join(",", Samples.text("cohort-2566.ndjson").lines().limit(3).toList()) + "]";
            Editions editions = Editions.builtIn();
            ItaJson in = ItaJson.standard();
            var assessment = in.readReport(report).assess(editions);
            example(doc, "/v1/assessments", report, OUT.write(assessment));
            example(doc, "/v1/audits", report, OUT.writeValue(Auditor.audit(in.readReport(report), editions)));
            example(doc, "/v1/whatif", report, OUT.writeValue(WhatIfRequest.of("AA").run(assessment)));
            var input = in.readPlan(new java.io.ByteArrayInputStream(plan.getBytes(StandardCharsets.UTF_8)));
            example(doc, "/v1/plans/check", plan, OUT.writeValue(PlanCoverage.check(input.plan(), input.report().assess(editions))));
            var rawInput = in.readRawInput(new java.io.ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)), n -> { });
            example(doc, "/v1/raw-assessments", raw, OUT.write(RawRequest.builder(rawInput.batch(), rawInput.checklist()).build().run()));
            CohortRequest request = CohortRequest.builder().build();
            example(doc, "/v1/cohorts", cohort, OUT.write(in.readCohort(new java.io.ByteArrayInputStream(
                    cohort.getBytes(StandardCharsets.UTF_8)), request.open(editions)), request.passRate().share()));
        }

        private static void example(ObjectNode doc, String path, String request, String response) {
            ObjectNode op = (ObjectNode) doc.get("paths").get(path).get("post");
            ((ObjectNode) op.get("requestBody").get("content").get("application/json")).putObject("examples").putObject("sample")
                    .put("summary", "the bundled sample").set("value", MAPPER.readTree(request));
            ((ObjectNode) op.get("responses").get("200").get("content").get("application/json")).putObject("examples")
                    .putObject("sample").put("summary", "the answer to the sample").set("value", MAPPER.readTree(response));
        }
    }

    /**
     * Writes each value that may be a number or a string (a score: a JSON number, or a string of ASCII or Thai
     * digits; a history's difference: -0.43 or "+20.25") as a value of any type, its description saying what it
     * is: client generators make a class that wraps a value of several types, which then serializes as an empty
     * object, where a value of any type passes as it is. The formats' own schemas, served at
     * {@code /v1/schemas/{name}}, keep the exact rule, and the service checks it.
     */
    private static void plainTypes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode oneOf = object.get("oneOf");
            JsonNode type = object.get("type");
            if (oneOf != null && oneOf.isArray() && mergeable(oneOf)) {
                object.remove("oneOf");
            } else if (type != null && type.isArray() && mergeable(type)) {
                object.remove("type");
            }
            for (String field : object.propertyNames()) {
                plainTypes(object.get(field));
            }
        } else if (node != null && node.isArray()) {
            node.forEach(OpenApiDocument::plainTypes);
        }
    }

    /**
     * {@return whether a oneOf's branches, or a type's array, are a number (or an integer) and a string, plain
     * types side by side}
     */
    private static boolean mergeable(JsonNode alternatives) {
        java.util.Set<String> types = new java.util.HashSet<>();
        for (JsonNode alternative : alternatives) {
            JsonNode type = alternative.isString() ? alternative : alternative.get("type");
            if (type == null || !type.isString() || alternative.has("$ref") || !types.add(type.asString())) {
                return false;
            }
        }
        types.remove("null"); // a value that may also be null, as none: of any type, it may be null too
        return types.size() == 2 && types.contains("string") && (types.contains("number") || types.contains("integer"));
    }

    /** Rewrites every {@code $ref} under a node, resolved against the schema it is in, to its component. */
    private static JsonNode rewrite(JsonNode node, URI base) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && !ref.asString().startsWith("#/components/")) {
                object.put("$ref", "#/components/schemas/" + target(base, ref.asString()));
            }
            for (String field : object.propertyNames()) {
                rewrite(object.get(field), base);
            }
        } else if (node != null && node.isArray()) {
            node.forEach(child -> rewrite(child, base));
        }
        return node;
    }

    /** Adds the components a node refers to, and those they refer to, to {@code used}. */
    private static void reach(JsonNode node, ObjectNode components, java.util.Set<String> used) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith("#/components/schemas/")) {
                String name = ref.asString().substring("#/components/schemas/".length());
                if (used.add(name)) {
                    reach(components.get(name), components, used);
                }
            }
            for (String field : object.propertyNames()) {
                reach(object.get(field), components, used);
            }
        } else if (node != null && node.isArray()) {
            node.forEach(child -> reach(child, components, used));
        }
    }

    /** {@return the component a reference names, from the schema at base} */
    private static String target(URI base, String ref) {
        URI resolved = base.resolve(ref);
        String path = resolved.getPath();
        String file = path.substring(path.lastIndexOf('/') + 1);
        if (!resolved.toString().startsWith(BASE.toString()) || !file.endsWith(".schema.json")) {
            throw new IllegalStateException("a reference outside the formats' schemas: " + ref);
        }
        String name = file.substring(0, file.length() - ".schema.json".length());
        String fragment = resolved.getFragment() == null ? "" : resolved.getFragment();
        if (fragment.isEmpty()) {
            return component(name, "");
        }
        if (!fragment.startsWith("/$defs/") || fragment.indexOf('/', "/$defs/".length()) >= 0) {
            throw new IllegalStateException("a reference into a schema other than to one of its $defs: " + ref);
        }
        return component(name, fragment.substring("/$defs/".length()));
    }

    /**
     * {@return the component's name: the format's in PascalCase, followed by its definition's; the shared
     * definitions of common.schema.json by their own names alone}
     */
    static String component(String schema, String def) {
        String prefix = schema.equals("common") && !def.isEmpty() ? "" : pascal(schema);
        return prefix + pascal(def);
    }

    private static String pascal(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("-")) {
            if (!part.isEmpty()) {
                b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
