package org.itascore.edition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.itascore.Bilingual;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.Verdict;
import org.itascore.Weight;
import org.junit.jupiter.api.Test;

class EditionTest {

    private static Edition.Builder valid() {
        return Edition.builder("test-2566")
                .title(Bilingual.of("ทดสอบ", "Test"))
                .fiscalYear(FiscalYear.of(2566))
                .instrument(Instrument.IIT, Weight.parse("0.5"), Indicator.PERFORMANCE_OF_DUTY, Indicator.USE_OF_BUDGET)
                .instrument(Instrument.OIT, Weight.parse("0.5"), Indicator.INFORMATION_DISCLOSURE);
    }

    @Test
    void buildsAValidEditionWithDefaults() {
        Edition edition = valid().build();
        assertEquals(Score.of(85), edition.passMark());
        assertEquals(GradeScale.STANDARD, edition.gradeScale());
        assertEquals(List.of(Indicator.PERFORMANCE_OF_DUTY, Indicator.USE_OF_BUDGET, Indicator.INFORMATION_DISCLOSURE),
                edition.indicators());
        assertEquals(Rational.of(1, 4), edition.effectiveWeight(Indicator.USE_OF_BUDGET));
        assertFalse(edition.uses(Indicator.CORRUPTION_PREVENTION));
        assertEquals(edition, edition.toBuilder().build());
    }

    @Test
    void refusesWeightsThatDoNotSumToOne() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Edition.builder("x")
                .title(Bilingual.of("ก", "x")).fiscalYear(FiscalYear.of(2566))
                .instrument(Instrument.IIT, Weight.parse("0.3"), Indicator.PERFORMANCE_OF_DUTY)
                .instrument(Instrument.OIT, Weight.parse("0.3"), Indicator.INFORMATION_DISCLOSURE)
                .build());
        assertTrue(e.getMessage().contains("instrument weights must sum to exactly 1, they sum to 0.6"), e.getMessage());
    }

    @Test
    void refusesIndicatorWeightsThatDoNotSumToOne() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> valid()
                .instrument(Instrument.EIT, Weight.parse("0.1"), Map.of(Indicator.QUALITY_OF_OPERATIONS, Weight.parse("1/3")))
                .build());
        assertTrue(e.getMessage().contains("/instruments/EIT"), e.getMessage());
        assertTrue(e.getMessage().contains("they sum to 1/3"), e.getMessage());
        assertTrue(e.getMessage().contains("they sum to 1.1"), e.getMessage());
    }

    @Test
    void refusesAnIndicatorInTwoInstruments() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Edition.builder("x")
                .title(Bilingual.of("ก", "x")).fiscalYear(FiscalYear.of(2566))
                .instrument(Instrument.IIT, Weight.parse("0.5"), Indicator.PERFORMANCE_OF_DUTY)
                .instrument(Instrument.EIT, Weight.parse("0.5"), Indicator.PERFORMANCE_OF_DUTY)
                .build());
        assertEquals("/instruments/EIT", e.problems().get(0).location().toString());
        assertEquals("indicator 1", e.problems().get(0).value());
        assertTrue(e.getMessage().contains("already in IIT"), e.getMessage());
    }

    @Test
    void refusesEverythingMissingAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Edition.builder("Bad Id").build());
        List<String> fields = e.problems().stream().map(p -> p.location().toString()).toList();
        assertEquals(List.of("/id", "/title", "/fiscalYears", "/instruments"), fields);
    }

    @Test
    void refusesAnInstrumentDeclaredTwiceOrEmpty() {
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> valid()
                .instrument(Instrument.IIT, Weight.ONE, Indicator.USE_OF_AUTHORITY).build());
        assertTrue(twice.getMessage().contains("an instrument is declared once"), twice.getMessage());
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> Edition.builder("x")
                .title(Bilingual.of("ก", "x")).fiscalYear(FiscalYear.of(2566))
                .instrument(Instrument.IIT, Weight.ONE).build());
        assertTrue(empty.getMessage().contains("at least one indicator"), empty.getMessage());
    }

    @Test
    void refusesAPassMarkThatDisagreesWithThePassingGrades() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> valid().passMark(Score.of(80)).build());
        assertEquals("/passMark", e.problems().get(0).location().toString());
        assertTrue(e.getMessage().contains("the bands start at 0.00, 50.00, 55.00, 65.00, 75.00, 85.00, 95.00"), e.getMessage());
        assertTrue(e.getMessage().contains("passMarkMovesBand"), e.getMessage());
        assertEquals("edition.passMarkEdge", e.problems().get(0).code());
    }

    @Test
    void passingGradesFollowThePassMark() {
        Edition standard = valid().build();
        assertEquals(List.of(Grade.AA, Grade.A), standard.passingGrades());
        // a pass mark at B's edge (75): B passes too, and 75.00 passes while 74.99 does not
        Edition lower = valid().passMark(Score.of(75)).build();
        assertEquals(List.of(Grade.AA, Grade.A, Grade.B), lower.passingGrades());
        assertTrue(lower.passes(Grade.B));
        assertTrue(lower.passes(Score.parse("75.00")));
        assertTrue(!lower.passes(Score.parse("74.994")));
        assertTrue(lower.passes(Score.parse("74.995")), "74.995 rounds to 75.00");
    }

    @Test
    void aPassMarkInsideABandMovesTheBandAboveWhenAsked() {
        // 80 lies in B [75, 85): B is cut at 80 and A starts there
        Edition eighty = valid().passMarkMovingBand(Score.of(80)).build();
        assertEquals(GradeBand.of(Grade.A, 80, 95), eighty.gradeScale().band(Grade.A).orElseThrow());
        assertEquals(GradeBand.of(Grade.B, 75, 80), eighty.gradeScale().band(Grade.B).orElseThrow());
        assertEquals(Score.of(80), eighty.passMark());
        assertEquals(List.of(Grade.AA, Grade.A), eighty.passingGrades());
        assertEquals(Grade.A, eighty.grade(Score.parse("80.00")));
        assertEquals(Grade.B, eighty.grade(Score.parse("79.994")));
        assertTrue(eighty.passes(Score.parse("80.00")));
        // a mark at an edge moves nothing; a mark in the highest band has no band above it
        assertEquals(GradeScale.STANDARD, valid().passMarkMovingBand(Score.of(85)).build().gradeScale());
        InvalidInputException top = assertThrows(InvalidInputException.class,
                () -> valid().passMarkMovingBand(Score.of(97)).build());
        assertEquals("/passMark", top.problems().get(0).location().toString());
        assertTrue(top.getMessage().contains("highest band"), top.getMessage());
    }

    @Test
    void builtInEditionsAreThereWithTheirWeightsSummingToExactlyOne() {
        Editions editions = Editions.builtIn();
        List<String> expected = List.of("obec-esa-2562", "obec-esa-2563", "obec-esa-2564", "obec-esa-2565",
                "obec-esa-2566", "obec-esa-2567", "obec-esa-2568", "obec-esa-2569", "nacc-2562", "nacc-2563", "nacc-2564",
                "nacc-2565", "nacc-2566", "nacc-2567", "nacc-2568", "nacc-2569", "ovec-2568", "ovec-2569");
        assertEquals(expected, editions.ids());
        for (Edition edition : editions.all()) {
            Rational instruments = edition.instrumentWeights().values().stream().map(Weight::exact)
                    .reduce(Rational.ZERO, Rational::plus);
            Rational effective = edition.indicators().stream().map(edition::effectiveWeight)
                    .reduce(Rational.ZERO, Rational::plus);
            assertEquals(Rational.ONE, instruments, edition.id());
            assertEquals(Rational.ONE, effective, edition.id());
            // 6,6,6,6,6 | 10,10,10 | 20,20 percent
            assertEquals(Rational.of(6, 100), edition.effectiveWeight(Indicator.PERFORMANCE_OF_DUTY));
            assertEquals(Rational.of(10, 100), edition.effectiveWeight(Indicator.COMMUNICATION_EFFICIENCY));
            assertEquals(Rational.of(20, 100), edition.effectiveWeight(Indicator.CORRUPTION_PREVENTION));
            assertFalse(edition.provenance().isEmpty());
        }
    }

    @Test
    void naccEditionsFrom2567GiveVerdictsMarkedAsFromAPublicImplementation() {
        Edition nacc2567 = Editions.builtIn().get("nacc-2567");
        assertEquals(VerdictScheme.NACC_2567, nacc2567.verdictScheme().orElseThrow());
        assertTrue(nacc2567.provenance().stream().anyMatch(p -> p.certainty() == Certainty.PUBLIC_IMPLEMENTATION));
        assertTrue(Editions.builtIn().get("nacc-2566").verdictScheme().isEmpty());
        assertTrue(Editions.builtIn().get("obec-esa-2567").verdictScheme().isEmpty());
    }

    @Test
    void defaultEditionIsObecEsaWhereOneExists() {
        assertEquals("obec-esa-2566", Editions.builtIn().defaultFor(FiscalYear.of(2566)).id());
        assertEquals("obec-esa-2568", Editions.builtIn().defaultFor(FiscalYear.of(2568)).id());
        assertEquals("obec-esa-2569", Editions.builtIn().defaultFor(FiscalYear.of(2569)).id());
        // another default on request; a year another edition covers is refused, naming that edition
        Editions preferring = Editions.builtIn().preferring("nacc-2569");
        assertEquals("nacc-2569", preferring.defaultFor(FiscalYear.of(2569)).id());
        InvalidInputException covered = assertThrows(InvalidInputException.class, () -> preferring.defaultFor(FiscalYear.of(2566)));
        assertTrue(covered.problems().get(0).rule().endsWith("fiscal year 2566 has its own edition, obec-esa-2566"), covered.getMessage());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Editions.builtIn().defaultFor(FiscalYear.of(2555)));
        assertTrue(e.getMessage().contains("2562"), e.getMessage());
    }

    @Test
    void unknownEditionListsTheKnownIds() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Editions.builtIn().get("obec-2566"));
        assertEquals("/edition", e.problems().get(0).location().toString());
        assertTrue(e.getMessage().contains("obec-esa-2566, obec-esa-2567"), e.getMessage());
    }

    @Test
    void userEditionsJoinTheRegistryButIdsStayUnique() {
        Edition mine = valid().build();
        Editions editions = Editions.builtIn().with(mine);
        assertEquals(mine, editions.get("test-2566"));
        assertEquals("obec-esa-2566", editions.defaultFor(FiscalYear.of(2566)).id());
        assertThrows(InvalidInputException.class, () -> editions.with(mine));
    }

    @Test
    void verdictSchemeNeedsACatchAllLastAndUniqueVerdicts() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VerdictScheme.of(List.of(
                VerdictRule.total(Verdict.PASS, Score.of(85)), VerdictRule.total(Verdict.PASS, Score.of(70)))));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals(Verdict.GOOD_PASS, VerdictScheme.NACC_2567.verdict(Score.parse("94.995"),
                List.of(Score.of(95), Score.of(85), Score.parse("84.995"))));
        assertEquals(Verdict.PASS, VerdictScheme.NACC_2567.verdict(Score.of(90),
                List.of(Score.of(95), Score.of(85), Score.parse("84.994"))));
        assertEquals(Verdict.NEEDS_IMPROVEMENT, VerdictScheme.NACC_2567.verdict(Score.parse("69.995"), List.of()));
        assertEquals(Verdict.NEEDS_URGENT_IMPROVEMENT, VerdictScheme.NACC_2567.verdict(Score.parse("69.994"), List.of()));
        assertEquals(Grade.A, Editions.builtIn().get("nacc-2568").grade(Score.of(90)));
    }

    @Test
    void anEditionForAYearWithoutRulesIsDerivedInOneCallAndSaysSo() {
        Edition base = Editions.builtIn().get("nacc-2568");
        Edition derived = base.derive("nacc-2570-mine", FiscalYear.of(2570)).build();
        assertTrue(derived.covers(FiscalYear.of(2570)));
        assertTrue(!derived.covers(FiscalYear.of(2568)));
        assertEquals(base.instrumentWeights(), derived.instrumentWeights());
        assertEquals(base.gradeScale(), derived.gradeScale());
        assertEquals(base.verdictScheme(), derived.verdictScheme());
        Provenance last = derived.provenance().get(derived.provenance().size() - 1);
        assertEquals(Certainty.ASSUMED, last.certainty());
        assertTrue(last.source().startsWith("derived from nacc-2568 (fiscal years [2568]) for fiscal years [2570]"), last.source());
        assertTrue(derived.title().english().endsWith(", derived for fiscal years 2570"), derived.title().english());
    }

    @Test
    void aYearNoEditionCoversIsRefusedWithTheNearestEditionAndHowToDeriveOne() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Editions.builtIn().defaultFor(FiscalYear.of(2570)));
        Problem p = e.problems().get(0);
        assertEquals("/fiscalYear", p.location().toString());
        assertEquals(ProblemKind.CONFLICT, p.kind());
        assertTrue(p.rule().contains("editions cover 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569;"), p.rule());
        assertTrue(p.rule().contains("the nearest: obec-esa-2569, nacc-2569, ovec-2569"), p.rule());
        assertEquals("edition.uncovered", p.code());
        assertTrue(p.rule().contains("name it as the edition (nacc-2569)"), p.rule());
        assertTrue(p.rule().contains("nacc-2569-for-2570"), p.rule());
        // before every edition, the earliest are nearest
        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> Editions.builtIn().defaultFor(FiscalYear.of(2555)));
        assertTrue(early.problems().get(0).rule().contains("the nearest: obec-esa-2562, nacc-2562."), early.getMessage());
        // a registry of one edition names it alone
        InvalidInputException one = assertThrows(InvalidInputException.class,
                () -> Editions.of(List.of(Editions.builtIn().get("ovec-2569"))).defaultFor(FiscalYear.of(2570)));
        assertTrue(one.problems().get(0).rule().contains("the nearest: ovec-2569. To score under one's rules, name it"
                + " as the edition (ovec-2569)"), one.getMessage());
        // an office's name tells its family, whose edition comes first
        for (String[] office : new String[][] {{"สพป.ขอนแก่น เขต 1", "obec-esa-2569"}, {"สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น",
                "obec-esa-2569"}, {"วิทยาลัยเทคนิคขอนแก่น", "ovec-2569"}, {"เทศบาลนครขอนแก่น", "nacc-2569"}}) {
            Problem own = assertThrows(InvalidInputException.class,
                    () -> Editions.builtIn().defaultFor(FiscalYear.of(2570), office[0])).problems().get(0);
            assertTrue(own.rule().contains("the nearest: " + office[1] + ", "), own.rule());
            assertTrue(own.rule().contains("name it as the edition (" + office[1] + ")"), own.rule());
        }
    }

    @Test
    void namingAnEditionForAYearNoEditionCoversDerivesOneThatSaysSo() {
        Editions editions = Editions.builtIn();
        Edition derived = editions.forYear("nacc-2569", FiscalYear.of(2570));
        assertEquals("nacc-2569-for-2570", derived.id());
        assertEquals(java.util.Set.of(FiscalYear.of(2570)), java.util.Set.copyOf(derived.fiscalYears()));
        Edition base = editions.get("nacc-2569");
        assertEquals(base.oitCatalogue(), derived.oitCatalogue());
        assertEquals(base.verdictScheme(), derived.verdictScheme());
        assertTrue(derived.provenance().stream().anyMatch(n -> n.rule().equals("derivation") && n.certainty() == Certainty.ASSUMED
                && n.source().startsWith("derived from nacc-2569 (fiscal years [2569]) for fiscal years [2570]")), derived.provenance().toString());
        // the derived id resolves wherever an id does, so a result names an edition that reads back
        assertEquals(derived, editions.get("nacc-2569-for-2570"));
        assertEquals(base, editions.forYear("nacc-2569", FiscalYear.of(2569)));
        // never for a year that has its own edition, nor from an unknown base
        assertTrue(editions.find("nacc-2568-for-2566").isEmpty());
        assertTrue(editions.find("nacc-2599x-for-2570").isEmpty());
        assertTrue(editions.find("nacc-2569-for-9999").isEmpty());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> editions.forYear("nacc-2569", FiscalYear.of(2566)));
        assertEquals(ProblemKind.CONFLICT, e.problems().get(0).kind());
        assertTrue(e.getMessage().contains("fiscal year 2566 has its own edition, obec-esa-2566"), e.getMessage());
    }

    @Test
    void theChangesFromOneEditionToTheNextAreListedRuleByRule() {
        Editions all = Editions.builtIn();
        // nacc-2567 adds the five verdicts to nacc-2566's rules; nothing else but the year differs
        List<EditionChange> verdicts = all.get("nacc-2567").changesFrom(all.get("nacc-2566"));
        assertEquals(List.of("fiscal years", "verdicts"), verdicts.stream().map(EditionChange::rule).toList());
        assertEquals("-", verdicts.get(1).before());
        assertTrue(verdicts.get(1).after().startsWith("[EXCELLENT_PASS: total >= 95.00, each instrument >= 95.00"),
                verdicts.get(1).after());
        // obec-esa-2566 has no built-in OIT catalogue (FY2566 revised the list): the 43 classic items go
        List<EditionChange> catalogue = all.get("obec-esa-2566").changesFrom(all.get("obec-esa-2565"));
        assertEquals(1 + 43, catalogue.size());
        assertEquals(new EditionChange("OIT item O1", "9.1: Structure", "-"), catalogue.get(1));
        // an edition and itself, or a derivation and its base but for the years, differ in nothing else
        assertEquals(List.of(), all.get("nacc-2568").changesFrom(all.get("nacc-2568")));
        Edition derived = all.get("nacc-2568").derive("mine-2570", FiscalYear.of(2570)).passMark(Score.of(75)).build();
        assertEquals(List.of("fiscal years", "pass mark"),
                derived.changesFrom(all.get("nacc-2568")).stream().map(EditionChange::rule).toList());
    }
}
