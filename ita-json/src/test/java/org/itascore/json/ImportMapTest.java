package org.itascore.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.survey.Answer;
import org.itascore.table.ChecklistColumns;
import org.itascore.table.ImportMapping;
import org.itascore.table.SheetMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** Format 8, the import map: read, written, read back, valid against its schema; bad maps refused at their pointer. */
class ImportMapTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix("https://itascore.org/schema/", "classpath:org/itascore/json/schema/")));
    private static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of("https://itascore.org/schema/import-map.schema.json"));

    private static ImportMapping read(String json) {
        return ItaJson.standard().readImportMapping(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> schemaErrors(String json) {
        return SCHEMA.validate(JsonMapper.builder().build().readTree(json)).stream().map(Object::toString).toList();
    }

    private static final String MAP = """
            {
              "iit": {
                "columns": {"1. ท่าน, บุคลากร\\nปฏิบัติงาน": "i1", "ข้อ 2": "i2"},
                "office": "ชื่อโรงเรียน",
                "timestamp": "ประทับเวลา",
                "ignore": ["ที่อยู่อีเมล", "เพศ"]
              },
              "oit": {"item": "ข้อ", "present": "สถานะ", "evidence": "ลิงก์", "office": "ชื่อโรงเรียน"},
              "labels": {"ดีมาก": 4, "ไม่เคย": "no"}
            }
            """;

    @Test
    void aMapIsReadAsWritten() {
        ImportMapping m = read(MAP);
        SheetMapping iit = m.iit().orElseThrow();
        assertEquals(Instrument.IIT, iit.instrument());
        assertEquals(ImmutableMap.of("1. ท่าน, บุคลากร\nปฏิบัติงาน", "i1", "ข้อ 2", "i2"), iit.questions());
        assertEquals(Optional.of("ชื่อโรงเรียน"), iit.office());
        assertEquals(Optional.of("ประทับเวลา"), iit.timestamp());
        assertEquals(List.of("ที่อยู่อีเมล", "เพศ"), iit.ignored().asList());
        assertEquals(Optional.empty(), m.eit());
        assertEquals(new ChecklistColumns("ข้อ", "สถานะ", Optional.of("ลิงก์"), Optional.empty(), Optional.of("ชื่อโรงเรียน")),
                m.oit().orElseThrow());
        assertEquals(ImmutableMap.of("ดีมาก", Answer.LEVEL_4, "ไม่เคย", Answer.NO), m.labels());
    }

    @Test
    void whatIsWrittenIsValidAndReadsBack() {
        ImportMapping m = read(MAP);
        String written = ItaJson.standard().write(m);
        assertEquals(List.of(), schemaErrors(written));
        assertEquals(List.of(), schemaErrors(MAP));
        assertEquals(m, read(written));
    }

    @Test
    void everyProblemIsListedAtItsPointer() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("""
                {"iit": {"columns": {"1.": 5}, "ignore": "เพศ", "sheet": 1},
                 "eit": [],
                 "oit": {"present": "มี"},
                 "labels": {"ดี": 7, "ใช่": "maybe"},
                 "colour": "red"}
                """));
        List<String> pointers = e.problems().stream().map(p -> JsonPointers.of(p.location()).toString()).toList();
        assertEquals(List.of("/colour", "/iit/sheet", "/iit/columns/1.", "/iit/ignore", "/eit", "/oit/item", "/labels/ดี",
                "/labels/ใช่"), pointers);
        Refusals.assertNoJacksonWording(e);
        e.problems().forEach(p -> assertFalse(p.rule(org.itascore.Language.THAI).equals(p.rule()), p.rule()));
    }

    @Test
    void halfACharacterIsRefusedWhereverItIsNotWrittenBackAsAQuestionMark() {
        // JSON's escapes can write a surrogate alone, which no encoding can: a header of one would be written back "?"
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("""
                {"iit": {"columns": {"ข้อ 1": "i1"}, "office": "โรงเรียน\\ud800", "ignore": ["เพศ", "\\udc00"]},
                 "oit": {"item": "ข้อ", "present": "\\ud83d สถานะ"}}
                """));
        assertEquals(List.of("/iit/office", "/iit/ignore/1", "/oit/present"),
                e.problems().stream().map(p -> JsonPointers.of(p.location()).toString()).toList());
        assertEquals(List.of("\\uD800", "\\uDC00", "\\uD83D"), e.problems().stream().map(p -> p.value()).toList());
        e.problems().forEach(p -> assertEquals("json.loneSurrogate", p.code()));
        // as a name (a header mapped to its question, a label), Jackson refuses it as it reads
        InvalidInputException name = assertThrows(InvalidInputException.class,
                () -> read("{\"iit\": {\"columns\": {\"\\ud800 ข้อ 1\": \"i1\"}}}"));
        assertEquals("/iit/columns", JsonPointers.of(name.problems().get(0).location()).toString());
        // a character outside the Basic Multilingual Plane, a whole pair, is text like any other
        assertEquals(Optional.of("โรงเรียน \ud83d\ude00"), read("{\"iit\": {\"columns\": {\"ข้อ 1\": \"i1\"}, "
                + "\"office\": \"โรงเรียน \\ud83d\\ude00\"}}").iit().orElseThrow().office());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{\"iit\":{\"columns\":{\"1.\":5}}}", "{\"iit\":{}}", "{\"labels\":{\"x\":7}}",
        "{\"oit\":{\"item\":\"ข้อ\"}}", "{\"colour\":1}", "{\"eit\":{\"columns\":{},\"ignore\":[\" \"]}}"})
    void theSchemaRefusesWhatTheReaderRefuses(String json) {
        assertFalse(schemaErrors(json).isEmpty(), json);
        assertThrows(InvalidInputException.class, () -> read(json), json);
    }
}
