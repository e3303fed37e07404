package org.itascore.json;

import org.itascore.samples.Samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itascore.InvalidInputException;
import org.itascore.audit.Auditor;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped schemas accept every sample and everything the library writes, and refuse what the readers refuse. */
class SchemaTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix("https://itascore.org/schema/", "classpath:org/itascore/json/schema/")));

    private static List<Error> validate(String schema, String json) {
        Schema s = REGISTRY.getSchema(SchemaLocation.of("https://itascore.org/schema/" + schema + ".schema.json"));
        JsonNode node = PLAIN.readTree(json);
        return s.validate(node);
    }

    private static void valid(String schema, String json) {
        assertEquals(List.of(), validate(schema, json).stream().map(Error::toString).toList(), schema);
    }

    private static String read(String sample) {
        return Samples.text(sample);
    }

    @Test
    void samplesAreValid() throws IOException {
        valid("report", read("khon-kaen-2566.json"));
        valid("report", read("chachoengsao-2-2562.json"));
        // the copy in samples/ that the docs use is the bundled one
        assertEquals(read("chachoengsao-2-2562.json"), read("chachoengsao-2-2562.json"));
        valid("plan", read("khon-kaen-plan-2567.json"));
        valid("survey-batch", read("survey-2564.json"));
        valid("oit-checklist", read("oit-2564.json"));
        valid("raw-input", "{\"checklist\":" + read("oit-2564.json") + ",\"batch\":"
                + read("survey-2564.json") + "}");
        for (String line : Samples.text("cohort-2566.ndjson").lines().toList()) {
            valid("report", line);
        }
        valid("cohort", "[" + String.join(",", Samples.text("cohort-2566.ndjson").lines().toList()) + "]");
    }

    @Test
    void anOfficeIdIsReadWrittenAndReadBack() {
        String report = "{\"office\":\"สพป.ก\",\"officeId\":\" 1040 \",\"fiscalYear\":2566,\"indicators\":{\"1\":90,\"2\":90,"
                + "\"3\":90,\"4\":90,\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90,\"10\":90}}";
        valid("report", report);
        ItaJson json = ItaJson.standard();
        org.itascore.report.IndicatorReport r = json.readReport(report);
        assertEquals(java.util.Optional.of("1040"), r.officeId());
        org.itascore.assess.Assessment a = r.assess(org.itascore.edition.Editions.builtIn());
        assertEquals(java.util.Optional.of("1040"), a.officeId());
        String result = json.write(a);
        valid("result", result);
        assertTrue(result.contains("\"officeId\" : \"1040\""), result);
        assertEquals(a, json.readAssessment(new java.io.ByteArrayInputStream(result.getBytes(StandardCharsets.UTF_8))));
        valid("report", json.writeValue(r));
        assertEquals(r, json.readReport(json.writeValue(r)));
        InvalidInputException blank = Refusals.refused(() -> json.readReport(report.replace("\" 1040 \"", "\" \"")));
        Refusals.assertFirst(blank, null, "/officeId", "an office id is not blank");
    }

    @Test
    void whatTheLibraryWritesIsValid() throws IOException {
        ItaJson json = ItaJson.standard();
        for (Edition e : Editions.builtIn().all()) {
            valid("edition", json.writeValue(e));
        }
        valid("edition-list", json.writeEditionList(Editions.builtIn().all()));
        // the service writes problem details (its own test checks its real answers against this schema): the shape
        valid("problem-details", "{\"type\":\"https://itascore.org/problems/invalid-input\",\"title\":\"The input breaks a rule\","
                + "\"status\":422,\"detail\":\"1 problem(s) found\",\"instance\":\"/v1/cohorts\",\"requestId\":\"a1-b2\",\"problems\":"
                + "[{\"parameter\":\"passRate\",\"value\":\"150\",\"code\":\"passRate.range\",\"kind\":\"INVALID\","
                + "\"rule\":\"a pass-rate target is a percentage from 0 to 100\"}]}");
        String changes = json.writeChanges(Editions.builtIn().get("nacc-2567").changesFrom(Editions.builtIn().get("nacc-2566")));
        valid("edition-changes", changes);
        assertTrue(changes.contains("\"rule\" : \"fiscal years\""), changes);
        var report = json.readReport(read("khon-kaen-2566.json"));
        valid("result", json.writeValue(report.assess(Editions.builtIn())));
        valid("report", json.writeValue(report));
        valid("audit", json.writeValue(Auditor.audit(report, Editions.builtIn())));
        var batch = json.readSurveyBatch(Samples.open("survey-2564.json"), null);
        var checklist = json.readChecklist(Samples.open("oit-2564.json"));
        valid("result", json.write(batch.assess(batch.checklist(checklist))));
        valid("oit-checklist", json.writeValue(checklist));
        valid("plan", json.writeValue(json.readPlan(Samples.open("khon-kaen-plan-2567.json"))));
        // labelled, in both languages and in one
        for (ItaJson labelled : List.of(json.withLabels(org.itascore.Language.THAI, org.itascore.Language.ENGLISH),
                json.withLabels(org.itascore.Language.THAI))) {
            valid("result", labelled.writeValue(report.assess(Editions.builtIn())));
            valid("result", labelled.write(batch.assess(batch.checklist(checklist))));
            valid("audit", labelled.writeValue(Auditor.audit(report, Editions.builtIn())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"fiscalYear\":2566,\"indicators\":{\"1\":90}}",
        "{\"office\":\"x\",\"fiscalYear\":2023,\"indicators\":{\"1\":90}}",
        "{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{\"11\":90}}",
        "{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{\"1\":{\"v\":90}}}",
        "{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{\"1\":105}}",
        "{\"office\":\"x\",\"fiscalYear\":2566,\"colour\":1,\"indicators\":{\"1\":90}}"})
    void theReportSchemaRefusesWhatTheReaderRefuses(String json) {
        assertFalse(validate("report", json).isEmpty(), json);
    }

    @Test
    void everySchemaIsNamedAndPrintable() {
        for (String name : ItaJson.SCHEMAS) {
            assertEquals("https://itascore.org/schema/" + name + ".schema.json", PLAIN.readTree(ItaJson.schema(name)).get("$id").asString());
        }
        assertThrows(IllegalArgumentException.class, () -> ItaJson.schema("nope"));
    }
}
