package org.itascore.cohort;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.Indicator;
import org.itascore.Rational;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Editions;
import org.itascore.report.IndicatorReport;
import org.itascore.report.Published;
import org.itascore.whatif.Target;
import org.junit.jupiter.api.Test;

/**
 * A hand-checked cohort of seven offices (nacc-2566: IIT indicators weigh 0.06, EIT 0.1, OIT 0.2; a total
 * passes at an exact 84.995):
 * <pre>
 * A  all 90                               90.00  passes
 * B  all 90, 10 = 60                      27 + 27 + 0.2 x 150 = 84.00: 0.995 short; 10: 60 + 4.975 -> 64.98 (4.98 points)
 * C  all 90, 9 = 10 = 80                  86.00  passes
 * D  all 80                               80.00: 4.995 short; 9 -> 100 (+4), then 10: 80 + 0.995 / 0.2 -> 84.98 (24.98)
 * E  all 85                               85.00  passes
 * F  1-5 = 70, the rest 95                21 + 28.5 + 38 = 87.50  passes
 * G  all 95, 9 = 10 = 50                  28.5 + 28.5 + 20 = 77.00: 7.995 short; 9: 50 + 39.975 -> 89.98 (39.98)
 * </pre>
 * 80% of seven is 5.6: six offices must pass, two more than the four that do; the cheapest two plans are
 * B and D, 4.98 + 24.98 = 29.96 points.
 */
class CohortPlansTest {

    private static IndicatorReport report(String office, String... scores) {
        return new IndicatorReport(office, FiscalYear.of(2566), Optional.of("nacc-2566"), IndicatorScores.parse(scores),
                Published.NOTHING);
    }

    private static CohortResult sevenOffices() {
        CohortBuilder builder = CohortBuilder.lenient(Editions.builtIn()).planTo(Target.parse("pass"));
        builder.add(report("A", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90"));
        builder.add(report("B", "90", "90", "90", "90", "90", "90", "90", "90", "90", "60"));
        builder.add(report("C", "90", "90", "90", "90", "90", "90", "90", "90", "80", "80"));
        builder.add(report("D", "80", "80", "80", "80", "80", "80", "80", "80", "80", "80"));
        builder.add(report("E", "85", "85", "85", "85", "85", "85", "85", "85", "85", "85"));
        builder.add(report("F", "70", "70", "70", "70", "70", "95", "95", "95", "95", "95"));
        builder.add(report("G", "95", "95", "95", "95", "95", "95", "95", "95", "50", "50"));
        return builder.build();
    }

    @Test
    void everyFailingOfficeGetsItsPlan() {
        CohortPlans plans = sevenOffices().plans().orElseThrow();
        assertEquals(7, plans.offices());
        assertEquals(4, plans.reaching());
        assertEquals(List.of("B", "D", "G"), plans.plans().stream().map(OfficePlan::office).toList());
        assertEquals(List.of(1L, 3L, 6L), plans.plans().stream().map(OfficePlan::index).toList());
        assertEquals(List.of(Rational.of(498, 100), Rational.of(2498, 100), Rational.of(3998, 100)),
                plans.plans().stream().map(p -> p.fewestPoints().points()).toList());
        assertEquals("84.98", plans.plans().get(1).fewestPoints().changes().get(1).needed().toString());
        assertEquals(Map.of(Indicator.INFORMATION_DISCLOSURE, 2L, Indicator.CORRUPTION_PREVENTION, 2L), plans.indicatorsNeedingWork());
        assertEquals(List.of(Indicator.INFORMATION_DISCLOSURE, Indicator.CORRUPTION_PREVENTION),
                List.copyOf(plans.indicatorsNeedingWork().keySet()));
    }

    @Test
    void eightyPercentTakesTheTwoCheapestPlans() {
        ShareGoal goal = sevenOffices().plans().orElseThrow().toReach(Rational.of(4, 5));
        assertEquals(6, goal.needed());
        assertEquals(2, goal.more());
        assertEquals(List.of("B", "D"), goal.helpFirst().stream().map(OfficePlan::office).toList());
        assertEquals(Rational.of(2996, 100), goal.points());
        assertTrue(goal.reachable());
        // a share already met needs nobody: 4 of 7 pass, and half of 7 is 3.5 -> 4
        ShareGoal half = sevenOffices().plans().orElseThrow().toReach(Rational.of(1, 2));
        assertEquals(0, half.more());
        assertTrue(half.helpFirst().isEmpty());
    }

    @Test
    void aVerdictTargetUnderAnEditionWithoutVerdictsIsARecordProblem() {
        CohortBuilder builder = CohortBuilder.lenient(Editions.builtIn()).planTo(Target.parse("GOOD_PASS"));
        builder.add(report("B", "90", "90", "90", "90", "90", "90", "90", "90", "90", "60"));
        builder.add(new IndicatorReport("H", FiscalYear.of(2567), Optional.of("nacc-2567"),
                IndicatorScores.parse("90", "90", "90", "90", "90", "90", "90", "90", "90", "60"), Published.NOTHING));
        CohortResult result = builder.build();
        assertEquals(1, result.refused());
        assertTrue(result.problems().get(0).problems().get(0).rule().contains("edition nacc-2566 gives no verdicts"));
        assertEquals(List.of("H"), result.plans().orElseThrow().plans().stream().map(OfficePlan::office).toList());
    }

    @Test
    void theSameOfficeTwiceInAYearIsRefusedWithBothPositionsOrMergedWhenIdentical() {
        CohortBuilder builder = CohortBuilder.lenient(Editions.builtIn());
        builder.add(report("A", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90"));
        builder.add(report("B", "80", "80", "80", "80", "80", "80", "80", "80", "80", "80"));
        // the same name with its spaces typed differently is the same office
        builder.add(report(" A ", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90"));
        CohortResult refused = builder.build();
        assertEquals(2, refused.cohort().size());
        assertEquals(1, refused.refused());
        RecordProblem p = refused.problems().get(0);
        assertEquals(2, p.index());
        assertEquals(org.itascore.ProblemKind.DUPLICATE, p.problems().get(0).kind());
        assertEquals("office  A  appears twice for fiscal year 2566: records 0 and 2; give each office once a year, or merge"
                + " records that repeat exactly", p.problems().get(0).rule());

        CohortBuilder merging = CohortBuilder.lenient(Editions.builtIn()).mergeDuplicates();
        merging.add(report("A", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90"));
        merging.add(report("A", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90"));
        merging.add(report("A", "90", "90", "90", "90", "90", "90", "90", "90", "90", "89"));
        CohortResult merged = merging.build();
        assertEquals(1, merged.cohort().size());
        assertEquals(1, merged.merged());
        assertEquals(1, merged.refused());
        assertTrue(merged.problems().get(0).problems().get(0).rule().endsWith("records 0 and 2; they differ, so neither is taken for the other"));

        // an office id tells apart two offices of one name, and finds one office under two names
        CohortBuilder ids = CohortBuilder.lenient(Editions.builtIn());
        ids.add(withId("สพป.ก", "1001"));
        ids.add(withId("สพป.ก", "1002"));
        ids.add(withId("สพป.ก เขต 1", "1001"));
        CohortResult byId = ids.build();
        assertEquals(2, byId.cohort().size());
        assertEquals("/officeId", byId.problems().get(0).problems().get(0).location().toString());
        assertTrue(byId.problems().get(0).problems().get(0).rule().startsWith("office id 1001 appears twice for fiscal year 2566: records 0 and 2"));
        // a bad first record does not make the next one a repeat
        CohortBuilder bad = CohortBuilder.lenient(Editions.builtIn());
        bad.add(new IndicatorReport("A", FiscalYear.of(2566), Optional.of("nope"), IndicatorScores.parse(
                "90", "90", "90", "90", "90", "90", "90", "90", "90", "90"), Published.NOTHING));
        bad.add(report("A", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90"));
        assertEquals(1, bad.build().cohort().size());
    }

    private static IndicatorReport withId(String office, String id) {
        return new IndicatorReport(office, FiscalYear.of(2566), Optional.of("nacc-2566"),
                IndicatorScores.parse("90", "90", "90", "90", "90", "90", "90", "90", "90", "90"), Published.NOTHING, Optional.of(id));
    }

    private static IndicatorReport yearly(String office, int year, String score) {
        String[] ten = new String[10];
        java.util.Arrays.fill(ten, score);
        return new IndicatorReport(office, FiscalYear.of(year), Optional.empty(), IndicatorScores.parse(ten), Published.NOTHING);
    }

    /**
     * Three years, one office missing one (every indicator at the total, so the total is that score):
     * <pre>
     *        2566  2567  2568
     * A       90    84    88     -6.00, +4.00; passing run 1
     * B       80     -    86     missing 2567; the gap ends the run: 1
     * C       95    96    97     run 3
     * passed  2/3   1/2   3/3    change -1/6, +1/2; means 265/3, 90, 271/3
     * </pre>
     */
    @Test
    void aCohortOverThreeYearsWithAGap() {
        CohortBuilder builder = CohortBuilder.lenient(Editions.builtIn());
        builder.add(yearly("A", 2566, "90"));
        builder.add(yearly("B", 2566, "80"));
        builder.add(yearly("C", 2566, "95"));
        builder.add(yearly("A", 2567, "84"));
        builder.add(yearly("C", 2567, "96"));
        builder.add(yearly("A", 2568, "88"));
        builder.add(yearly("B", 2568, "86"));
        builder.add(yearly("C", 2568, "97"));
        CohortResult result = builder.build();
        assertEquals(0, result.refused(), "the same office in different years is not a repeat");
        CohortYears years = result.years(Rational.of(4, 5));
        assertEquals(List.of(2566, 2567, 2568), years.years().stream().map(y -> y.fiscalYear().buddhistEra()).toList());
        assertEquals(List.of(Rational.of(2, 3), Rational.of(1, 2), Rational.ONE), years.years().stream().map(YearSummary::passRate).toList());
        assertEquals(List.of(Optional.empty(), Optional.of(Rational.of(-1, 6)), Optional.of(Rational.of(1, 2))),
                years.years().stream().map(YearSummary::change).toList());
        assertEquals(List.of(false, false, true), years.years().stream().map(YearSummary::targetMet).toList());
        assertEquals(List.of(Rational.of(265, 3), Rational.of(90), Rational.of(271, 3)),
                years.years().stream().map(y -> y.mean().exact()).toList());
        assertEquals(List.of("A", "B", "C"), years.offices().stream().map(OfficeHistory::office).toList());
        OfficeHistory a = years.offices().get(0);
        assertEquals(List.of("-6.00", "+4.00"), a.history().steps().stream().map(st -> st.signedDifference()).toList());
        assertEquals(1, a.history().passingRun());
        assertEquals(List.of("B"), years.incomplete().stream().map(OfficeHistory::office).toList());
        assertEquals(List.of(FiscalYear.of(2567)), years.incomplete().get(0).missing());
        assertEquals(1, years.offices().get(1).history().passingRun());
        assertEquals(3, years.offices().get(2).history().passingRun());
    }
}
