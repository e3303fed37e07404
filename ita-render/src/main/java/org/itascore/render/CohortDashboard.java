package org.itascore.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Message;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.cohort.CohortPlans;
import org.itascore.cohort.CohortResult;
import org.itascore.cohort.CohortStatistics;
import org.itascore.cohort.CohortYears;
import org.itascore.cohort.OfficePlan;
import org.itascore.cohort.ShareGoal;
import org.itascore.cohort.YearSummary;
import org.itascore.edition.GradeBand;

/**
 * Renders a cohort as one self-contained HTML page for a supervisor: the pass rate against the target, the
 * score distribution over the grade bands, the indicator means with the weakest marked, the pass-rate trend
 * over the years (when the cohort spans several), and every office below the target with its cheapest plan.
 * Charts are inline SVG with their numbers written on them, so that they read in black and white; the page
 * is well-formed XHTML with no external asset. Every number shown is the library's, as the JSON output
 * gives it (the charts' geometry alone is drawn in {@code double}). Stateless and thread-safe.
 */
public final class CohortDashboard {

    private static final int WIDTH = 760;

    private CohortDashboard() {
    }

    /**
     * {@return the dashboard page}
     *
     * @param result the cohort, planned to a target (the command line plans to pass when not told otherwise)
     * @param target the target share of offices passing, from 0 to 1
     * @param s the reader's language and digits
     */
    public static String render(CohortResult result, Rational target, Style s) {
        CohortStatistics c = result.statistics(target);
        CohortYears years = result.years(target);
        StringBuilder h = new StringBuilder(32_768);
        String title = s.text(Message.of("text.itaCohortDashboard"));
        h.append("<!DOCTYPE html>\n<html lang=\"").append(s.language().tag()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>").append(esc(title))
                .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>").append(esc(title))
                .append("</h1>\n<p class=\"meta\">").append(esc(s.text(Message.of("text.offices")))).append("<span id=\"count\">")
                .append(s.number(c.count())).append("</span> &#183; ").append(esc(s.text(Message.of("text.fiscalYears"))))
                .append(years.years().stream().map(y -> s.number(y.fiscalYear())).collect(Collectors.joining(", ")))
                .append(" &#183; ").append(esc(s.text(Message.of("text.mean")))).append("<span id=\"mean\">").append(s.number(c.mean()))
                .append("</span> &#183; ").append(esc(s.text(Message.of("text.median")))).append(s.number(c.median()))
                .append(" &#183; ").append(esc(s.text(Message.of("text.passMark")))).append(s.number(result.edition().passMark()))
                .append("</p>\n</header>\n");
        passRate(c, s, h);
        distribution(c, result, s, h);
        indicators(c, result.edition().passMark(), s, h);
        if (years.years().size() > 1) {
            trend(years, target, s, h);
        }
        result.plans().ifPresent(plans -> plans(plans, target, s, h));
        h.append("<footer>").append(esc(s.text(Message.of("text.madeItaLibraryEvery")))).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void passRate(CohortStatistics c, Style s, StringBuilder h) {
        double rate = c.passRate().times(100).round(Score.DECIMALS, Score.ROUNDING).doubleValue(); // geometry only
        double goal = c.target().times(100).round(Score.DECIMALS, Score.ROUNDING).doubleValue();
        h.append("<section>\n<h2>").append(esc(s.text(Message.of("text.passRateAgainstTarget")))).append("</h2>\n<p>")
                .append("<span id=\"passed\">").append(s.number(c.passed())).append("</span>")
                .append(esc(s.text(Message.of("text.of")))).append(s.number(c.count())).append(esc(s.text(Message.of("text.officesPassed"))))
                .append("<strong id=\"pass-rate\">").append(s.number(percent(c.passRate()))).append("%</strong>")
                .append(esc(s.text(Message.of("text.target")))).append(s.number(percent(c.target()))).append("%, ")
                .append(esc(c.targetMet() ? s.text(Message.of("text.met")) : s.text(Message.of("text.notMet")))).append("</p>\n");
        int left = 20;
        int right = WIDTH - 20;
        double span = right - left;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(" 70\" role=\"img\" aria-label=\"")
                .append(esc(s.text(Message.of("text.passRate")))).append("\">\n")
                .append("<rect class=\"track\" x=\"").append(left).append("\" y=\"26\" width=\"").append(fmt(span)).append("\" height=\"22\"/>\n")
                .append("<rect class=\"fill\" x=\"").append(left).append("\" y=\"26\" width=\"").append(fmt(span * rate / 100))
                .append("\" height=\"22\"/>\n");
        double gx = left + span * goal / 100;
        h.append("<line class=\"goal\" x1=\"").append(fmt(gx)).append("\" x2=\"").append(fmt(gx)).append("\" y1=\"18\" y2=\"56\"/>\n")
                .append("<text class=\"goallabel\" x=\"").append(fmt(gx)).append("\" y=\"13\">")
                .append(esc(s.text(Message.of("text.target2")) + s.number(percent(c.target())) + "%")).append("</text>\n")
                .append("<text class=\"small\" x=\"").append(left).append("\" y=\"66\">0%</text><text class=\"small end\" x=\"")
                .append(right).append("\" y=\"66\">100%</text>\n</svg>\n</section>\n");
    }

    private static void distribution(CohortStatistics c, CohortResult result, Style s, StringBuilder h) {
        List<GradeBand> bands = result.edition().gradeScale().bands().stream()
                .sorted((a, b) -> b.lower().compareTo(a.lower())).toList();
        int max = Math.max(1, c.grades().values().stream().mapToInt(Integer::intValue).max().orElse(1));
        h.append("<section>\n<h2>").append(esc(s.text(Message.of("text.scoresOverGradeBands")))).append("</h2>\n");
        int top = 24;
        int plot = 160;
        int slot = (WIDTH - 40) / bands.size();
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(top + plot + 48)
                .append("\" role=\"img\" aria-label=\"").append(esc(s.text(Message.of("text.officesPerGrade")))).append("\">\n");
        for (int k = 0; k < bands.size(); k++) {
            GradeBand band = bands.get(k);
            int count = c.grades().getOrDefault(band.grade(), 0);
            double height = plot * (double) count / max;
            double x = 20 + k * slot + slot * 0.15;
            double w = slot * 0.7;
            double y = top + plot - height;
            boolean passes = result.edition().passes(band.grade());
            h.append("<rect class=\"bar ").append(passes ? "pass" : "fail").append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                    .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(fmt(height)).append("\"/>\n")
                    .append("<text class=\"value\" id=\"grade-").append(band.grade().name()).append("\" x=\"").append(fmt(x + w / 2))
                    .append("\" y=\"").append(fmt(y - 5)).append("\">").append(s.number(count)).append("</text>\n")
                    .append("<text class=\"label\" x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(top + plot + 18).append("\">")
                    .append(band.grade().name()).append("</text>\n<text class=\"small mid\" x=\"").append(fmt(x + w / 2)).append("\" y=\"")
                    .append(top + plot + 34).append("\">").append(s.number(band.printedRange()))
                    .append("</text>\n");
        }
        h.append("</svg>\n<p class=\"note\">").append(esc(s.text(Message.of("text.darkBarsGradesPass")))).append("</p>\n</section>\n");
    }

    private static void indicators(CohortStatistics c, Score passMark, Style s, StringBuilder h) {
        Map<Indicator, Score> means = c.indicatorMeans();
        int left = 250;
        // the values stand in a column right of the plot, so that the pass line never crosses one
        int right = WIDTH - 130;
        int row = 26;
        int top = 30;
        double span = right - left;
        h.append("<section>\n<h2>").append(esc(s.text(Message.of("text.indicatorMeans")))).append("</h2>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(top + row * means.size() + 10).append("\" role=\"img\" aria-label=\"")
                .append(esc(s.text(Message.of("text.indicatorMeans")))).append("\">\n");
        double px = left + span * passMark.officialDecimal().doubleValue() / 100; // geometry only
        // the pass line's label sits above the plot, clear of every bar and value
        h.append("<text class=\"goallabel\" x=\"").append(fmt(px)).append("\" y=\"14\">")
                .append(esc(s.text(Message.of("text.passMark")) + s.number(passMark))).append("</text>\n");
        int k = 0;
        for (Map.Entry<Indicator, Score> e : means.entrySet()) {
            double y = top + k * row;
            double w = span * e.getValue().officialDecimal().doubleValue() / 100;
            boolean weakest = e.getKey() == c.weakestIndicator();
            h.append("<text class=\"rowlabel").append(weakest ? " weakest" : "").append("\" x=\"").append(left - 8).append("\" y=\"")
                    .append(fmt(y + 15)).append("\">").append(esc(s.number(e.getKey().number()) + " " + s.text(e.getKey().title())))
                    .append("</text>\n<rect class=\"hbar").append(weakest ? " weakest" : "").append("\" x=\"").append(left).append("\" y=\"")
                    .append(fmt(y + 3)).append("\" width=\"").append(fmt(w)).append("\" height=\"16\"/>\n")
                    .append("<text class=\"value start\" id=\"mean-").append(e.getKey().number()).append("\" x=\"").append(right + 10)
                    .append("\" y=\"").append(fmt(y + 15)).append("\">").append(s.number(e.getValue()))
                    .append(weakest ? esc(s.text(Message.of("text.weakest"))) : "").append("</text>\n");
            k++;
        }
        h.append("<line class=\"goal\" x1=\"").append(fmt(px)).append("\" x2=\"").append(fmt(px)).append("\" y1=\"20\" y2=\"")
                .append(top + row * means.size()).append("\"/>\n</svg>\n</section>\n");
    }

    private static void trend(CohortYears years, Rational target, Style s, StringBuilder h) {
        List<YearSummary> ys = years.years();
        int left = 60;
        int right = WIDTH - 40;
        int top = 24;
        int plot = 160;
        // the points stand clear of the axis and its labels
        int inset = 50;
        double step = (double) (right - left - 2 * inset) / Math.max(1, ys.size() - 1);
        h.append("<section>\n<h2>").append(esc(s.text(Message.of("text.passRateOverYears")))).append("</h2>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(top + plot + 40)
                .append("\" role=\"img\" aria-label=\"").append(esc(s.text(Message.of("text.passRateOverYears")))).append("\">\n");
        for (int tick = 0; tick <= 100; tick += 25) {
            double y = top + plot * (1 - tick / 100.0);
            h.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(right).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\"/><text class=\"small end\" x=\"").append(left - 6).append("\" y=\"")
                    .append(fmt(y + 4)).append("\">").append(s.number(tick)).append("%</text>\n");
        }
        double gy = top + plot * (1 - target.times(100).round(Score.DECIMALS, Score.ROUNDING).doubleValue() / 100);
        h.append("<line class=\"goal\" x1=\"").append(left).append("\" x2=\"").append(right).append("\" y1=\"").append(fmt(gy))
                .append("\" y2=\"").append(fmt(gy)).append("\"/>\n");
        StringBuilder points = new StringBuilder();
        for (int k = 0; k < ys.size(); k++) {
            double x = left + inset + k * step;
            double y = top + plot * (1 - ys.get(k).passRate().times(100).round(Score.DECIMALS, Score.ROUNDING).doubleValue() / 100);
            points.append(k == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
            // the value above its point, or below it when the target line or the top would cross it
            double labelY = y - 10 > top && Math.abs(y - 14 - gy) > 8 ? y - 10 : y + 20;
            h.append("<circle class=\"dot\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\"/>\n")
                    .append("<text class=\"value\" id=\"year-").append(ys.get(k).fiscalYear().buddhistEra()).append("\" x=\"").append(fmt(x))
                    .append("\" y=\"").append(fmt(labelY)).append("\">").append(s.number(percent(ys.get(k).passRate()))).append("%</text>\n")
                    .append("<text class=\"label\" x=\"").append(fmt(x)).append("\" y=\"").append(top + plot + 20).append("\">")
                    .append(s.number(ys.get(k).fiscalYear())).append("</text>\n");
        }
        h.append("<polyline class=\"line\" points=\"").append(points).append("\"/>\n</svg>\n");
        if (!years.incomplete().isEmpty()) {
            h.append("<p>").append(esc(s.text(Message.of("text.officesMissingYear"))))
                    .append(years.incomplete().stream().map(o -> "<bdi>" + esc(o.office()) + "</bdi> ("
                            + o.missing().stream().map(s::number).collect(Collectors.joining(", ")) + ")").collect(Collectors.joining("; ")))
                    .append("</p>\n");
        }
        h.append("<p class=\"note\">").append(esc(s.text(Message.of("text.dashedLineTarget")))).append("</p>\n</section>\n");
    }

    private static void plans(CohortPlans plans, Rational target, Style s, StringBuilder h) {
        ShareGoal goal = plans.toReach(target);
        h.append("<section class=\"plans\">\n<h2>").append(esc(s.text(Message.of("text.officesBelowTargetTheir")))).append("</h2>\n<p>")
                .append(esc(s.text(Message.of("text.target3")))).append(esc(plans.target() instanceof org.itascore.whatif.Target.PassMark
                        ? s.text(Message.of("text.pass")) : plans.target().describe())).append(". ");
        if (!plans.indicatorsNeedingWork().isEmpty()) {
            h.append(esc(s.text(Message.of("text.mostOftenNeedingWork"))))
                    .append(esc(plans.indicatorsNeedingWork().entrySet().stream().map(e -> s.number(e.getKey().number()) + " "
                            + s.text(e.getKey().title()) + " (" + s.number(e.getValue()) + ")").collect(Collectors.joining(", "))))
                    .append(". ");
        }
        if (goal.more() > 0) {
            h.append(esc(s.text(Message.of("text.reach")))).append(s.number(percent(target))).append("%")
                    .append(esc(s.text(Message.of("text.helpFirstCheapestPlans"))))
                    .append(goal.helpFirst().stream().map(p -> "<bdi>" + esc(p.office()) + "</bdi>").collect(Collectors.joining(", ")))
                    .append(esc(s.text(Message.of("text.colon")))).append("<span id=\"goal-points\">").append(s.number(points(goal.points())))
                    .append("</span>").append(esc(s.text(Message.of("text.pointsAll"))));
        }
        h.append("</p>\n<table>\n<thead><tr><th>").append(esc(s.text(Message.of("text.office")))).append("</th><th>")
                .append(esc(s.text(Message.of("text.year2")))).append("</th><th class=\"num\">").append(esc(s.text(Message.of("text.score"))))
                .append("</th><th class=\"num\">").append(esc(s.text(Message.of("text.short")))).append("</th><th>")
                .append(esc(s.text(Message.of("text.planIndicatorNowNeeded")))).append("</th><th class=\"num\">")
                .append(esc(s.text(Message.of("text.points")))).append("</th></tr></thead>\n<tbody>\n");
        for (OfficePlan p : plans.plans()) {
            h.append("<tr class=\"plan\"><td><bdi>").append(esc(p.office())).append("</bdi></td><td>").append(s.number(p.fiscalYear()))
                    .append("</td><td class=\"num\">").append(s.number(p.score())).append("</td><td class=\"num short\">")
                    .append(s.number(p.fewestPoints().shortBy())).append("</td><td>")
                    .append(esc(p.fewestPoints().changes().stream().map(ch -> s.number(ch.indicator().number()) + ": "
                            + s.number(ch.now()) + " → " + s.number(ch.needed())).collect(Collectors.joining("; "))))
                    .append("</td><td class=\"num points\">").append(s.number(points(p.fewestPoints().points()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static String percent(Rational share) {
        return Figures.percent(share);
    }

    private static String points(Rational points) {
        return Figures.twoDecimals(points);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String text) {
        return HtmlReport.esc(text);
    }

    private static final String CSS = """
            :root{--ink:#1d2433;--muted:#5b6475;--line:#d9dde5}
            *{box-sizing:border-box}
            body{font-family:"Noto Sans Thai","Sarabun","Leelawadee UI","Tahoma",system-ui,sans-serif;color:var(--ink);\
            max-width:880px;margin:24px auto;padding:0 20px;line-height:1.5}
            h1{margin:0;font-size:1.6rem}h2{font-size:1.1rem;margin:1.4rem 0 .5rem}
            .meta,.note{color:var(--muted);margin:.2rem 0 0}.note{font-size:.85rem}
            .chart{width:100%;height:auto}
            .track{fill:#fff;stroke:var(--ink)}.fill{fill:#3b4a63}
            .goal{stroke:var(--ink);stroke-width:2;stroke-dasharray:6 4}
            .goallabel{font-size:12px;text-anchor:middle;fill:var(--ink)}
            .small{font-size:11px;fill:var(--muted)}.end{text-anchor:end}.mid{text-anchor:middle}.start{text-anchor:start}
            .bar.pass{fill:#3b4a63}.bar.fail{fill:#d5dae3;stroke:var(--ink);stroke-dasharray:3 2}
            .value{font-size:12px;text-anchor:middle}.value.start{text-anchor:start}.label{font-size:13px;text-anchor:middle}
            .rowlabel{font-size:12px;text-anchor:end}.rowlabel.weakest,.value.weakest{font-weight:700}
            .hbar{fill:#8a96aa}.hbar.weakest{fill:#3b4a63}
            .grid{stroke:var(--line)}.dot{fill:var(--ink)}.line{fill:none;stroke:var(--ink);stroke-width:2}
            .value{paint-order:stroke;stroke:#fff;stroke-width:3px}
            table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{padding:3px 6px;border-bottom:1px solid var(--line);text-align:left}
            th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}
            footer{margin:2rem 0 1rem;color:var(--muted);font-size:.85rem}
            @page{size:A4;margin:14mm}
            @media print{body{margin:0;max-width:none}section{break-inside:avoid}.plans{break-inside:auto}\
            tr{break-inside:avoid}svg *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;
}
