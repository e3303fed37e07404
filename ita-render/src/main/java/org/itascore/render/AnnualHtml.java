package org.itascore.render;

import static org.itascore.render.HtmlReport.esc;

import java.time.LocalDate;
import org.itascore.Grade;
import org.itascore.Message;
import org.itascore.annual.AnnualAnalysis;
import org.itascore.annual.Signature;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.edition.GradeBand;
import org.itascore.history.History;
import org.itascore.history.HistoryEntry;
import org.itascore.history.HistoryStep;
import org.itascore.plan.Activity;

/**
 * The office's annual ITA analysis as one self-contained HTML page made for A4 paper: a title block (office,
 * fiscal year, date), sections 4 and 5 of the yearly document with their tables and two charts, and a
 * signature block for the director. It prints to two pages at most from any browser ({@code @page} A4,
 * breaks kept out of tables and charts), in black and white as well as in colour. The page is well-formed XML.
 * Stateless and thread-safe.
 */
public final class AnnualHtml {

    private AnnualHtml() {
    }

    /**
     * {@return the page}
     *
     * @param a the analysis
     * @param date the date the document is dated
     * @param s the reader's language and digits
     */
    public static String render(AnnualAnalysis a, LocalDate date, Style s) {
        return render(a, date, Signature.UNNAMED, s);
    }

    /**
     * {@return the page, signed by a named signer}
     *
     * @param a the analysis
     * @param date the date the document is dated, and the date line under the signature
     * @param signature who signs: the name in parentheses and the position, or a line to sign on and the director
     * @param s the reader's language and digits
     */
    public static String render(AnnualAnalysis a, LocalDate date, Signature signature, Style s) {
        Assessment x = a.assessment();
        StringBuilder h = new StringBuilder(24_576);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(s.language().tag()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(esc(AnnualWords.title(a, s) + " - " + s.name(x.office()))).append("</title>\n<style>").append(Print.CSS)
                .append(Charts.CSS).append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header class=\"title\">\n<p class=\"doc\">").append(esc(AnnualWords.title(a, s))).append("</p>\n<h1><bdi>")
                .append(esc(x.office())).append("</bdi></h1>\n<p class=\"meta\">").append(esc(AnnualWords.dated(date, s)))
                .append("</p>\n</header>\n");

        h.append("<h2>").append(esc(AnnualWords.resultsHeading(a, s))).append("</h2>\n");
        int n = 1;
        if (a.average().isPresent()) {
            h.append("<p><span class=\"n\">").append(s.number(n++)).append(".</span> ").append(esc(AnnualWords.averageSentence(a, s)))
                    .append("</p>\n");
        }
        h.append("<h3>").append(s.number(n++)).append(". ").append(esc(AnnualWords.officeHeading(a, s))).append("</h3>\n<p>")
                .append(esc(AnnualWords.officeSentence(a, s))).append("</p>\n");
        a.totalCorrection().ifPresent(f -> h.append("<p class=\"correction\">").append(esc(AnnualWords.correction(a, f, s)))
                .append("</p>\n"));
        if (a.history().isPresent()) {
            h.append("<section>\n<h3>").append(s.number(n++)).append(". ").append(esc(AnnualWords.historyHeading(a, s)))
                    .append("</h3>\n");
            history(a.history().get(), s, h);
            h.append("<figure class=\"chart\">\n");
            Charts.history(a.history().get(), s, 80, h);
            h.append("</figure>\n</section>\n");
        }
        h.append("<section>\n<h3>").append(s.number(n)).append(". ").append(esc(AnnualWords.indicatorsHeading(s)))
                .append("</h3>\n<p>").append(esc(AnnualWords.indicatorsSentence(a, s))).append("</p>\n");
        indicators(x, s, h);
        h.append("<figure class=\"chart\">\n");
        Charts.indicators(x, s, 110, h);
        h.append("</figure>\n</section>\n<section class=\"keep\">\n<p class=\"legend-title\">")
                .append(esc(AnnualWords.legendHeading(s))).append("</p>\n");
        legend(x, s, h);
        h.append("</section>\n");

        h.append("<section class=\"improve\">\n<h2>").append(esc(AnnualWords.improveHeading(s))).append("</h2>\n<p>")
                .append(esc(AnnualWords.improveSentence(a, s))).append("</p>\n");
        if (!a.toImprove().isEmpty()) {
            h.append("<ul class=\"improve\">\n");
            for (IndicatorResult r : a.toImprove()) {
                h.append("<li><strong>").append(esc(AnnualWords.indicatorName(r, s))).append("</strong> (").append(s.number(r.score()))
                        .append(')'); // the page gives the score, which the table above it also has
                if (!a.measures(r.indicator()).isEmpty()) {
                    h.append("\n<ul>\n");
                    for (Activity activity : a.measures(r.indicator())) {
                        h.append("<li><bdi>").append(esc(s.number(activity.name()))).append("</bdi> (<bdi>")
                                .append(esc(activity.responsible())).append("</bdi>)</li>\n");
                    }
                    h.append("</ul>\n");
                } else if (a.plan().isPresent()) {
                    h.append(" - ").append(esc(s.text(Message.of("text.planNoActivityIndicator"))));
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n<footer class=\"signature\">\n");
        for (String line : AnnualWords.signature(a, signature, date, s).split("\n")) {
            h.append("<p>").append(esc(line.strip())).append("</p>\n");
        }
        h.append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void history(History history, Style s, StringBuilder h) {
        h.append("<table class=\"history\">\n<thead><tr><th>").append(esc(s.text(Message.of("text.fiscalYearBE"))))
                .append("</th><th>").append(esc(s.text(Message.of("text.itaScore")))).append("</th><th>").append(esc(s.text(Message.of("text.grade"))))
                .append("</th><th>").append(esc(s.text(Message.of("text.difference")))).append("</th><th>")
                .append(esc(s.text(Message.of("text.trend")))).append("</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < history.entries().size(); i++) {
            HistoryEntry e = history.entries().get(i);
            HistoryStep step = i == 0 ? null : history.steps().get(i - 1);
            h.append("<tr><td>").append(s.number(e.fiscalYear())).append("</td><td class=\"num\">").append(s.number(e.score()))
                    .append("</td><td>").append(e.grade().map(Grade::name).orElse("")).append("</td><td class=\"num\">")
                    .append(step == null ? "" : s.number(step.signedDifference())).append("</td><td>")
                    .append(step == null ? "" : esc(s.text(step.trend().word()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void indicators(Assessment x, Style s, StringBuilder h) {
        h.append("<table class=\"indicators\">\n<thead><tr><th>").append(esc(s.text(Message.of("text.rank")))).append("</th><th>")
                .append(esc(s.text(Message.of("text.indicator2")))).append("</th><th>").append(esc(s.text(Message.of("text.subject"))))
                .append("</th><th>").append(esc(s.text(Message.of("text.score")))).append("</th><th>").append(esc(s.text(Message.of("text.grade"))))
                .append("</th><th>").append(esc(s.text(Message.of("text.note")))).append("</th></tr></thead>\n<tbody>\n");
        for (IndicatorResult r : x.indicators()) {
            h.append("<tr").append(r.passed() ? "" : " class=\"below\"").append("><td class=\"num\">").append(s.number(r.rank()))
                    .append("</td><td class=\"num\">").append(s.number(r.indicator().number())).append("</td><td>")
                    .append(esc(s.text(r.indicator().title()))).append("</td><td class=\"num\">").append(s.number(r.score()))
                    .append("</td><td>").append(r.grade().name()).append("</td><td>")
                    .append(r.passed() ? "" : esc(s.text(Message.of("text.belowPassMark")))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void legend(Assessment x, Style s, StringBuilder h) {
        h.append("<table class=\"legend\">\n<thead><tr><th>").append(esc(s.text(Message.of("text.grade")))).append("</th><th>")
                .append(esc(s.text(Message.of("text.meaning")))).append("</th><th>").append(esc(s.text(Message.of("text.score")))).append("</th><th>")
                .append(esc(s.text(Message.of("text.note")))).append("</th></tr></thead>\n<tbody>\n");
        for (GradeBand b : AnnualWords.bandsHighFirst(x)) {
            h.append("<tr><td>").append(b.grade().name()).append("</td><td>").append(esc(b.grade().meaning().english()))
                    .append("</td><td class=\"num\">").append(AnnualWords.range(b, s)).append("</td><td>")
                    .append(esc(s.yesNo(x.edition().passes(b.grade())))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static final String CSS = """
            .title{text-align:center;margin-bottom:4mm}.title .doc{font-weight:700;margin:0}.title h1{font-size:1.25rem;margin:1mm 0}
            .title .meta{margin:0;color:#333}
            h2{font-size:1.05rem;margin:4mm 0 2mm}h3{font-size:1rem;margin:3mm 0 1.5mm}p{margin:0 0 2mm;text-indent:0}
            .n{font-weight:700}.correction{border:1.5px solid #000;padding:2mm 3mm}
            table.history{width:auto;min-width:60%}table th{background:#eef0f3}
            table.legend{width:auto;min-width:50%;font-size:.9em}
            tr.below td{font-weight:700}
            .chart{margin:2mm 0 3mm}.legend-title{font-weight:700;margin-top:2mm}
            ul.improve{margin:0 0 2mm 0;padding-left:6mm}
            .signature{margin-top:10mm;margin-left:50%;text-align:center}.signature p{margin:0 0 1.5mm}
            """;
}
