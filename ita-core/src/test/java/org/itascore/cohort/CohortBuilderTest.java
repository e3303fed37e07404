package org.itascore.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.ProblemKind;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.report.IndicatorReport;
import org.itascore.report.Published;
import org.junit.jupiter.api.Test;

/** Records one at a time: bad ones are left out with their index and office, or stop a strict cohort. */
class CohortBuilderTest {

    private static IndicatorReport report(String office, String edition, String score) {
        String[] ten = new String[10];
        java.util.Arrays.fill(ten, score);
        return new IndicatorReport(office, FiscalYear.of(2566), Optional.ofNullable(edition), IndicatorScores.parse(ten),
                Published.NOTHING);
    }

    @Test
    void aLenientCohortLeavesOutBadRecordsAndScoresTheRest() {
        CohortBuilder builder = CohortBuilder.lenient(Editions.builtIn());
        assertTrue(builder.add(report("a", null, "90")));
        assertFalse(builder.add(report("b", "nope", "90")));
        builder.refuse(Optional.empty(), InvalidInputException.of(Location.of("indicators", "7"), "105", Message.of("term.rule")));
        assertTrue(builder.add(report("d", "obec-esa-2566", "80")));
        CohortResult result = builder.build();
        assertEquals(4, result.records());
        assertEquals(2, result.cohort().size());
        assertEquals(2, result.refused());
        assertEquals(List.of(1L, 2L), result.problems().stream().map(RecordProblem::index).toList());
        assertEquals(Optional.of("b"), result.problems().get(0).office());
        assertEquals("/edition", result.problems().get(0).problems().get(0).location().toString());
        assertEquals(Optional.empty(), result.problems().get(1).office());
        assertEquals("obec-esa-2566", result.edition().id());
        // 90 and 80: mean 85, one of two at or above 85
        CohortStatistics stats = result.statistics(Cohort.DEFAULT_TARGET);
        assertEquals("85.00", stats.mean().toString());
        assertEquals(1, stats.passed());
    }

    @Test
    void aStrictCohortStopsAtTheFirstBadRecordLocatedUnderItsIndex() {
        CohortBuilder builder = CohortBuilder.strict(Editions.builtIn());
        builder.add(report("a", null, "90"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> builder.add(report("b", "nope", "90")));
        assertEquals("/1/edition", e.problems().get(0).location().toString());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> builder.refuse(Optional.empty(),
                InvalidInputException.of(Location.of("office"), null, Message.of("office.blank"))));
        assertEquals("/2/office", refused.problems().get(0).location().toString());
    }

    @Test
    void aCohortOfNoRecordOrOnlyBadOnesIsRefused() {
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> CohortBuilder.lenient(Editions.builtIn()).build());
        assertEquals(ProblemKind.MISSING, empty.problems().get(0).kind());
        CohortBuilder bad = CohortBuilder.lenient(Editions.builtIn());
        bad.add(report("a", "nope", "90"));
        bad.add(report("b", "nope", "90"));
        InvalidInputException all = assertThrows(InvalidInputException.class, bad::build);
        assertEquals(List.of("/0/edition", "/1/edition"), all.problems().stream().map(p -> p.location().toString()).toList());
    }

    @Test
    void customEditionsAreResolvedInTheRegistryGiven() {
        Edition mine = Editions.builtIn().get("obec-esa-2566").toBuilder().build();
        Edition renamed = rename(mine, "mine-2566");
        CohortBuilder builder = CohortBuilder.strict(Editions.builtIn().with(renamed));
        builder.add(report("a", "mine-2566", "90"));
        assertEquals("mine-2566", builder.build().edition().id());
    }

    private static Edition rename(Edition edition, String id) {
        Edition.Builder b = Edition.builder(id).title(edition.title()).gradeScale(edition.gradeScale())
                .passMark(edition.passMark()).answerScale(edition.answerScale());
        edition.fiscalYears().forEach(b::fiscalYear);
        edition.instruments().forEach(i -> {
            java.util.Map<org.itascore.Indicator, org.itascore.Weight> members = new java.util.LinkedHashMap<>();
            edition.indicators(i).forEach(x -> members.put(x, edition.indicatorWeight(x)));
            b.instrument(i, edition.instrumentWeights().get(i), members);
        });
        return b.build();
    }

    @Test
    void progressIsToldEveryTenThousandRecordsAndAtTheEnd() {
        List<Long> told = new ArrayList<>();
        CohortBuilder builder = CohortBuilder.lenient(Editions.builtIn()).onProgress(told::add);
        IndicatorReport r = report("a", null, "90");
        for (int i = 0; i < 20_001; i++) {
            builder.add(r);
        }
        builder.build();
        assertEquals(List.of(10_000L, 20_000L, 20_001L), told);
    }
}
