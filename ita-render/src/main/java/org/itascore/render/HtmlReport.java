package org.itascore.render;

import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Locale;
import org.itascore.Finding;
import org.itascore.Grade;
import org.itascore.Message;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.assess.InstrumentResult;
import org.itascore.raw.PublishNext;
import org.itascore.raw.RawAssessment;

/**
 * Renders an assessment as one self-contained HTML page: no external asset, well-formed XHTML, made for A4
 * paper (one page for a report or an audit; {@link Print}). The office, year and edition (by its title on a
 * Thai page, which shows no code names); the total and grade as a badge; an inline SVG chart of the indicators
 * against the pass line, readable in black and white ({@link Charts}); the instrument scores; the indicators
 * below the pass mark; the findings (of an audit, or of raw data), each by its title; for raw data, the weakest
 * questions of each survey indicator and what to publish next.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * {@return one self-contained, printable HTML page of an assessment, its findings and what to publish next}
     *
     * @param a the assessment
     * @param findings the findings to list (an audit's, or the assessment's own)
     * @param publishNext the unpublished OIT items to list, largest gain first; empty for none
     * @param s the reader's language and digits
     */
    public static String render(Assessment a, List<Finding> findings, List<PublishNext> publishNext, Style s) {
        StringBuilder h = new StringBuilder(16_384);
        // the office's name is untrusted: plain-text escapes in the title, an isolated <bdi> in the page
        String title = s.text(Message.of("text.itaAssessment2")) + " - " + s.name(a.office()) + " " + s.number(a.fiscalYear());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(s.language().tag()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>").append(Print.CSS).append(Charts.CSS).append(CSS)
                .append("</style>\n</head>\n<body>\n");
        // a Thai page shows no code names: the edition by its title, whose digits follow the reader's
        h.append("<header>\n<h1><bdi>").append(esc(a.office())).append("</bdi></h1>\n<p class=\"meta\">")
                .append(esc(s.text(Message.of("text.fiscalYear3")))).append(s.number(a.fiscalYear())).append(" &#183; ")
                .append(esc(s.number(s.text(a.edition().title()))))
                .append(s.language() == org.itascore.Language.THAI ? "" : " &#183; " + esc(a.edition().id())).append("</p>\n");
        AssessmentText.assumedRules(a).ifPresent(note -> h.append("<p class=\"assumed\">").append(esc(s.text(Message.of("text.note"))))
                .append(": ").append(esc(s.number(s.text(note)))).append("</p>\n"));
        h.append("</header>\n");

        h.append("<section class=\"summary\">\n<div class=\"badge ").append(gradeClass(a.grade())).append("\">")
                .append("<span class=\"total\">").append(s.number(a.score())).append("</span>")
                .append("<span class=\"grade\">").append(a.grade().name()).append("</span></div>\n<div>\n<p class=\"verdict\">")
                .append(esc(s.text(a.grade().meaning()))).append(", ")
                .append(esc(a.passed() ? s.text(Message.of("text.passed4")) : s.text(Message.of("text.notPassed2"))))
                .append(esc(s.text(Message.of("text.passMark2")))).append(s.number(a.edition().passMark())).append(")");
        a.verdict().ifPresent(v -> h.append("<br/>").append(esc(s.text(Message.of("text.verdict2")))).append(esc(s.text(v.title()))));
        h.append("</p>\n<table class=\"instruments\">\n<thead><tr><th>").append(esc(s.text(Message.of("text.instrument"))))
                .append("</th><th>").append(esc(s.text(Message.of("text.weight2")))).append("</th><th>").append(esc(s.text(Message.of("text.score"))))
                .append("</th></tr></thead>\n<tbody>\n");
        for (InstrumentResult i : a.instruments()) {
            h.append("<tr><td title=\"").append(esc(s.text(i.instrument().title()))).append("\">").append(i.instrument().name())
                    .append("</td><td class=\"num\">").append(s.number(i.weight())).append("</td><td class=\"num\">")
                    .append(s.number(i.score())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n</section>\n");

        h.append("<section>\n<h2>").append(esc(s.text(Message.of("text.indicators")))).append("</h2>\n<figure class=\"chart\">\n");
        Charts.indicators(a, s, 110, h);
        h.append("</figure>\n");
        h.append("<table class=\"indicators\">\n<thead><tr><th>#</th><th>").append(esc(s.text(Message.of("text.indicator3"))))
                .append("</th><th>").append(esc(s.text(Message.of("text.score")))).append("</th><th>").append(esc(s.text(Message.of("text.grade"))))
                .append("</th><th>").append(esc(s.text(Message.of("text.pass3")))).append("</th><th>").append(esc(s.text(Message.of("text.rank2"))))
                .append("</th></tr></thead>\n<tbody>\n");
        for (IndicatorResult r : a.indicators()) {
            h.append("<tr><td class=\"num\">").append(s.number(r.indicator().number())).append("</td><td>")
                    .append(esc(s.text(r.indicator().title()))).append("</td><td class=\"num\">").append(s.number(r.score()))
                    .append("</td><td><span class=\"chip ").append(gradeClass(r.grade())).append("\">").append(r.grade().name())
                    .append("</span></td><td>").append(esc(s.yesNo(r.passed()))).append("</td><td class=\"num\">")
                    .append(s.number(r.rank())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");

        h.append("<section class=\"below\">\n<h2>").append(esc(s.text(Message.of("text.belowPassMark3")))).append("</h2>\n");
        if (a.belowPassMark().isEmpty()) {
            h.append("<p>").append(esc(s.text(Message.of("text.everyIndicatorReachesPass")))).append("</p>\n");
        } else {
            // the indicator's own number is the only numbering: a plain list, lowest first
            h.append("<ul class=\"below\">\n");
            a.belowPassMark().forEach(i -> h.append("<li>").append(esc(s.text(Message.of("text.indicator4")))).append(s.number(i.number()))
                    .append(' ').append(esc(s.text(i.title()))).append(": ").append(s.number(a.indicator(i).score())).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</section>\n");

        if (!findings.isEmpty()) {
            h.append("<section class=\"findings\">\n<h2>").append(esc(s.text(Message.of("text.findings")))).append("</h2>\n<ul>\n");
            for (Finding f : findings) {
                h.append("<li><strong>").append(esc(s.text(f.kind().title()))).append("</strong>: ")
                        .append(esc(s.number(s.text(f.message())))).append("</li>\n");
            }
            h.append("</ul>\n</section>\n");
        }
        if (!publishNext.isEmpty()) {
            h.append("<section class=\"publish\">\n<h2>").append(esc(s.text(Message.of("text.whatPublishNext"))))
                    .append("</h2>\n<table>\n<thead><tr><th>").append(esc(s.text(Message.of("text.item")))).append("</th><th>")
                    .append(esc(s.text(Message.of("text.title")))).append("</th><th>").append(esc(s.text(Message.of("text.totalGains"))))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (PublishNext n : publishNext) {
                h.append("<tr><td>").append(esc(n.item().id())).append("</td><td>").append(esc(s.text(n.item().title())))
                        .append("</td><td class=\"num\">+").append(s.number(n.overallGain())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n</section>\n");
        }
        h.append("<footer>").append(esc(s.text(Message.of("text.computedItaExactArithmetic"))))
                .append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * {@return one self-contained, printable HTML page of an assessment from raw data}
     *
     * @param raw the assessment and its diagnostics
     * @param s the reader's language and digits
     */
    public static String render(RawAssessment raw, Style s) {
        String page = render(raw.assessment(), raw.assessment().findings(), raw.publishNext(), s);
        StringBuilder weakest = new StringBuilder("<section class=\"weakest\">\n<h2>")
                .append(esc(s.text(Message.of("text.weakestQuestionsEachSurvey"))))
                .append("</h2>\n<table>\n<thead><tr><th>").append(esc(s.text(Message.of("text.indicator3")))).append("</th><th>")
                .append(esc(s.text(Message.of("text.lowestQuestionsScore")))).append("</th></tr></thead>\n<tbody>\n");
        raw.questions().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> weakest.append("<tr><td>")
                .append(s.number(e.getKey().number())).append(' ').append(esc(s.text(e.getKey().title()))).append("</td><td>")
                .append(esc(e.getValue().stream().limit(RawText.QUESTIONS_SHOWN).map(q -> q.question().id() + " " + s.number(q.score()))
                        .collect(java.util.stream.Collectors.joining(", ")))).append("</td></tr>\n"));
        weakest.append("</tbody>\n</table>\n</section>\n");
        int at = page.indexOf("<section class=\"below\">");
        return page.substring(0, at) + weakest + page.substring(at);
    }

    private static String gradeClass(Grade g) {
        return "g-" + g.name().toLowerCase(Locale.ROOT);
    }

    static String esc(String text) {
        return HtmlEscapers.htmlEscaper().escape(text);
    }

    private static final String CSS = """
            h1{margin:0;font-size:1.5rem}h2{font-size:1.05rem;margin:3mm 0 1.5mm}
            .meta{color:var(--muted);margin:.2rem 0 0}
            .summary{display:flex;gap:6mm;align-items:center;margin-top:3mm}.summary>div{flex:1}
            .badge{display:flex;flex-direction:column;align-items:center;justify-content:center;min-width:34mm;\
            padding:3mm 4mm;border-radius:3mm;color:#fff;border:2px solid #000}
            .badge .total{font-size:2rem;font-weight:700}.badge .grade{font-size:1.3rem;font-weight:600}
            .verdict{margin:0 0 2mm}
            .chip{display:inline-block;min-width:2.2em;text-align:center;border-radius:1.5mm;color:#fff;padding:0 1mm}
            .g-aa{background:#1b7f3b}.g-a{background:#2e7d32}.g-b{background:#8a6d00}
            .g-c{background:#b34700}.g-d{background:#a3300f}.g-e{background:#8e1616}.g-f{background:#5a1010}
            ul.below{margin:0;padding-left:6mm}.findings li{margin:.8mm 0}
            footer{margin:3mm 0 0;color:var(--muted);font-size:.85em}
            """;

}
