package org.itascore.annual;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.itascore.Finding;
import org.itascore.FindingKind;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.audit.AuditReport;
import org.itascore.audit.Auditor;
import org.itascore.edition.Editions;
import org.itascore.history.History;
import org.itascore.history.HistoryEntry;
import org.itascore.plan.ActionPlan;
import org.itascore.plan.Activity;
import org.itascore.report.IndicatorReport;
import org.itascore.report.PublishedHistoryRow;

/**
 * An office's annual ITA analysis, in the order and with the content of the document offices publish
 * (sections 4 and 5 of an ESA office's yearly report):
 *
 * <ol>
 *   <li>the national or a cohort's average, and its grade ({@link #average()});</li>
 *   <li>the office's score and grade, its highest and lowest indicators ({@link #highest()}, {@link #lowest()});</li>
 *   <li>its scores over the years, with each year's difference and trend ({@link #history()});</li>
 *   <li>its indicators, ranked and graded, against the pass mark ({@link #assessment()});</li>
 *   <li>the indicators below the pass mark it must improve ({@link #toImprove()}), with the measures of its
 *       plan for each ({@link #measures(Indicator)}).</li>
 * </ol>
 *
 * <p>Every score is the library's exact recomputation. Where the report printed a value that differs (a total
 * 90.10 where the indicators give 90.05), the analysis uses the recomputed value and keeps the audit's findings
 * ({@link #corrections()}), so that the document says so rather than repeating the error; the history's
 * current year is the recomputed score too. Immutable and thread-safe; made by {@link #of}.
 */
public final class AnnualAnalysis {

    private final Assessment assessment;
    private final ImmutableList<Finding> corrections;
    private final Optional<History> history;
    private final Optional<Average> average;
    private final Optional<ActionPlan> plan;

    private AnnualAnalysis(Assessment assessment, List<Finding> corrections, Optional<History> history,
            Optional<Average> average, Optional<ActionPlan> plan) {
        this.assessment = assessment;
        this.corrections = ImmutableList.copyOf(corrections);
        this.history = history;
        this.average = average;
        this.plan = plan;
    }

    /**
     * Gathers the analysis of a report.
     *
     * @param report the office's report, with its printed values and history table when it has them
     * @param editions the registry its edition is resolved in
     * @param average the national or a cohort's average to compare with, if known
     * @param plan the office's plan of measures, if it has one
     * @return the analysis
     * @throws org.itascore.InvalidInputException if the report cannot be assessed
     */
    public static AnnualAnalysis of(IndicatorReport report, Editions editions, Optional<Average> average,
            Optional<ActionPlan> plan) {
        requireNonNull(report, "report");
        requireNonNull(editions, "editions");
        requireNonNull(average, "average");
        requireNonNull(plan, "plan");
        AuditReport audit = Auditor.audit(report, editions);
        Assessment assessment = audit.assessment();
        Optional<History> history = Optional.empty();
        List<PublishedHistoryRow> rows = report.published().history();
        if (!rows.isEmpty()) {
            List<HistoryEntry> entries = new ArrayList<>();
            boolean current = false;
            for (PublishedHistoryRow row : rows) {
                if (row.fiscalYear().equals(assessment.fiscalYear())) {
                    // this year's row is the recomputed score: a printed total that differs is a correction
                    entries.add(new HistoryEntry(row.fiscalYear(), assessment.exactScore().official(), Optional.of(assessment.grade())));
                    current = true;
                } else {
                    entries.add(new HistoryEntry(row.fiscalYear(), row.score(), row.grade()));
                }
            }
            if (!current) {
                entries.add(new HistoryEntry(assessment.fiscalYear(), assessment.exactScore().official(), Optional.of(assessment.grade())));
            }
            entries.sort(Comparator.comparing(HistoryEntry::fiscalYear));
            history = Optional.of(History.of(entries, assessment.edition().passMark()));
        }
        return new AnnualAnalysis(assessment, audit.findings(), history, average, plan);
    }

    /**
     * Gathers the analysis of an assessment made from raw data: no printed values to correct, no history table.
     *
     * @param assessment the office's assessment
     * @param average the national or a cohort's average to compare with, if known
     * @param plan the office's plan of measures, if it has one
     * @return the analysis
     */
    public static AnnualAnalysis of(Assessment assessment, Optional<Average> average, Optional<ActionPlan> plan) {
        return new AnnualAnalysis(requireNonNull(assessment, "assessment"), List.of(), Optional.empty(),
                requireNonNull(average, "average"), requireNonNull(plan, "plan"));
    }

    /** {@return the office's assessment, recomputed exactly} */
    public Assessment assessment() {
        return assessment;
    }

    /**
     * {@return what the report printed wrongly, from its audit: the document uses the recomputed values and
     * says where they differ from the printed ones}
     */
    public ImmutableList<Finding> corrections() {
        return corrections;
    }

    /** {@return the printed total, when the report printed one that differs from the recomputed total} */
    public Optional<Finding> totalCorrection() {
        return corrections.stream().filter(f -> f.kind() == FindingKind.TOTAL_MISMATCH).findFirst();
    }

    /** {@return the office's scores over the years, this year's recomputed, when the report has a history table} */
    public Optional<History> history() {
        return history;
    }

    /** {@return the average compared with, if given} */
    public Optional<Average> average() {
        return average;
    }

    /** {@return the grade of the average under the office's edition, if an average is given} */
    public Optional<Grade> averageGrade() {
        return average.map(a -> assessment.edition().grade(a.score()));
    }

    /** {@return the indicator with the highest score; the lowest-numbered of equals} */
    public IndicatorResult highest() {
        return assessment.indicators().stream().max(Comparator.comparing((IndicatorResult r) -> r.exactScore())
                .thenComparing(r -> -r.indicator().number())).orElseThrow();
    }

    /** {@return the indicator with the lowest score; the lowest-numbered of equals} */
    public IndicatorResult lowest() {
        return assessment.indicators().stream().min(Comparator.comparing((IndicatorResult r) -> r.exactScore())
                .thenComparing(r -> r.indicator().number())).orElseThrow();
    }

    /** {@return the indicators below the pass mark, by number: what the office must improve} */
    public ImmutableList<IndicatorResult> toImprove() {
        return assessment.indicators().stream().filter(r -> !r.passed())
                .sorted(Comparator.comparing(r -> r.indicator().number())).collect(ImmutableList.toImmutableList());
    }

    /** {@return what the document calls the office, by its edition's family} */
    public OfficeKind officeKind() {
        return OfficeKind.of(assessment.edition());
    }

    /** {@return the plan of measures, if given} */
    public Optional<ActionPlan> plan() {
        return plan;
    }

    /**
     * {@return the plan's activities that address an indicator, in the plan's order; empty without a plan}
     *
     * @param indicator the indicator
     */
    public ImmutableList<Activity> measures(Indicator indicator) {
        return plan.map(p -> p.activities().stream().filter(a -> a.indicators().contains(indicator))
                .collect(ImmutableList.toImmutableList())).orElse(ImmutableList.of());
    }

    /** {@return the office's score less the average, both as shown (two decimals): positive when above it} */
    public Optional<java.math.BigDecimal> aboveAverage() {
        return average.map(a -> assessment.exactScore().officialDecimal().subtract(a.score().officialDecimal()));
    }

    @Override
    public String toString() {
        return "AnnualAnalysis[" + assessment.office() + " " + assessment.fiscalYear() + ", " + assessment.score().officialDecimal()
                + " " + assessment.grade() + "]";
    }
}
