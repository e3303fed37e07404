package org.itascore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.edition.GradeBand;
import org.itascore.edition.GradeScale;
import org.junit.jupiter.api.Test;

/** Problems in Thai: the catalogue's patterns, its terms, and a fall back to English for an unknown rule. */
class ProblemTextTest {

    @Test
    void aRuleWithValuesIsWrittenInThai() {
        Problem p = new Problem(ProblemKind.CONFLICT, Location.of("fiscalYear"), "2564",
                "edition obec-esa-2566 covers fiscal years [2566]");
        assertEquals("\"2564\": ฉบับเกณฑ์ obec-esa-2566 ใช้กับปีงบประมาณ [2566] เท่านั้น", ProblemText.describe(p, Language.THAI));
        assertEquals("\"2564\": edition obec-esa-2566 covers fiscal years [2566]", ProblemText.describe(p, Language.ENGLISH));
    }

    @Test
    void aMissingValueAndTermsInsideARule() {
        Problem missing = new Problem(ProblemKind.MISSING, Location.of("office"), null, "a report names its office");
        assertEquals("ไม่มีค่า: รายงานต้องระบุชื่อหน่วยงาน", ProblemText.describe(missing, Language.THAI));
        Problem type = new Problem(ProblemKind.TYPE, Location.of("office"), "7", "an office is a JSON string, not a number");
        assertEquals("\"7\": ชื่อหน่วยงาน ต้องเป็นข้อความ (สตริง JSON) ไม่ใช่ตัวเลข", ProblemText.describe(type, Language.THAI));
        Problem blank = new Problem(Location.of("name"), " ", "an activity has a name; this one is blank");
        assertEquals("กิจกรรมต้องมีชื่อ แต่ค่านี้ว่างเปล่า", ProblemText.rule(blank, Language.THAI));
    }

    @Test
    void anUnknownRuleStaysInEnglish() {
        Problem p = new Problem(Location.ROOT, "x", "a rule nobody translated");
        assertEquals("a rule nobody translated", ProblemText.rule(p, Language.THAI));
        assertEquals(Optional.empty(), ProblemText.thai("a rule nobody translated"));
    }

    /** The core's own refusals, built in code rather than read from JSON, have Thai forms too. */
    @Test
    void theCoresRefusalsHaveThaiForms() {
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
                () -> Decimals.parse("1".repeat(80), "r"),
                () -> Decimals.parse("1/0", "r"));
        for (Supplier<Object> refusal : refusals) {
            InvalidInputException e = assertThrows(InvalidInputException.class, refusal::get);
            for (Problem p : e.problems()) {
                assertTrue(ProblemText.thai(p.rule()).isPresent(), "no Thai form of the rule: " + p.rule());
            }
        }
    }
}
