package org.itascore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.function.Supplier;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.edition.GradeBand;
import org.itascore.edition.GradeScale;
import org.junit.jupiter.api.Test;

/** The one message catalogue: every code in both languages, every argument used, problems told by code. */
class MessageCatalogueTest {

    @Test
    void everyCodeHasThaiAndEnglishWithTheSamePlaceholdersEachUsed() {
        assertEquals(List.of(), MessageCatalogue.check());
        assertTrue(MessageCatalogue.codes().size() > 300, "the catalogue holds the library's messages");
    }

    @Test
    void everyCodeIsUsedBySomeModulesCode() throws java.io.IOException {
        // the sources of every module, read as text: a code of the catalogue that no code names is dead text
        StringBuilder sources = new StringBuilder();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(".."))) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("src/main/java")
                    && !f.toString().contains("/target/")).toList()) {
                sources.append(java.nio.file.Files.readString(f));
            }
        }
        // a code is named whole ("score.range"), or, for a name of each constant of an enum, by its prefix
        // ("name.grade." + name())
        List<String> unused = MessageCatalogue.codes().stream().filter(code -> sources.indexOf('"' + code + '"') < 0
                && sources.indexOf('"' + code.substring(0, code.lastIndexOf('.') + 1) + "\" + ") < 0).toList();
        assertEquals(List.of(), unused);
    }

    @Test
    void noMessageNamesAnOptionOfTheCommandLine() {
        // the core speaks of fields; each front end says a field in its own words (--office, office, /office)
        for (String code : MessageCatalogue.codes()) {
            for (Language language : Language.values()) {
                String text = MessageCatalogue.template(code, language);
                assertFalse(text.matches("(?s).*(^|[\\s(])--[a-z].*"), code + " names a command-line option: " + text);
            }
        }
    }

    @Test
    void aRuleWithValuesIsWrittenInEitherLanguage() {
        Problem p = new Problem(ProblemKind.CONFLICT, Location.of("fiscalYear"), "2564",
                Message.of("edition.years", "obec-esa-2566", "[2566]"));
        assertEquals("edition.years", p.code());
        assertEquals("\"2564\": ฉบับเกณฑ์ obec-esa-2566 ใช้กับปีงบประมาณ [2566] เท่านั้น", p.describe(Language.THAI));
        assertEquals("\"2564\": edition obec-esa-2566 covers fiscal years [2566]", p.describe(Language.ENGLISH));
        assertEquals("/fiscalYear: \"2564\": edition obec-esa-2566 covers fiscal years [2566]", p.toString());
    }

    @Test
    void aMessageArgumentIsShownInTheSameLanguage() {
        Problem type = new Problem(ProblemKind.TYPE, Location.of("office"), "7",
                Message.of("json.wrongType", Message.of("json.string", Message.of("term.office")), Message.of("term.typeNumber")));
        assertEquals("\"7\": an office is a JSON string, not a number", type.describe(Language.ENGLISH));
        assertEquals("\"7\": ชื่อหน่วยงาน ต้องเป็นข้อความ (สตริง JSON) ไม่ใช่ตัวเลข", type.describe(Language.THAI));
        Problem missing = new Problem(ProblemKind.MISSING, Location.of("office"), null, Message.of("office.blank"));
        assertEquals("ไม่มีค่า: ต้องระบุชื่อหน่วยงาน โดยชื่อต้องมีตัวอักษรหรือตัวเลข", missing.describe(Language.THAI));
        assertEquals("missing: an office is named: its name has a letter or a digit", missing.describe(Language.ENGLISH));
    }

    @Test
    void bracesOfTheTextItselfAreDoubled() {
        assertEquals("raw data is a JSON object: {\"batch\": a survey batch, \"checklist\": an OIT checklist}",
                Message.of("raw.object").text(Language.ENGLISH));
    }

    @Test
    void aCodeOrAnArgumentCountTheCatalogueDoesNotHaveIsADefectOfTheCaller() {
        assertThrows(IllegalArgumentException.class, () -> Message.of("no.such.code"));
        assertThrows(IllegalArgumentException.class, () -> Message.of("score.range", "an argument too many"));
        assertThrows(IllegalArgumentException.class, () -> Message.of("indicator.range"));
        assertThrows(NullPointerException.class, () -> Message.of("indicator.range", (Object) null));
    }

    @Test
    void messagesAreValuesAndProblemsSerialize() throws Exception {
        assertEquals(Message.of("indicator.range", 10), Message.of("indicator.range", "10"));
        assertNotEquals(Message.of("indicator.range", 10), Message.of("indicator.range", 11));
        Problem p = new Problem(Location.of("catalogue", "subIndicators").property("9.1").index(2), "x",
                Message.of("number.nan", Message.of("score.format")));
        InvalidInputException e = new InvalidInputException(List.of(p));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            InvalidInputException back = (InvalidInputException) in.readObject();
            assertEquals(e.problems(), back.problems());
            assertEquals(e.getMessage(), back.getMessage());
        }
    }

    /** The core's own refusals, built in code rather than read from JSON, each carry a code of the catalogue. */
    @Test
    void theCoresRefusalsCarryCodes() {
        List<Supplier<Object>> refusals = List.of(
                () -> Edition.builder("Bad Id").build(),
                () -> GradeScale.of(List.of(GradeBand.of(Grade.F, 0, 50), GradeBand.of(Grade.A, 60, 90))),
                () -> GradeScale.of(List.of(GradeBand.of(Grade.F, 10, 50), GradeBand.of(Grade.A, 40, 100))),
                () -> Editions.builtIn().get("nope"),
                () -> Editions.builtIn().defaultFor(FiscalYear.of(2555)),
                () -> FiscalYear.parse("2023"),
                () -> FiscalYear.parse("twenty"),
                () -> Score.parse("105"),
                () -> Score.parse("abc"),
                () -> Weight.parse("1.5"),
                () -> Grade.parse("A+"),
                () -> Instrument.parse("XIT"),
                () -> Indicator.parse("11"),
                () -> Language.ofTag("fr"),
                () -> Editions.builtIn().get("obec-esa-2566").toBuilder().passMark(Score.of(80)).build(),
                () -> Editions.builtIn().get("obec-esa-2566").toBuilder().passMarkMovingBand(Score.of(97)).build(),
                () -> Decimals.parse("1".repeat(80), Message.of("score.format")),
                () -> Decimals.parse("1/0", Message.of("score.format")));
        List<String> expected = List.of("edition.id", "bands.gap", "bands.bottom", "edition.unknown", "edition.uncovered",
                "fiscalYear.commonEra", "fiscalYear.format", "score.range", "score.format", "weight.range", "grade.unknown",
                "instrument.unknown", "indicator.range", "language.unknown", "edition.passMarkEdge", "edition.passMarkTopBand",
                "number.length", "fraction.denominatorZero");
        for (int i = 0; i < refusals.size(); i++) {
            InvalidInputException e = assertThrows(InvalidInputException.class, refusals.get(i)::get);
            String first = e.problems().get(0).code();
            assertEquals(expected.get(i), first, "refusal " + i + ": " + e.getMessage());
            for (Problem p : e.problems()) {
                assertNotEquals(p.rule(), p.rule(Language.THAI), "no Thai form of " + p.code());
            }
        }
    }
}
