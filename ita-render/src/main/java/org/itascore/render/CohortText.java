package org.itascore.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.itascore.Grade;
import org.itascore.Message;
import org.itascore.Rational;
import org.itascore.cohort.CohortPlans;
import org.itascore.cohort.CohortResult;
import org.itascore.cohort.CohortStatistics;
import org.itascore.cohort.CohortYears;
import org.itascore.cohort.OfficePlan;
import org.itascore.cohort.ShareGoal;
import org.itascore.cohort.YearSummary;

/** Renders cohort statistics as text, in the reader's language and digits. Stateless and thread-safe. */
public final class CohortText {

    /** How many offices the ranking shows. */
    private static final int RANKS_SHOWN = 10;

    private CohortText() {
    }

    /**
     * {@return the line that says how many reports were left out, or nothing when none was}
     *
     * @param result what a cohort builder made of the reports
     * @param s the reader's language and digits
     */
    public static String leftOut(CohortResult result, Style s) {
        if (result.refused() == 0) {
            return "";
        }
        return s.text(Message.of("text.leftOut")) + s.number(result.refused()) + s.text(Message.of("text.of"))
                + s.number(result.records()) + s.text(Message.of("text.reportSProblemsListed"));
    }

    /**
     * {@return cohort statistics as text: counts, mean and spread, grades, pass rate, ranking, indicators}
     *
     * @param c the statistics
     * @param s the reader's language and digits
     */
    public static String render(CohortStatistics c, Style s) {
        StringBuilder out = new StringBuilder();
        out.append(s.text(Message.of("text.offices"))).append(s.number(c.count())).append('\n');
        out.append(s.text(Message.of("text.mean2"))).append(s.number(c.mean())).append(s.text(Message.of("text.median2")))
                .append(s.number(c.median())).append(s.text(Message.of("text.min"))).append(s.number(c.minimum()))
                .append(s.text(Message.of("text.max"))).append(s.number(c.maximum())).append(s.text(Message.of("text.sd")))
                .append(s.number(c.standardDeviation().toPlainString())).append('\n');
        out.append(s.text(Message.of("text.grades"))).append(java.util.Arrays.stream(Grade.values())
                .map(g -> g.name() + " " + s.number(c.grades().get(g))).collect(Collectors.joining(", "))).append('\n');
        out.append(s.text(Message.of("text.passed"))).append(s.number(c.passed())).append(" (")
                .append(s.number(percent(c.passRate()))).append("%), ").append(s.text(Message.of("text.target2")))
                .append(s.number(percent(c.target()))).append("% ")
                .append(c.targetMet() ? s.text(Message.of("text.met")) : s.text(Message.of("text.notMet"))).append('\n');
        out.append(s.text(Message.of("text.weakestIndicator"))).append(s.number(c.weakestIndicator().number()))
                .append(' ').append(s.text(c.weakestIndicator().title())).append(" (")
                .append(s.number(c.indicatorMeans().get(c.weakestIndicator()))).append(")\n\n");
        Table table = new Table(List.of(s.text(Message.of("text.rank2")), s.text(Message.of("text.office")), s.text(Message.of("text.score")),
                s.text(Message.of("text.grade"))), true, false, true, false);
        c.ranking().stream().limit(RANKS_SHOWN).forEach(r -> table.row(List.of(s.number(r.rank()), r.office(),
                s.number(r.score()), r.grade().name())));
        out.append(table.render());
        if (c.ranking().size() > RANKS_SHOWN) {
            out.append(s.text(Message.of("text.moreOffices", s.number(c.ranking().size() - RANKS_SHOWN)))).append('\n');
        }
        out.append('\n').append(s.text(Message.of("text.officesBelowPassMark"))).append('\n');
        for (Map.Entry<org.itascore.Indicator, com.google.common.collect.ImmutableList<String>> e : c.belowPassMark().entrySet()) {
            out.append("  ").append(s.number(e.getKey().number())).append(": ").append(s.number(e.getValue().size()))
                    .append(" (").append(s.text(Message.of("text.mean3"))).append(s.number(c.indicatorMeans().get(e.getKey())))
                    .append(")\n");
        }
        return out.toString();
    }

    /**
     * {@return a cohort over several fiscal years as text: each year's pass rate and its change, and the offices
     * missing from a year; nothing for a cohort of one year}
     *
     * @param years the cohort by year
     * @param s the reader's language and digits
     */
    public static String years(CohortYears years, Style s) {
        if (years.years().size() < 2) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n");
        Table table = new Table(List.of(s.text(Message.of("text.year3")), s.text(Message.of("text.offices2")), s.text(Message.of("text.passed2")),
                s.text(Message.of("text.passRate")), s.text(Message.of("text.change")), s.text(Message.of("text.mean4")), s.text(Message.of("text.target4"))),
                false, true, true, true, true, true, false);
        for (YearSummary y : years.years()) {
            table.row(List.of(s.number(y.fiscalYear()), s.number(y.offices()), s.number(y.passed()),
                    s.number(percent(y.passRate())) + "%",
                    y.change().map(c -> (c.signum() > 0 ? "+" : "") + s.number(percent(c))).orElse("-"),
                    s.number(y.mean()), y.targetMet() ? s.text(Message.of("text.met")) : s.text(Message.of("text.notMet"))));
        }
        out.append(table.render());
        if (!years.incomplete().isEmpty()) {
            out.append(s.text(Message.of("text.officesMissingYear2"))).append('\n');
            years.incomplete().forEach(o -> out.append("  ").append(s.name(o.office())).append(": ")
                    .append(o.missing().stream().map(s::number).collect(Collectors.joining(", "))).append('\n'));
        }
        return out.toString();
    }

    /**
     * {@return a cohort's plans as text: the indicators most often needing work, the offices to help first to
     * reach a share, and each failing office's cheapest plan}
     *
     * @param plans the plans
     * @param share the share of offices that should reach the target, from 0 to 1
     * @param s the reader's language and digits
     */
    public static String plans(CohortPlans plans, Rational share, Style s) {
        StringBuilder out = new StringBuilder();
        out.append(s.text(Message.of("text.plansReach"))).append(plans.target().describe()).append(": ")
                .append(s.number(plans.plans().size())).append(s.text(Message.of("text.of"))).append(s.number(plans.offices()))
                .append(s.text(Message.of("text.officesDoNotReach")));
        if (!plans.indicatorsNeedingWork().isEmpty()) {
            out.append(s.text(Message.of("text.indicatorsMostOftenNeeding")))
                    .append(plans.indicatorsNeedingWork().entrySet().stream()
                            .map(e -> s.number(e.getKey().number()) + " " + s.text(e.getKey().title()) + " ("
                                    + s.number(e.getValue()) + s.text(Message.of("text.offices3")))
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        ShareGoal goal = plans.toReach(share);
        out.append(s.text(Message.of("text.for"))).append(s.number(percent(share))).append(s.text(Message.of("text.offices4")))
                .append(s.number(goal.needed())).append(s.text(Message.of("text.of"))).append(s.number(plans.offices())).append("): ");
        if (goal.more() == 0) {
            out.append(s.text(Message.of("text.metAlready")));
        } else {
            out.append(s.number(goal.more())).append(s.text(Message.of("text.moreMustReachHelp")));
            goal.helpFirst().forEach(p -> out.append("  ").append(s.name(p.office())).append(": ")
                    .append(s.number(points(p.fewestPoints().points()))).append(s.text(Message.of("text.points2"))));
            out.append("  ").append(s.number(points(goal.points()))).append(s.text(Message.of("text.pointsAll2")))
                    .append(goal.reachable() ? "" : s.text(Message.of("text.notEnoughOfficesCan")))
                    .append('\n');
        }
        if (!plans.plans().isEmpty()) {
            out.append('\n').append(s.text(Message.of("text.eachOfficeSCheapest"))).append('\n');
            for (OfficePlan p : plans.plans()) {
                out.append("  ").append(s.name(p.office())).append(" (").append(s.number(p.score()))
                        .append(s.text(Message.of("text.short2"))).append(s.number(p.fewestPoints().shortBy())).append("): ")
                        .append(p.fewestPoints().changes().stream().map(c -> s.number(c.indicator().number()) + " "
                                + s.number(c.now()) + " -> " + s.number(c.needed())).collect(Collectors.joining(", ")))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String points(Rational points) {
        return Figures.twoDecimals(points);
    }

    private static String percent(Rational share) {
        return Figures.percent(share);
    }
}
