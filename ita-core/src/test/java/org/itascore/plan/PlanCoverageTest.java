package org.itascore.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Editions;
import org.itascore.text.ThaiMonths;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's plan for FY2567 (sections 6-8): five activities of 5,000 + 5,000 + 20,000 + 15,000 + 15,000 =
 * 60,000 baht, run in quarters 2-4 (January to September 2567). The indicators each activity addresses
 * are not printed; this fixture assigns them from the activities' names (the No Gift Policy and integrity
 * culture work to indicator 10, the OIT review to indicators 9 and 10).
 */
class PlanCoverageTest {

    private static final Assessment SEED_000 = Assessor.assess(Editions.builtIn().get("obec-esa-2566"), "สพม.ขอนแก่น",
            FiscalYear.of(2566), IndicatorScores.parse("98.71", "90.03", "95.49", "94.20", "93.24", "90.87", "91.14", "88.02",
                    "90.00", "83.75"));

    private static ImmutableSortedSet<YearMonth> months(String... texts) {
        return ImmutableSortedSet.copyOf(List.of(texts).stream().map(ThaiMonths::parse).toList());
    }

    private static Activity activity(String name, String budget, String unit, ImmutableSortedSet<YearMonth> months,
            Indicator... indicators) {
        return new Activity(name, Optional.ofNullable(budget).map(BigDecimal::new), unit, months, ImmutableSortedSet.copyOf(indicators));
    }

    static ActionPlan seed000Plan() {
        ImmutableSortedSet<YearMonth> q2to4 = months("ม.ค. 67", "ก.พ. 67", "มี.ค. 67", "เม.ย. 67", "พ.ค. 67", "มิ.ย. 67",
                "ก.ค. 67", "ส.ค. 67", "ก.ย. 67");
        return new ActionPlan("สพม.ขอนแก่น", FiscalYear.of(2567), ImmutableList.of(
                activity("1.1 กิจกรรมเสริมสร้างค่านิยมร่วมด้านทุจริต", "5000", "กลุ่มอำนวยการ", q2to4, Indicator.CORRUPTION_PREVENTION),
                activity("1.2 กิจกรรมสร้างจิตสำนึกสาธารณะ", "5000", "กลุ่มนิเทศ ติดตาม และประเมินผล การจัดการศึกษา", q2to4,
                        Indicator.PERFORMANCE_OF_DUTY),
                activity("1.3 กิจกรรมสร้างวัฒนธรรม No Gift Policy", "20000", "กลุ่มนิเทศ ติดตาม และประเมินผล การจัดการศึกษา", q2to4,
                        Indicator.CORRUPTION_PREVENTION),
                activity("2.1 ประชุมชี้แจงโครงการเขตสุจริต", "15000", "กลุ่มนิเทศ ติดตาม และประเมินผล การจัดการศึกษา", q2to4,
                        Indicator.SOLVING_CORRUPTION_PROBLEMS),
                activity("2.2 การประเมิน ITA ตามตัวชี้วัด OIT", "15000", "กลุ่มนิเทศ ติดตาม และประเมินผล การจัดการศึกษา", q2to4,
                        Indicator.INFORMATION_DISCLOSURE, Indicator.CORRUPTION_PREVENTION)));
    }

    @Test
    void monthsDoNotDependOnTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertEquals("มี.ค. 67", ThaiMonths.format(YearMonth.of(2024, 3)));
            java.util.Locale.setDefault(java.util.Locale.US);
            assertEquals("มี.ค. 67", ThaiMonths.format(YearMonth.of(2024, 3)));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void seed000sPlanCoversItsWeakIndicatorWithin60000Baht() {
        PlanCoverage c = PlanCoverage.check(seed000Plan(), SEED_000);
        assertEquals(new BigDecimal("60000"), c.total());
        assertEquals(List.of(), c.uncovered());
        assertTrue(c.complete(), c.issues().toString());
        assertEquals(new BigDecimal("40000"), c.budgetByIndicator().get(Indicator.CORRUPTION_PREVENTION)); // 5,000 + 20,000 + 15,000
        assertEquals(new BigDecimal("15000"), c.budgetByIndicator().get(Indicator.INFORMATION_DISCLOSURE));
    }

    @Test
    void findsUncoveredIndicatorsBadBudgetsAndMonthsOutsideTheYear() {
        ActionPlan plan = new ActionPlan("x", FiscalYear.of(2567), ImmutableList.of(
                activity("early", "1000", "a", months("ก.ย. 66", "ต.ค. 66"), Indicator.PERFORMANCE_OF_DUTY),
                activity("late", "-500", "a", months("ต.ค. 67"), Indicator.PERFORMANCE_OF_DUTY),
                activity("free", null, "a", months(), Indicator.USE_OF_BUDGET)));
        PlanCoverage c = PlanCoverage.check(plan, SEED_000);
        assertEquals(List.of(PlanIssue.Kind.OUTSIDE_FISCAL_YEAR, PlanIssue.Kind.NEGATIVE_BUDGET, PlanIssue.Kind.OUTSIDE_FISCAL_YEAR,
                PlanIssue.Kind.MISSING_BUDGET, PlanIssue.Kind.UNSCHEDULED, PlanIssue.Kind.UNCOVERED_INDICATOR),
                c.issues().stream().map(PlanIssue::kind).toList());
        assertEquals(List.of(Indicator.CORRUPTION_PREVENTION), c.uncovered());
        assertEquals(new BigDecimal("500"), c.total()); // 1,000 - 500 + nothing
        assertTrue(c.issues().get(0).message().english().contains("2023-09"), c.issues().get(0).message().english());
        assertTrue(c.issues().get(0).message().thai().contains("ก.ย. 66"), c.issues().get(0).message().thai());
        assertEquals(Optional.of(0), c.issues().get(0).activity());
    }

    @Test
    void thaiMonthsParseAsPlansWriteThem() {
        assertEquals(YearMonth.of(2024, 1), ThaiMonths.parse("ม.ค. 67"));
        assertEquals(YearMonth.of(2023, 10), ThaiMonths.parse("ต.ค.๒๕๖๖"));
        assertEquals(YearMonth.of(2024, 9), ThaiMonths.parse("2567-09"));
        assertEquals(YearMonth.of(2024, 9), ThaiMonths.parse("2024-09"));
        assertEquals("มี.ค. 67", ThaiMonths.format(YearMonth.of(2024, 3)));
        assertThrows(InvalidInputException.class, () -> ThaiMonths.parse("Jan 2024"));
        assertThrows(InvalidInputException.class, () -> ThaiMonths.parse("2024-13"));
        // four-digit years outside B.E. 2500-2599 read back as written; year 0000 is no month
        assertEquals("ม.ค. 2499", ThaiMonths.format(YearMonth.of(1956, 1)));
        assertEquals(YearMonth.of(1956, 1), ThaiMonths.parse("ม.ค. 2499"));
        assertEquals("ต.ค. 2600", ThaiMonths.format(YearMonth.of(2057, 10)));
        assertEquals(YearMonth.of(2057, 10), ThaiMonths.parse(ThaiMonths.format(YearMonth.of(2057, 10))));
        assertThrows(InvalidInputException.class, () -> ThaiMonths.parse("ม.ค. 0000"));
        assertThrows(InvalidInputException.class, () -> ThaiMonths.parse("0000-01"));
    }
}
