package org.itascore.render;

import java.util.List;
import java.util.Locale;
import org.itascore.Message;
import org.itascore.Score;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.history.History;
import org.itascore.history.HistoryEntry;

/**
 * The inline SVG charts of the printable pages: the indicators against the pass mark, and the score over the
 * years. Made to print in black and white: bars that pass are grey, bars below the mark hatched, the pass mark
 * a dashed line labelled outside the plot, every value written in black with a white halo. A value's label
 * never crosses the pass line: it stands above its bar unless it would touch the line, and then inside it.
 * Positions are display only, computed in {@code double} from the two-decimal scores; no grade depends on them.
 */
final class Charts {

    private Charts() {
    }

    static final int WIDTH = 680;
    static final int LEFT = 40;
    static final int RIGHT = WIDTH - 70;
    static final int TOP = 14;
    /** The space under the plot, for the labels of its bars and points. */
    static final int UNDER = 22;
    static final double LABEL = 10;

    /** The patterns and styles the charts use, once per page. */
    static final String CSS = """
            .chart svg{width:100%;height:auto;display:block}
            .chart .grid{stroke:#d0d4db;stroke-width:1}.chart .axis{font-size:10px;text-anchor:end;fill:#333}
            .chart .bar{fill:#b9bec7;stroke:#333;stroke-width:1}.chart .bar.below{fill:url(#hatch)}
            .chart .value{font-size:10.5px;text-anchor:middle;fill:#000;paint-order:stroke;stroke:#fff;stroke-width:3px;\
            stroke-linejoin:round}
            .chart .label{font-size:10.5px;text-anchor:middle;fill:#333}
            .chart .pass{stroke:#000;stroke-width:1.5;stroke-dasharray:6 4}.chart .passlabel{font-size:10.5px;fill:#000}
            .chart .line{fill:none;stroke:#000;stroke-width:2}.chart .dot{fill:#fff;stroke:#000;stroke-width:2}
            """;

    private static final String HATCH = "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" "
            + "stroke=\"#555\" stroke-width=\"2\"/></pattern></defs>\n";

    /**
     * Writes the indicators' bars against the pass mark.
     *
     * @param a the assessment
     * @param s the reader's language and digits
     * @param height the plot's height in px
     * @param h where to write
     */
    static void indicators(Assessment a, Style s, int height, StringBuilder h) {
        List<IndicatorResult> results = a.indicators();
        double slot = (RIGHT - LEFT) / (double) Math.max(1, results.size());
        Plot p = new Plot(height);
        open(h, p, s.text(Message.of("text.indicatorScoresAgainstPass")));
        h.append(HATCH);
        p.grid(s, h);
        double pass = p.y(a.edition().passMark());
        for (int k = 0; k < results.size(); k++) {
            IndicatorResult r = results.get(k);
            double top = p.y(r.score());
            double x = LEFT + k * slot + slot * 0.18;
            double w = slot * 0.64;
            h.append("<rect class=\"bar").append(r.passed() ? "" : " below").append("\" x=\"").append(fmt(x)).append("\" y=\"")
                    .append(fmt(top)).append("\" width=\"").append(fmt(w)).append("\" height=\"").append(fmt(p.bottom() - top))
                    .append("\"/>\n<text class=\"value\" x=\"").append(fmt(x + w / 2)).append("\" y=\"")
                    .append(fmt(labelY(top, pass, p.bottom()))).append("\">").append(s.number(r.score())).append("</text>\n")
                    .append("<text class=\"label\" x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(fmt(p.bottom() + 14))
                    .append("\">").append(s.number(r.indicator().number())).append("</text>\n");
        }
        passLine(a.edition().passMark(), pass, s, h);
        h.append("</svg>\n");
    }

    /**
     * {@return the baseline of a bar's value label: above the bar, unless its box would touch the pass line;
     * then inside the bar, below its top}
     *
     * @param top the bar's top
     * @param pass the pass line's y
     * @param bottom the plot's bottom
     */
    static double labelY(double top, double pass, double bottom) {
        double above = top - 4;
        if (!touches(above, pass)) {
            return above;
        }
        double inside = top + LABEL + 3;
        return touches(inside, pass) || inside > bottom - 2 ? pass - 4 : inside;
    }

    /** {@return whether a label with this baseline (its box LABEL high, 2 below) touches the line at y, with a margin} */
    static boolean touches(double baseline, double lineY) {
        return lineY >= baseline - LABEL - 2 && lineY <= baseline + 4;
    }

    /**
     * Writes the office's score over the years, against the pass mark.
     *
     * @param history the history
     * @param s the reader's language and digits
     * @param height the plot's height in px
     * @param h where to write
     */
    static void history(History history, Style s, int height, StringBuilder h) {
        List<HistoryEntry> entries = history.entries();
        double slot = (RIGHT - LEFT) / (double) Math.max(1, entries.size());
        Plot p = new Plot(height);
        open(h, p, s.text(Message.of("text.scoreOverYears")));
        p.grid(s, h);
        double pass = p.y(history.passMark());
        StringBuilder points = new StringBuilder();
        for (int k = 0; k < entries.size(); k++) {
            points.append(k == 0 ? "" : " ").append(fmt(LEFT + slot * (k + 0.5))).append(',').append(fmt(p.y(entries.get(k).score())));
        }
        h.append("<polyline class=\"line\" points=\"").append(points).append("\"/>\n");
        for (int k = 0; k < entries.size(); k++) {
            HistoryEntry e = entries.get(k);
            double x = LEFT + slot * (k + 0.5);
            double y = p.y(e.score());
            double label = touches(y - 8, pass) ? y + LABEL + 10 : y - 8;
            h.append("<circle class=\"dot\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\"/>\n")
                    .append("<text class=\"value\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(label)).append("\">")
                    .append(s.number(e.score())).append("</text>\n<text class=\"label\" x=\"").append(fmt(x)).append("\" y=\"")
                    .append(fmt(p.bottom() + 14)).append("\">").append(s.number(e.fiscalYear())).append("</text>\n");
        }
        passLine(history.passMark(), pass, s, h);
        h.append("</svg>\n");
    }

    private static void open(StringBuilder h, Plot p, String label) {
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(p.height + TOP + UNDER)
                .append("\" role=\"img\" aria-label=\"").append(HtmlReport.esc(label)).append("\">\n");
    }

    private static void passLine(Score passMark, double y, Style s, StringBuilder h) {
        h.append("<line class=\"pass\" x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT).append("\" y1=\"").append(fmt(y))
                .append("\" y2=\"").append(fmt(y)).append("\"/>\n<text class=\"passlabel\" x=\"").append(RIGHT + 6).append("\" y=\"")
                .append(fmt(y + 4)).append("\">").append(HtmlReport.esc(s.text(Message.of("text.pass2")) + s.number(passMark))).append("</text>\n");
    }

    /** A plot of scores from 0 (its bottom) to 100 (its top). */
    record Plot(int height) {
        double y(Score score) {
            return y(score.officialDecimal().doubleValue()); // display only
        }

        double y(double score) {
            return TOP + height * (1 - score / 100);
        }

        double bottom() {
            return y(0);
        }

        void grid(Style s, StringBuilder h) {
            for (int tick = 0; tick <= 100; tick += 20) {
                double y = y(tick);
                h.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT).append("\" y1=\"").append(fmt(y))
                        .append("\" y2=\"").append(fmt(y)).append("\"/><text class=\"axis\" x=\"").append(LEFT - 5).append("\" y=\"")
                        .append(fmt(y + 3.5)).append("\">").append(s.number(tick)).append("</text>\n");
            }
        }
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
