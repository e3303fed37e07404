package org.itascore.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.itascore.Bilingual;
import org.itascore.FiscalYear;
import org.itascore.Indicator;
import org.itascore.Message;
import org.itascore.assess.Assessment;
import org.itascore.text.ThaiMonths;

/**
 * How well an improvement plan covers an assessment's weak indicators, and what is wrong with it.
 *
 * <p>Checks: every indicator below the pass mark is addressed by at least one activity; activities run
 * inside the plan's fiscal year (October to September); budgets are given and not negative. Budget per
 * indicator counts the whole budget of every activity that addresses the indicator (an activity that
 * addresses two indicators counts for both), so those sums may exceed the total, which counts each
 * activity once.
 */
public final class PlanCoverage {

    private final ActionPlan plan;
    private final Assessment assessment;
    private final BigDecimal total;
    private final ImmutableMap<Indicator, BigDecimal> budgetByIndicator;
    private final ImmutableList<Indicator> uncovered;
    private final ImmutableList<PlanIssue> issues;

    PlanCoverage(ActionPlan plan, Assessment assessment, BigDecimal total, ImmutableMap<Indicator, BigDecimal> budgetByIndicator, ImmutableList<Indicator> uncovered, ImmutableList<PlanIssue> issues) {
        requireNonNull(plan, "plan");
        requireNonNull(assessment, "assessment");
        requireNonNull(total, "total");
        requireNonNull(budgetByIndicator, "budgetByIndicator");
        requireNonNull(uncovered, "uncovered");
        requireNonNull(issues, "issues");
        this.plan = plan;
        this.assessment = assessment;
        this.total = total;
        this.budgetByIndicator = budgetByIndicator;
        this.uncovered = uncovered;
        this.issues = issues;
    }

    /** {@return the plan} */
    public ActionPlan plan() {
        return plan;
    }

    /** {@return the assessment it answers} */
    public Assessment assessment() {
        return assessment;
    }

    /** {@return the total budget in baht, each activity counted once (missing budgets count as none)} */
    public BigDecimal total() {
        return total;
    }

    /** {@return the budget of the activities addressing each indicator, for every indicator addressed} */
    public ImmutableMap<Indicator, BigDecimal> budgetByIndicator() {
        return budgetByIndicator;
    }

    /** {@return the indicators below the pass mark that no activity addresses, lowest score first} */
    public ImmutableList<Indicator> uncovered() {
        return uncovered;
    }

    /** {@return every problem found, activities in plan order} */
    public ImmutableList<PlanIssue> issues() {
        return issues;
    }


    /** {@return whether the plan has no problem} */
    public boolean complete() {
        return issues.isEmpty();
    }

    /**
     * Checks a plan against the assessment it answers.
     *
     * @param plan the plan
     * @param assessment the assessment, usually of the year before the plan's
     * @return the coverage
     */
    public static PlanCoverage check(ActionPlan plan, Assessment assessment) {
        requireNonNull(plan, "plan");
        requireNonNull(assessment, "assessment");
        List<PlanIssue> issues = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        Map<Indicator, BigDecimal> byIndicator = new TreeMap<>();
        List<Activity> activities = plan.activities();
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            Optional<Integer> at = Optional.of(i);
            String name = a.name();
            if (a.budget().isEmpty()) {
                issues.add(new PlanIssue(PlanIssue.Kind.MISSING_BUDGET, at, Optional.empty(), Message.of("planIssue.missingBudget", name).bilingual()));
            } else if (a.budget().get().signum() < 0) {
                issues.add(new PlanIssue(PlanIssue.Kind.NEGATIVE_BUDGET, at, Optional.empty(), Message.of("planIssue.negativeBudget", name,
                        a.budget().get().toPlainString()).bilingual()));
            }
            BigDecimal budget = a.budget().orElse(BigDecimal.ZERO);
            total = total.add(budget);
            a.indicators().forEach(ind -> byIndicator.merge(ind, budget, BigDecimal::add));
            if (a.months().isEmpty()) {
                issues.add(new PlanIssue(PlanIssue.Kind.UNSCHEDULED, at, Optional.empty(), Message.of("planIssue.unscheduled", name).bilingual()));
            }
            List<YearMonth> outside = a.months().stream().filter(m -> !plan.fiscalYear().contains(m.atDay(1))).toList();
            if (!outside.isEmpty()) {
                String months = outside.stream().map(ThaiMonths::format).collect(Collectors.joining(", "));
                String iso = outside.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
                FiscalYear year = plan.fiscalYear();
                issues.add(new PlanIssue(PlanIssue.Kind.OUTSIDE_FISCAL_YEAR, at, Optional.empty(), Message.of(
                        "planIssue.outsideFiscalYear", name, Bilingual.of(months, iso), year,
                        Bilingual.of(ThaiMonths.format(YearMonth.from(year.start())), year.start().toString()),
                        Bilingual.of(ThaiMonths.format(YearMonth.from(year.end())), year.end().toString())).bilingual()));
            }
        }
        List<Indicator> uncovered = assessment.belowPassMark().stream().filter(i -> !byIndicator.containsKey(i)).toList();
        for (Indicator i : uncovered) {
            issues.add(new PlanIssue(PlanIssue.Kind.UNCOVERED_INDICATOR, Optional.empty(), Optional.of(i), Message.of(
                    "planIssue.uncoveredIndicator", i.number(), i.title(), assessment.indicator(i).score()).bilingual()));
        }
        return new PlanCoverage(plan, assessment, total, ImmutableMap.copyOf(byIndicator), ImmutableList.copyOf(uncovered),
                ImmutableList.copyOf(issues));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PlanCoverage other && plan.equals(other.plan) && assessment.equals(other.assessment) && total.equals(other.total) && budgetByIndicator.equals(other.budgetByIndicator) && uncovered.equals(other.uncovered) && issues.equals(other.issues);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(plan, assessment, total, budgetByIndicator, uncovered, issues);
    }

    @Override
    public String toString() {
        return "PlanCoverage[" + "plan=" + plan + ", " + "assessment=" + assessment + ", " + "total=" + total + ", " + "budgetByIndicator=" + budgetByIndicator + ", " + "uncovered=" + uncovered + ", " + "issues=" + issues + "]";
    }
}
