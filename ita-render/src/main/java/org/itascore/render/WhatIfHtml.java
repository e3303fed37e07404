package org.itascore.render;

import org.itascore.Message;
import org.itascore.whatif.CombinedPlan;
import org.itascore.whatif.IndicatorChange;
import org.itascore.whatif.IndicatorNeed;
import org.itascore.whatif.InstrumentNeed;
import org.itascore.whatif.WhatIf;

/**
 * Renders what-if answers as a page to read and print: the target and where the total stands, the combined plans
 * (fewest points, fewest indicators) with the score each indicator needs, and what each indicator alone must score.
 * The same answers and words as {@link WhatIfText}, as HTML. Stateless and thread-safe.
 */
public final class WhatIfHtml {

    private WhatIfHtml() {
    }

    /**
     * {@return the page}
     *
     * @param w the answers
     * @param s the reader's language and digits
     */
    public static String render(WhatIf w, Style s) {
        StringBuilder h = new StringBuilder(8_192);
        String title = s.text(Message.of("text.whatIf")) + s.name(w.assessment().office());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(s.language().tag()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(HtmlReport.esc(title)).append("</title>\n<style>").append(Print.CSS).append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(HtmlReport.esc(s.text(Message.of("text.whatIf"))))
                .append("<bdi>").append(HtmlReport.esc(w.assessment().office())).append("</bdi></h1>\n<p class=\"meta\">")
                .append(HtmlReport.esc(s.text(Message.of("text.target5")) + w.target().describe() + " · "
                        + s.text(Message.of("text.total2")) + s.number(w.assessment().score()) + ", "
                        + (w.reached() ? s.text(Message.of("text.alreadyReached")) : s.text(Message.of("text.notReachedYet")))))
                .append("</p>\n</header>\n");
        if (!w.reached()) {
            h.append("<section>\n<p class=\"short\">").append(HtmlReport.esc(s.text(Message.of("text.totalShortTarget"))
                    + s.number(w.combined().shortBy()) + s.text(Message.of("text.points3")))).append("</p>\n");
            plan(h, w.combined(), s.text(Message.of("text.combinedFewestPoints")), s);
            if (!w.fewestIndicators().changes().equals(w.combined().changes())) {
                plan(h, w.fewestIndicators(), s.text(Message.of("text.combinedFewestIndicators")), s);
            }
            h.append("</section>\n");
        }
        h.append("<section>\n<table>\n<thead><tr><th>#</th><th>").append(HtmlReport.esc(s.text(Message.of("text.indicator3"))))
                .append("</th><th>").append(HtmlReport.esc(s.text(Message.of("text.leverage")))).append("</th><th>")
                .append(HtmlReport.esc(s.text(Message.of("text.now")))).append("</th><th>")
                .append(HtmlReport.esc(s.text(Message.of("text.needed")))).append("</th><th>")
                .append(HtmlReport.esc(s.text(Message.of("text.raise")))).append("</th></tr></thead>\n<tbody>\n");
        for (IndicatorNeed n : w.indicators()) {
            h.append("<tr><td class=\"num\">").append(s.number(n.indicator().number())).append("</td><td>")
                    .append(HtmlReport.esc(s.text(n.indicator().title()))).append("</td><td class=\"num\">")
                    .append(s.number(n.leverage().round(org.itascore.Score.DECIMALS, org.itascore.Score.ROUNDING)
                            .stripTrailingZeros().toPlainString()))
                    .append("</td><td class=\"num\">").append(s.number(n.current())).append("</td><td class=\"num\">")
                    .append(HtmlReport.esc(n.needed().map(s::number).orElse(s.text(Message.of("text.unreachable")))))
                    .append("</td><td class=\"num\">").append(n.raise().map(r -> "+" + s.number(Figures.twoDecimals(r))).orElse("-"))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (!w.instruments().isEmpty()) {
            h.append("<p>").append(HtmlReport.esc(s.text(Message.of("text.eachInstrumentNeedsLeast")))).append("</p>\n<ul>\n");
            for (InstrumentNeed n : w.instruments()) {
                h.append("<li>").append(n.instrument().name()).append(' ').append(s.number(n.current())).append(" &#8594; ")
                        .append(s.number(n.needed())).append(HtmlReport.esc(n.met() ? s.text(Message.of("text.met2")) : ""))
                        .append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<p class=\"note\">").append(HtmlReport.esc(s.text(Message.of("text.leverageNote")))).append("</p>\n</section>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    private static void plan(StringBuilder h, CombinedPlan plan, String title, Style s) {
        h.append("<h2>").append(HtmlReport.esc(title)).append("</h2>\n");
        if (!plan.reachable()) {
            h.append("<p>").append(HtmlReport.esc(s.text(Message.of("text.unreachableEven100Everywhere")))).append("</p>\n");
            return;
        }
        h.append("<p>").append(HtmlReport.esc(s.number(Figures.twoDecimals(plan.points())) + s.text(Message.of("text.pointsAll3"))))
                .append("</p>\n<ul class=\"plan\">\n");
        for (IndicatorChange c : plan.changes()) {
            h.append("<li>").append(s.number(c.indicator().number())).append(' ').append(HtmlReport.esc(s.text(c.indicator().title())))
                    .append(": ").append(s.number(c.now())).append(" &#8594; <strong>").append(s.number(c.needed()))
                    .append("</strong> (+").append(s.number(Figures.twoDecimals(c.raise()))).append(")</li>\n");
        }
        h.append("</ul>\n");
    }

    private static final String CSS = """
            h1{margin:0;font-size:1.5rem}h2{font-size:1.05rem;margin:3mm 0 1.5mm}
            .meta{color:var(--muted);margin:.2rem 0 0}.short{font-weight:700}
            .plan li{margin:.6mm 0}.note{color:var(--muted);font-size:.9em}
            """;
}
