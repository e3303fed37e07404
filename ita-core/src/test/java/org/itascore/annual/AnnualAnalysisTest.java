package org.itascore.annual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Score;
import org.itascore.audit.AuditorTest;
import org.itascore.edition.Editions;
import org.itascore.history.HistoryEntry;
import org.itascore.history.HistoryStep;
import org.itascore.history.Trend;
import org.itascore.plan.ActionPlan;
import org.itascore.plan.Activity;
import org.junit.jupiter.api.Test;

/** The annual analysis of seed 000 (Khon Kaen Secondary ESA, FY2566), its values worked by hand from the seed. */
class AnnualAnalysisTest {

    private static final Average NATIONAL = new Average(Score.parse("90.10"), OptionalLong.of(245), true);

    @Test
    void theSeedsPrintedTotalIsCorrectedAndItsHistoryEndsWithTheRecomputedScore() {
        AnnualAnalysis a = AnnualAnalysis.of(AuditorTest.seed000("90.10", "-0.43"), Editions.builtIn(), Optional.of(NATIONAL),
                Optional.empty());
        assertEquals(Optional.of("90.10"), a.totalCorrection().orElseThrow().printed());
        HistoryEntry last = a.history().orElseThrow().latest();
        assertEquals(FiscalYear.of(2566), last.fiscalYear());
        assertEquals(Score.parse("90.05"), last.score());
        HistoryStep step = a.history().orElseThrow().latestStep().orElseThrow();
        // 90.05 - 90.53 = -0.48
        assertEquals(new BigDecimal("-0.48"), step.difference());
        assertEquals(Trend.DECLINED, step.trend());
        assertEquals(6, a.history().orElseThrow().entries().size());
    }

    @Test
    void theHighestLowestAndIndicatorsToImproveAreThoseOfTheSeedsTable() {
        AnnualAnalysis a = AnnualAnalysis.of(AuditorTest.seed000("90.05", "-0.48"), Editions.builtIn(), Optional.of(NATIONAL),
                Optional.empty());
        assertEquals(List.of(), a.corrections(), "a report that prints the right total needs no correction");
        assertEquals(Indicator.ofNumber(1), a.highest().indicator());   // 98.71
        assertEquals(Indicator.ofNumber(10), a.lowest().indicator());   // 83.75
        assertEquals(List.of(Indicator.ofNumber(10)), a.toImprove().stream().map(r -> r.indicator()).toList());
        assertEquals(Optional.of(Grade.A), a.averageGrade());           // 90.10 lies in A's 85.00-94.99
        assertEquals(Optional.of(new BigDecimal("-0.05")), a.aboveAverage()); // 90.05 - 90.10
        assertEquals(OfficeKind.ESA_OFFICE, a.officeKind());
    }

    @Test
    void aPlansActivitiesAreListedUnderTheIndicatorsTheyAddress() {
        Activity gifts = new Activity("No Gift Policy", Optional.of(new BigDecimal("20000")), "กลุ่มอำนวยการ",
                ImmutableSortedSet.of(YearMonth.of(2024, 1)), ImmutableSortedSet.of(Indicator.ofNumber(10)));
        Activity duty = new Activity("จิตอาสา", Optional.empty(), "กลุ่มนิเทศ", ImmutableSortedSet.of(YearMonth.of(2024, 2)),
                ImmutableSortedSet.of(Indicator.ofNumber(1), Indicator.ofNumber(10)));
        ActionPlan plan = new ActionPlan("สพม.ขอนแก่น", FiscalYear.of(2567), ImmutableList.of(gifts, duty));
        AnnualAnalysis a = AnnualAnalysis.of(AuditorTest.seed000("90.05", "-0.48"), Editions.builtIn(), Optional.empty(),
                Optional.of(plan));
        assertEquals(List.of(gifts, duty), a.measures(Indicator.ofNumber(10)));
        assertEquals(List.of(duty), a.measures(Indicator.ofNumber(1)));
        assertEquals(List.of(), a.measures(Indicator.ofNumber(9)));
        assertTrue(a.average().isEmpty());
    }
}
