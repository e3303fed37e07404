package org.itascore.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.itascore.Language;
import org.itascore.assess.Assessment;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Labelled results name the grade, verdict, instruments and indicators in the languages asked for. */
class LabelsTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    /** Every indicator 96 under NACC FY2569: a total of 96.00, AA, and every instrument at 96, an excellent pass. */
    private static final String REPORT = "{\"office\":\"สพป.ก\",\"fiscalYear\":2569,\"edition\":\"nacc-2569\",\"indicators\":"
            + "{\"1\":96,\"2\":96,\"3\":96,\"4\":96,\"5\":96,\"6\":96,\"7\":96,\"8\":96,\"9\":96,\"10\":96}}";

    private static Assessment assessment() {
        return ItaJson.standard().readReport(REPORT).assess(Editions.builtIn());
    }

    @Test
    void bothLanguagesNameEveryThing() {
        JsonNode result = PLAIN.readTree(ItaJson.standard().withLabels(Language.THAI, Language.ENGLISH).write(assessment()));
        assertEquals("AA", result.get("grade").asString());
        assertEquals("ดีเยี่ยม", result.at("/gradeTitle/th").asString());
        assertEquals("Excellence", result.at("/gradeTitle/en").asString());
        assertEquals("EXCELLENT_PASS", result.get("verdict").asString());
        assertEquals("ผ่านดีเยี่ยม", result.at("/verdictTitle/th").asString());
        assertEquals("Excellent pass", result.at("/verdictTitle/en").asString());
        assertEquals("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", result.at("/instruments/IIT/title/th").asString());
        assertEquals("Open Data Integrity and Transparency Assessment", result.at("/instruments/OIT/title/en").asString());
        JsonNode first = result.get("indicators").get(0);
        assertEquals(1, first.get("number").asInt());
        assertEquals("การปฏิบัติหน้าที่", first.at("/title/th").asString());
        assertEquals("Performance of duty", first.at("/title/en").asString());
        assertEquals("ดีเยี่ยม", first.at("/gradeTitle/th").asString());
        JsonNode tenth = result.get("indicators").get(9);
        assertEquals("Corruption prevention", tenth.at("/title/en").asString());
    }

    @Test
    void oneLanguageNamesThingsInThatLanguageOnly() {
        JsonNode thai = PLAIN.readTree(ItaJson.standard().withLabels(Language.THAI).write(assessment()));
        assertEquals(1, thai.get("gradeTitle").size());
        assertEquals("ดีเยี่ยม", thai.at("/gradeTitle/th").asString());
        assertTrue(thai.at("/indicators/0/title/en").isMissingNode());
        JsonNode english = PLAIN.readTree(ItaJson.standard().withLabels(Language.ENGLISH).write(assessment()));
        assertEquals("Excellent pass", english.at("/verdictTitle/en").asString());
        assertTrue(english.at("/verdictTitle/th").isMissingNode());
        // a finding's message is its content: both languages, whatever was asked
        Assessment a = assessment();
        Assessment withFinding = org.itascore.assess.Assessor.assess(a.edition(), a.office(), a.fiscalYear(), a.scores(),
                java.util.List.of(org.itascore.Finding.of(org.itascore.FindingKind.TOO_FEW_RESPONDENTS,
                        org.itascore.Bilingual.of("ผู้ตอบน้อย", "few respondents"))));
        JsonNode found = PLAIN.readTree(ItaJson.standard().withLabels(Language.THAI).write(withFinding));
        assertEquals("TOO_FEW_RESPONDENTS", found.at("/findings/0/kind").asString());
        assertEquals("few respondents", found.at("/findings/0/message/en").asString());
        assertEquals("ผู้ตอบน้อย", found.at("/findings/0/message/th").asString());
    }

    @Test
    void bytesAreTheTextsUtf8() {
        for (ItaJson json : java.util.List.of(ItaJson.standard(), ItaJson.standard().compact().withLabels(Language.THAI))) {
            assertEquals(json.write(assessment()), new String(json.writeBytes(assessment()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void withoutLabelsTheResultCarriesCodesAlone() {
        String plain = ItaJson.standard().write(assessment());
        assertFalse(plain.contains("Title"), plain);
        assertFalse(plain.contains("\"title\""), plain);
        // and asking for no language is asking for none
        assertEquals(plain, ItaJson.standard().withLabels().write(assessment()));
    }

    @Test
    void aLabelledResultReadsBackToTheSameAssessment() {
        for (EnumSet<Language> languages : java.util.List.of(EnumSet.allOf(Language.class), EnumSet.of(Language.THAI))) {
            String labelled = ItaJson.standard().withLabels(languages.toArray(Language[]::new)).write(assessment());
            Assessment back = ItaJson.standard().readAssessment(new ByteArrayInputStream(labelled.getBytes(StandardCharsets.UTF_8)));
            assertEquals(assessment(), back);
        }
    }

    @Test
    void theModuleAttributeLabelsAMapperOfYourOwn() {
        JsonMapper mine = JsonMapper.builder().addModule(new ItaJsonModule()).build();
        String json = mine.writer().withAttribute(ItaJsonModule.LABELS, EnumSet.of(Language.ENGLISH)).writeValueAsString(assessment());
        assertEquals("Excellence", PLAIN.readTree(json).at("/gradeTitle/en").asString());
        assertFalse(mine.writeValueAsString(assessment()).contains("gradeTitle"));
    }
}
