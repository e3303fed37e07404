package org.itascore.json;

import java.math.BigDecimal;
import java.util.Map;
import org.itascore.Finding;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.audit.AuditReport;
import org.itascore.cohort.CohortStatistics;
import org.itascore.history.History;
import org.itascore.history.HistoryEntry;
import org.itascore.history.HistoryStep;
import org.itascore.plan.PlanCoverage;
import org.itascore.plan.PlanIssue;
import org.itascore.whatif.IndicatorNeed;
import org.itascore.whatif.InstrumentNeed;
import org.itascore.cohort.CohortPlans;
import org.itascore.cohort.CohortResult;
import org.itascore.cohort.CohortYears;
import org.itascore.cohort.OfficeHistory;
import org.itascore.cohort.YearSummary;
import org.itascore.cohort.OfficePlan;
import org.itascore.cohort.ShareGoal;
import org.itascore.whatif.CombinedPlan;
import org.itascore.whatif.IndicatorChange;
import org.itascore.whatif.WhatIf;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Serializers of the analysis results, each in the form documented in docs/json-format.md. */
final class AnalysisSerializers {

    private AnalysisSerializers() {
    }

    /** {@code {"consistent": false, "findings": [...]}}. */
    static final class AuditSerializer extends ValueSerializer<AuditReport> {
        private final FindingSerializer findings = new FindingSerializer();

        @Override
        public void serialize(AuditReport report, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            g.writeBooleanProperty("consistent", report.consistent());
            g.writeArrayPropertyStart("findings");
            for (Finding f : report.findings()) {
                findings.serialize(f, g, ctxt);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Cohort statistics; rates as percentages with two decimals. */
    static final class CohortSerializer extends ValueSerializer<CohortStatistics> {
        @Override
        public void serialize(CohortStatistics s, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            fields(s, g);
            g.writeEndObject();
        }

        static void fields(CohortStatistics s, JsonGenerator g) {
            g.writeNumberProperty("count", s.count());
            Writing.score(g, "mean", s.mean());
            Writing.score(g, "median", s.median());
            Writing.score(g, "minimum", s.minimum());
            Writing.score(g, "maximum", s.maximum());
            g.writeNumberProperty("standardDeviation", s.standardDeviation());
            g.writeObjectPropertyStart("grades");
            for (Grade grade : Grade.values()) {
                g.writeNumberProperty(grade.name(), s.grades().get(grade));
            }
            g.writeEndObject();
            g.writeNumberProperty("passed", s.passed());
            g.writeNumberProperty("passRatePercent", percent(s.passRate()));
            g.writeNumberProperty("targetPercent", percent(s.target()));
            g.writeBooleanProperty("targetMet", s.targetMet());
            g.writeArrayPropertyStart("ranking");
            for (CohortStatistics.RankedOffice r : s.ranking()) {
                g.writeStartObject();
                g.writeNumberProperty("rank", r.rank());
                g.writeStringProperty("office", r.office());
                Writing.score(g, "score", r.score());
                g.writeStringProperty("grade", r.grade().name());
                Writing.label(g, "gradeTitle", r.grade().meaning());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("indicatorMeans");
            for (Map.Entry<Indicator, Score> e : s.indicatorMeans().entrySet()) {
                Writing.score(g, Integer.toString(e.getKey().number()), e.getValue());
            }
            g.writeEndObject();
            g.writeNumberProperty("weakestIndicator", s.weakestIndicator().number());
            Writing.label(g, "weakestIndicatorTitle", s.weakestIndicator().title());
            g.writeObjectPropertyStart("belowPassMark");
            s.belowPassMark().forEach((indicator, offices) -> {
                g.writeArrayPropertyStart(Integer.toString(indicator.number()));
                offices.forEach(g::writeString);
                g.writeEndArray();
            });
            g.writeEndObject();
        }

        static BigDecimal percent(Rational share) {
            return share.times(100).round(Score.DECIMALS, Score.ROUNDING);
        }
    }

    /** A what-if answer. */
    static final class WhatIfSerializer extends ValueSerializer<WhatIf> {
        @Override
        public void serialize(WhatIf w, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            g.writeStringProperty("office", w.assessment().office());
            g.writeNumberProperty("fiscalYear", w.assessment().fiscalYear().buddhistEra());
            g.writeStringProperty("target", w.target().describe());
            g.writeBooleanProperty("reached", w.reached());
            Writing.score(g, "score", w.assessment().exactScore());
            g.writeArrayPropertyStart("indicators");
            for (IndicatorNeed n : w.indicators()) {
                g.writeStartObject();
                g.writeNumberProperty("number", n.indicator().number());
                Writing.label(g, "title", n.indicator().title());
                Writing.score(g, "current", n.current());
                if (n.needed().isPresent()) {
                    Writing.score(g, "needed", n.needed().get());
                    g.writeNumberProperty("raise", n.raise().orElseThrow().round(Score.DECIMALS, Score.ROUNDING));
                } else {
                    g.writeNullProperty("needed");
                    g.writeNullProperty("raise");
                }
                g.writeNumberProperty("leverage", n.leverage().round(Score.DECIMALS, Score.ROUNDING));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("instruments");
            for (InstrumentNeed n : w.instruments()) {
                g.writeStartObject();
                g.writeStringProperty("instrument", n.instrument().name());
                Writing.label(g, "title", n.instrument().title());
                Writing.score(g, "current", n.current());
                Writing.score(g, "needed", n.needed());
                g.writeBooleanProperty("met", n.met());
                g.writeEndObject();
            }
            g.writeEndArray();
            combined(g, w.combined(), w.fewestIndicators());
            g.writeEndObject();
        }
    }

    /**
     * Writes {@code "combined": {"shortBy", "reachable", "points", "indicators": [{"number", "now", "needed"}],
     * "fewestIndicators": {"points", "indicators"}}}, the same object for whatif and for each office of a
     * cohort plan.
     */
    static void combined(JsonGenerator g, CombinedPlan fewestPoints, CombinedPlan fewestIndicators) {
        g.writeObjectPropertyStart("combined");
        Writing.score(g, "shortBy", fewestPoints.shortBy());
        g.writeBooleanProperty("reachable", fewestPoints.reachable());
        changes(g, fewestPoints);
        g.writeObjectPropertyStart("fewestIndicators");
        changes(g, fewestIndicators);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void changes(JsonGenerator g, CombinedPlan plan) {
        g.writeNumberProperty("points", plan.points().round(Score.DECIMALS, Score.ROUNDING));
        g.writeArrayPropertyStart("indicators");
        for (IndicatorChange c : plan.changes()) {
            g.writeStartObject();
            g.writeNumberProperty("number", c.indicator().number());
            Writing.label(g, "title", c.indicator().title());
            Writing.score(g, "now", c.now());
            Writing.score(g, "needed", c.needed());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A cohort's result against a target share: what {@code ita cohort} writes. */
    record CohortOutput(CohortResult result, Rational target) {
    }

    /**
     * Writes {@link CohortOutput}: the statistics' fields; over several fiscal years, {@code "years"} and
     * {@code "offices"}; when planned, {@code "plans"}.
     */
    static final class CohortOutputSerializer extends ValueSerializer<CohortOutput> {
        @Override
        public void serialize(CohortOutput c, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            CohortStatistics statistics = c.result().statistics(c.target());
            CohortSerializer.fields(statistics, g);
            CohortYears years = c.result().years(c.target());
            if (years.years().size() > 1) {
                years(years, g);
            }
            c.result().plans().ifPresent(plans -> plans(plans, statistics, g));
            leftOut(c.result(), g);
            g.writeEndObject();
        }

        /**
         * Writes the records left out, so that a caller never takes statistics of a subset for the whole: how many
         * records were read, and each one left out with its position, office and problems (their pointers relative
         * to the record, code, value and rule in both languages).
         */
        private static void leftOut(CohortResult result, JsonGenerator g) {
            g.writeNumberProperty("records", result.records());
            g.writeArrayPropertyStart("leftOut");
            for (org.itascore.cohort.RecordProblem r : result.problems()) {
                g.writeStartObject();
                g.writeNumberProperty("index", r.index());
                if (r.office().isPresent()) {
                    g.writeStringProperty("office", r.office().get());
                }
                g.writeArrayPropertyStart("problems");
                for (org.itascore.Problem p : r.problems()) {
                    g.writeStartObject();
                    g.writeStringProperty("pointer", JsonPointers.of(p.location()).toString());
                    if (p.value() != null) {
                        g.writeStringProperty("value", p.value());
                    }
                    g.writeStringProperty("code", p.code());
                    g.writeStringProperty("kind", p.kind().name());
                    g.writeObjectPropertyStart("rule");
                    g.writeStringProperty("en", p.rule(org.itascore.Language.ENGLISH));
                    g.writeStringProperty("th", p.rule(org.itascore.Language.THAI));
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            if (result.omittedProblems() > 0) {
                g.writeNumberProperty("leftOutNotListed", result.omittedProblems());
            }
        }

        private static void years(CohortYears years, JsonGenerator g) {
            g.writeArrayPropertyStart("years");
            for (YearSummary y : years.years()) {
                g.writeStartObject();
                g.writeNumberProperty("fiscalYear", y.fiscalYear().buddhistEra());
                g.writeNumberProperty("offices", y.offices());
                g.writeNumberProperty("passed", y.passed());
                g.writeNumberProperty("passRatePercent", CohortSerializer.percent(y.passRate()));
                g.writeBooleanProperty("targetMet", y.targetMet());
                if (y.change().isPresent()) {
                    g.writeNumberProperty("changePercent", CohortSerializer.percent(y.change().get()));
                } else {
                    g.writeNullProperty("changePercent");
                }
                Writing.score(g, "mean", y.mean());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("offices");
            for (OfficeHistory o : years.offices()) {
                g.writeStartObject();
                g.writeStringProperty("office", o.office());
                o.officeId().ifPresent(id -> g.writeStringProperty("officeId", id));
                g.writeArrayPropertyStart("years");
                var entries = o.history().entries();
                for (int k = 0; k < entries.size(); k++) {
                    g.writeStartObject();
                    g.writeNumberProperty("fiscalYear", entries.get(k).fiscalYear().buddhistEra());
                    Writing.score(g, "score", entries.get(k).score());
                    if (k > 0) {
                        var step = o.history().steps().get(k - 1);
                        g.writeNumberProperty("difference", step.difference());
                        g.writeStringProperty("trend", step.trend().name());
                        Writing.label(g, "trendTitle", step.trend().word());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeNumberProperty("passingRun", o.history().passingRun());
                g.writeArrayPropertyStart("missing");
                o.missing().forEach(y -> g.writeNumber(y.buddhistEra()));
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private static void plans(CohortPlans plans, CohortStatistics statistics, JsonGenerator g) {
            g.writeObjectPropertyStart("plans");
            g.writeStringProperty("target", plans.target().describe());
            g.writeNumberProperty("offices", plans.offices());
            g.writeNumberProperty("reaching", plans.reaching());
            g.writeArrayPropertyStart("failing");
            for (OfficePlan p : plans.plans()) {
                g.writeStartObject();
                g.writeNumberProperty("index", p.index());
                g.writeStringProperty("office", p.office());
                p.officeId().ifPresent(id -> g.writeStringProperty("officeId", id));
                g.writeNumberProperty("fiscalYear", p.fiscalYear().buddhistEra());
                Writing.score(g, "score", p.score());
                combined(g, p.fewestPoints(), p.fewestIndicators());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("indicatorsNeedingWork");
            plans.indicatorsNeedingWork().forEach((indicator, count) -> {
                g.writeStartObject();
                g.writeNumberProperty("number", indicator.number());
                Writing.label(g, "title", indicator.title());
                g.writeNumberProperty("offices", count);
                g.writeEndObject();
            });
            g.writeEndArray();
            ShareGoal goal = plans.toReach(statistics.target());
            g.writeObjectPropertyStart("shareGoal");
            g.writeNumberProperty("targetPercent", goal.share().times(100).round(Score.DECIMALS, Score.ROUNDING));
            g.writeNumberProperty("needed", goal.needed());
            g.writeNumberProperty("more", goal.more());
            g.writeBooleanProperty("reachable", goal.reachable());
            g.writeNumberProperty("points", goal.points().round(Score.DECIMALS, Score.ROUNDING));
            g.writeArrayPropertyStart("helpFirst");
            for (OfficePlan p : goal.helpFirst()) {
                g.writeStartObject();
                g.writeNumberProperty("index", p.index());
                g.writeStringProperty("office", p.office());
                g.writeNumberProperty("points", p.fewestPoints().points().round(Score.DECIMALS, Score.ROUNDING));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** Plan coverage. */
    static final class PlanSerializer extends ValueSerializer<PlanCoverage> {
        @Override
        public void serialize(PlanCoverage c, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            g.writeBooleanProperty("complete", c.complete());
            g.writeNumberProperty("totalBudget", c.total());
            g.writeObjectPropertyStart("budgetByIndicator");
            c.budgetByIndicator().forEach((i, b) -> g.writeNumberProperty(Integer.toString(i.number()), b));
            g.writeEndObject();
            g.writeArrayPropertyStart("uncovered");
            c.uncovered().forEach(i -> g.writeNumber(i.number()));
            g.writeEndArray();
            g.writeArrayPropertyStart("issues");
            for (PlanIssue issue : c.issues()) {
                g.writeStartObject();
                g.writeStringProperty("kind", issue.kind().name());
                issue.activity().ifPresent(a -> g.writeNumberProperty("activity", a));
                issue.indicator().ifPresent(i -> {
                    g.writeNumberProperty("indicator", i.number());
                    Writing.label(g, "indicatorTitle", i.title());
                });
                Writing.label(g, "message", issue.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** An office's history. */
    static final class HistorySerializer extends ValueSerializer<History> {
        @Override
        public void serialize(History h, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            g.writeArrayPropertyStart("years");
            for (int i = 0; i < h.entries().size(); i++) {
                HistoryEntry e = h.entries().get(i);
                g.writeStartObject();
                g.writeNumberProperty("fiscalYear", e.fiscalYear().buddhistEra());
                Writing.score(g, "score", e.score());
                if (i == 0) {
                    g.writeNullProperty("difference");
                    g.writeNullProperty("trend");
                } else {
                    HistoryStep step = h.steps().get(i - 1);
                    g.writeNumberProperty("difference", step.difference());
                    g.writeStringProperty("trend", step.trend().name());
                    Writing.label(g, "trendTitle", step.trend().word());
                    g.writeBooleanProperty("spansGap", step.spansGap());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberProperty("best", h.best().fiscalYear().buddhistEra());
            g.writeNumberProperty("worst", h.worst().fiscalYear().buddhistEra());
            g.writeArrayPropertyStart("gaps");
            h.gaps().forEach(y -> g.writeNumber(y.buddhistEra()));
            g.writeEndArray();
            g.writeNumberProperty("passingRun", h.passingRun());
            g.writeEndObject();
        }
    }
}
