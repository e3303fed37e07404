package org.itascore.testkit;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.itascore.assess.Assessment;
import org.itascore.audit.Auditor;
import org.itascore.edition.Editions;
import org.itascore.report.IndicatorReport;

/**
 * Assertions that a system's own results are the library's: what a district system checks of the totals and
 * grades it computes, stores or re-displays. Each failure says the office, the year, what was expected and
 * what was found, and the exact value behind the rounded one.
 */
public final class Oracles {

    private Oracles() {
    }

    /**
     * {@return the library's assessment of a report}
     *
     * @param report the report
     * @param editions the registry its edition is resolved in
     */
    public static Assessment assessment(IndicatorReport report, Editions editions) {
        return requireNonNull(report, "report").assess(requireNonNull(editions, "editions"));
    }

    /**
     * {@return the library's total of a report, as published: two decimals, rounded half up once}
     *
     * @param report the report
     * @param editions the registry
     */
    public static BigDecimal total(IndicatorReport report, Editions editions) {
        return assessment(report, editions).exactScore().officialDecimal();
    }

    /**
     * Asserts that a total is the library's, to the hundredth.
     *
     * @param report the report
     * @param editions the registry
     * @param actual the system's total
     * @throws AssertionError if it differs
     */
    public static void assertTotal(IndicatorReport report, Editions editions, BigDecimal actual) {
        Assessment a = assessment(report, editions);
        if (actual == null || actual.compareTo(a.exactScore().officialDecimal()) != 0) {
            throw new AssertionError(where(a) + ": the total is " + a.exactScore().officialDecimal() + " (exactly "
                    + a.exactScore().toExactString() + "), got " + actual);
        }
    }

    /**
     * Asserts that a printed total lies within the published tolerance (0.01) of the exact total: what an
     * auditor accepts of a report's printed value.
     *
     * @param report the report
     * @param editions the registry
     * @param printed the printed total
     * @throws AssertionError if it lies further
     */
    public static void assertWithinTolerance(IndicatorReport report, Editions editions, BigDecimal printed) {
        Assessment a = assessment(report, editions);
        BigDecimal exact = a.exactScore().toBigDecimal(6);
        if (printed == null || printed.subtract(exact).abs().compareTo(Auditor.TOLERANCE) > 0) {
            throw new AssertionError(where(a) + ": the printed total " + printed + " is more than " + Auditor.TOLERANCE
                    + " from the exact total " + exact.stripTrailingZeros().toPlainString());
        }
    }

    /**
     * Asserts that a grade is the library's.
     *
     * @param report the report
     * @param editions the registry
     * @param grade the system's grade, for example {@code "A"}
     * @throws AssertionError if it differs
     */
    public static void assertGrade(IndicatorReport report, Editions editions, String grade) {
        Assessment a = assessment(report, editions);
        if (grade == null || !a.grade().name().equals(grade.strip())) {
            throw new AssertionError(where(a) + ": the grade of " + a.exactScore().officialDecimal() + " is " + a.grade().name()
                    + ", got " + grade);
        }
    }

    private static String where(Assessment a) {
        return a.office() + ", fiscal year " + a.fiscalYear() + " (" + a.edition().id() + ")";
    }
}
