package org.itascore.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.itascore.Finding;
import org.itascore.FindingKind;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.Theories;
import org.itascore.Verdict;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Editions;
import org.itascore.history.Trend;
import org.itascore.report.IndicatorReport;
import org.itascore.report.Published;
import org.itascore.report.PublishedHistoryRow;
import org.itascore.report.PublishedIndicator;
import org.junit.jupiter.api.Test;
import static org.quicktheories.generators.SourceDSL.lists;

public class AuditorTest {

    private static final IndicatorScores SEED_000 = IndicatorScores.parse(
            "98.71", "90.03", "95.49", "94.20", "93.24", "90.87", "91.14", "88.02", "90.00", "83.75");
    private static final IndicatorScores SEED_004 = IndicatorScores.parse(
            "๙๖.๖๑", "๘๗.๒๖", "๙๓.๓๗", "๙๐.๖๒", "๙๒.๕๗", "๙๒.๑๔", "๘๒.๕๕", "๗๙.๘๙", "๘๕.๔๔", "๗๓.๒๑");

    private static PublishedIndicator printed(Grade grade, Boolean passed, Integer rank) {
        return new PublishedIndicator(Optional.ofNullable(grade), Optional.ofNullable(passed),
                rank == null ? OptionalInt.empty() : OptionalInt.of(rank));
    }

    private static PublishedHistoryRow row(int year, String score, Grade grade, String difference, Trend trend) {
        return new PublishedHistoryRow(FiscalYear.of(year), Score.parse(score), Optional.ofNullable(grade),
                Optional.ofNullable(difference).map(BigDecimal::new), Optional.ofNullable(trend));
    }

    private static Published published(String score, Grade grade, Boolean passed, Map<Indicator, PublishedIndicator> indicators,
            List<PublishedHistoryRow> history) {
        return new Published(Optional.ofNullable(score).map(Score::parse), Optional.ofNullable(grade), Optional.ofNullable(passed),
                Optional.empty(), ImmutableMap.of(), ImmutableMap.copyOf(indicators), ImmutableList.copyOf(history));
    }

    /** Seed 000 as printed: total 90.10, grades and ranks of its table, its history with differences and trend words. */
    public static IndicatorReport seed000(String total, String lastDifference) {
        Grade[] grades = {Grade.AA, Grade.A, Grade.AA, Grade.A, Grade.A, Grade.A, Grade.A, Grade.A, Grade.A, Grade.B};
        int[] ranks = {1, 7, 2, 3, 4, 6, 5, 9, 8, 10};
        Map<Indicator, PublishedIndicator> indicators = Arrays.stream(Indicator.values()).collect(Collectors.toMap(
                i -> i, i -> printed(grades[i.number() - 1], null, ranks[i.number() - 1])));
        List<PublishedHistoryRow> history = List.of(
                row(2561, "66.57", Grade.B, null, null),
                row(2562, "86.82", Grade.A, "20.25", Trend.IMPROVED),
                row(2563, "87.67", Grade.A, "0.85", Trend.IMPROVED),
                row(2564, "91.50", Grade.A, "3.83", Trend.IMPROVED),
                row(2565, "90.53", Grade.A, "-0.97", Trend.DECLINED),
                row(2566, total, Grade.A, lastDifference, Trend.DECLINED));
        return new IndicatorReport("สพม.ขอนแก่น", FiscalYear.of(2566), Optional.of("obec-esa-2566"), SEED_000,
                published(total, Grade.A, true, indicators, history));
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.kind() + f.indicator().map(i -> " " + i.number()).orElse("")
                + f.fiscalYear().map(y -> " " + y).orElse("") + " " + f.printed().orElse("-") + "->" + f.expected().orElse("-"))
                .collect(Collectors.joining(", "));
    }

    @Test
    void seed000PrintsATotalOf90Point10ButItsScoresGive90Point05() {
        AuditReport report = Auditor.audit(seed000("90.10", "-0.43"), Editions.builtIn());
        assertEquals("TOTAL_MISMATCH 90.10->90.05", describe(report.findings()));
        Finding f = report.findings().get(0);
        assertEquals(Optional.of(new BigDecimal("0.01")), f.tolerance());
        assertTrue(f.message().english().contains("0.0468 from the exact recomputation 90.0532"), f.message().english());
        assertTrue(!report.consistent());
    }

    @Test
    void seed004PrintsGradeAAndPassOnIndicator7AndBOnIndicator10() {
        Grade[] grades = {Grade.AA, Grade.A, Grade.A, Grade.A, Grade.A, Grade.A, Grade.A, Grade.B, Grade.A, Grade.B};
        boolean[] pass = {true, true, true, true, true, true, true, false, true, false};
        Map<Indicator, PublishedIndicator> indicators = Arrays.stream(Indicator.values()).collect(Collectors.toMap(
                i -> i, i -> printed(grades[i.number() - 1], pass[i.number() - 1], null)));
        List<PublishedHistoryRow> history = List.of(row(2558, "๖๙.๙๕", null, null, null),
                row(2559, "๗๙.๘๖", null, "9.91", Trend.IMPROVED), row(2560, "๘๔.๓๖", null, "4.50", Trend.IMPROVED),
                row(2561, "๘๐.๒๖", null, "-4.10", Trend.DECLINED), row(2562, "๘๔.๘๒", null, "4.56", Trend.IMPROVED));
        IndicatorReport report = new IndicatorReport("สพป.ฉะเชิงเทรา เขต ๒", FiscalYear.of(2562), Optional.empty(), SEED_004,
                published("84.82", null, null, indicators, history));
        // 84.82 is 0.0062 from 84.8138: within the tolerance, not a finding
        assertEquals("GRADE_MISMATCH 7 A->B, PASS_LABEL_MISMATCH 7 true->false, GRADE_MISMATCH 10 B->C",
                describe(Auditor.audit(report, Editions.builtIn()).findings()));
    }

    @Test
    void consistentReportsHaveNoFindings() {
        // printing the recomputed 90.05 (and so -0.48 from 2565) makes it consistent; its 2561 row (66.57, B) is
        // not graded: no edition covers FY2561, whose bands are unknown
        assertEquals(List.of(), Auditor.audit(seed000("90.05", "-0.48"), Editions.builtIn()).findings());
        // all ten indicators 90.00: the exact total is 90.00; printed 90.01 is exactly 0.01 away, not more
        IndicatorScores ninety = IndicatorScores.parse("90", "90", "90", "90", "90", "90", "90", "90", "90", "90");
        Map<Indicator, PublishedIndicator> tied = Arrays.stream(Indicator.values()).collect(Collectors.toMap(
                i -> i, i -> printed(Grade.A, true, 1)));
        IndicatorReport exactlyOff = new IndicatorReport("x", FiscalYear.of(2566), Optional.empty(), ninety,
                published("90.01", Grade.A, true, tied, List.of()));
        assertTrue(Auditor.audit(exactlyOff, Editions.builtIn()).consistent());
        IndicatorReport beyond = new IndicatorReport("x", FiscalYear.of(2566), Optional.empty(), ninety,
                published("90.02", Grade.A, true, tied, List.of()));
        assertEquals("TOTAL_MISMATCH 90.02->90.00", describe(Auditor.audit(beyond, Editions.builtIn()).findings()));
        IndicatorReport below = new IndicatorReport("x", FiscalYear.of(2566), Optional.empty(), ninety,
                published("89.99", Grade.A, true, Map.of(), List.of()));
        assertTrue(Auditor.audit(below, Editions.builtIn()).consistent());
        IndicatorReport nothingPrinted = new IndicatorReport("x", FiscalYear.of(2566), Optional.empty(), SEED_000, Published.NOTHING);
        assertTrue(Auditor.audit(nothingPrinted, Editions.builtIn()).consistent());
    }

    @Test
    void everyOtherKindOfInconsistency() {
        Map<Indicator, PublishedIndicator> indicators = Map.of(
                Indicator.USE_OF_BUDGET, printed(null, null, 6),
                Indicator.CORRUPTION_PREVENTION, printed(null, true, 12));
        Published p = new Published(Optional.empty(), Optional.of(Grade.AA), Optional.of(false), Optional.of(Verdict.EXCELLENT_PASS),
                ImmutableMap.of(Instrument.IIT, Score.parse("94.35"), Instrument.EIT, Score.parse("90.00")),
                ImmutableMap.copyOf(indicators),
                ImmutableList.of(row(2565, "90.53", Grade.B, null, null), row(2566, "90.05", Grade.A, "-0.47", Trend.IMPROVED)));
        IndicatorReport report = new IndicatorReport("x", FiscalYear.of(2567), Optional.of("nacc-2567"), SEED_000, p);
        // IIT 94.334: printed 94.35 is 0.016 away; EIT 90.01: printed 90.00 is exactly 0.01 away (fine)
        assertEquals("INSTRUMENT_MISMATCH 94.35->94.33, GRADE_MISMATCH AA->A, PASS_LABEL_MISMATCH false->true, "
                        + "VERDICT_MISMATCH EXCELLENT_PASS->GOOD_PASS, RANK_MISMATCH 2 6->7, PASS_LABEL_MISMATCH 10 true->false, "
                        + "OUT_OF_RANGE 10 12->10, GRADE_MISMATCH 2565 B->A, HISTORY_DIFFERENCE_MISMATCH 2566 -0.47->-0.48, "
                        + "TREND_WORD_MISMATCH 2566 เพิ่มขึ้น->ลดลง",
                describe(Auditor.audit(report, Editions.builtIn()).findings()));
    }

    @Test
    void aReportPrintedFromTheLibrarysOwnResultHasNoFindings() {
        Theories.qt("audit of own output is clean").forAll(lists().of(Theories.hundredths()).ofSize(10)).check(cents -> {
            IndicatorScores.Builder b = IndicatorScores.builder();
            for (int i = 0; i < 10; i++) {
                b.put(i + 1, Theories.score(cents.get(i)));
            }
            IndicatorScores scores = b.build();
            IndicatorReport bare = new IndicatorReport("x", FiscalYear.of(2567), Optional.of("nacc-2567"), scores, Published.NOTHING);
            Assessment a = bare.assess(Editions.builtIn());
            Map<Indicator, PublishedIndicator> indicators = a.indicators().stream().collect(Collectors.toMap(
                    IndicatorResult::indicator, r -> printed(r.grade(), r.passed(), r.rank())));
            Published p = new Published(Optional.of(a.exactScore().official()), Optional.of(a.grade()), Optional.of(a.passed()), a.verdict(),
                    a.instruments().stream().collect(ImmutableMap.toImmutableMap(i -> i.instrument(), i -> i.exactScore().official())),
                    ImmutableMap.copyOf(indicators), ImmutableList.of());
            return Auditor.audit(new IndicatorReport("x", FiscalYear.of(2567), Optional.of("nacc-2567"), scores, p),
                    Editions.builtIn()).consistent();
        });
    }
}
