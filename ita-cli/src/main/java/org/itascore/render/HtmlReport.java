package org.itascore.render;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Locale;
import org.itascore.Finding;
import org.itascore.Grade;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.assess.InstrumentResult;
import org.itascore.raw.PublishNext;
import org.itascore.raw.RawAssessment;

/**
 * Renders an assessment as one self-contained HTML page: no external asset, printable, well-formed XHTML.
 * The office, year and edition; the total and grade as a badge; an inline SVG bar chart of the indicators
 * coloured by grade with the pass line; the instrument scores; the indicators below the pass mark; and the
 * findings (of an audit, or of raw data) and what to publish next when there are any.
 */
public final class HtmlReport {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 320;
    private static final int LEFT = 48;
    private static final int TOP = 24;
    private static final int PLOT_HEIGHT = 240;
    /** The right end of the plot; the pass line's label sits beyond it, clear of the bars. */
    private static final int RIGHT = WIDTH - 84;

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
        String title = s.text("ITA assessment", "ผลการประเมิน ITA") + " - " + s.name(a.office()) + " " + s.number(a.fiscalYear());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(s.language().tag()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1><bdi>").append(esc(a.office())).append("</bdi></h1>\n<p class=\"meta\">")
                .append(esc(s.text("Fiscal year ", "ปีงบประมาณ พ.ศ. "))).append(s.number(a.fiscalYear())).append(" &#183; ")
                .append(esc(a.edition().id())).append(" &#183; ").append(esc(s.text(a.edition().title()))).append("</p>\n</header>\n");

        h.append("<section class=\"summary\">\n<div class=\"badge ").append(gradeClass(a.grade())).append("\">")
                .append("<span class=\"total\">").append(s.number(a.score())).append("</span>")
                .append("<span class=\"grade\">").append(a.grade().name()).append("</span></div>\n<div>\n<p class=\"verdict\">")
                .append(esc(s.text(a.grade().meaning()))).append(", ")
                .append(esc(a.passed() ? s.text("passed", "ผ่านเกณฑ์") : s.text("not passed", "ไม่ผ่านเกณฑ์")))
                .append(esc(s.text(" (pass mark ", " (เกณฑ์ผ่าน "))).append(s.number(a.edition().passMark())).append(")");
        a.verdict().ifPresent(v -> h.append("<br/>").append(esc(s.text("Verdict: ", "ผลการประเมิน: "))).append(esc(s.text(v.title()))));
        h.append("</p>\n<table class=\"instruments\">\n<thead><tr><th>").append(esc(s.text("Instrument", "เครื่องมือ")))
                .append("</th><th>").append(esc(s.text("Weight", "น้ำหนัก"))).append("</th><th>").append(esc(s.text("Score", "คะแนน")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (InstrumentResult i : a.instruments()) {
            h.append("<tr><td title=\"").append(esc(s.text(i.instrument().title()))).append("\">").append(i.instrument().name())
                    .append("</td><td class=\"num\">").append(s.number(i.weight())).append("</td><td class=\"num\">")
                    .append(s.number(i.score())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n</section>\n");

        h.append("<section class=\"chart\">\n<h2>").append(esc(s.text("Indicators", "ตัวชี้วัด"))).append("</h2>\n");
        chart(a, s, h);
        h.append("<table class=\"indicators\">\n<thead><tr><th>#</th><th>").append(esc(s.text("Indicator", "ตัวชี้วัด")))
                .append("</th><th>").append(esc(s.text("Score", "คะแนน"))).append("</th><th>").append(esc(s.text("Grade", "ระดับ")))
                .append("</th><th>").append(esc(s.text("Pass", "ผลผ่าน"))).append("</th><th>").append(esc(s.text("Rank", "ลำดับ")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (IndicatorResult r : a.indicators()) {
            h.append("<tr><td class=\"num\">").append(s.number(r.indicator().number())).append("</td><td>")
                    .append(esc(s.text(r.indicator().title()))).append("</td><td class=\"num\">").append(s.number(r.score()))
                    .append("</td><td><span class=\"chip ").append(gradeClass(r.grade())).append("\">").append(r.grade().name())
                    .append("</span></td><td>").append(esc(s.yesNo(r.passed()))).append("</td><td class=\"num\">")
                    .append(s.number(r.rank())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");

        h.append("<section class=\"below\">\n<h2>").append(esc(s.text("Below the pass mark", "ตัวชี้วัดที่ต่ำกว่าเกณฑ์"))).append("</h2>\n");
        if (a.belowPassMark().isEmpty()) {
            h.append("<p>").append(esc(s.text("Every indicator reaches the pass mark.", "ทุกตัวชี้วัดผ่านเกณฑ์"))).append("</p>\n");
        } else {
            h.append("<ol>\n");
            a.belowPassMark().forEach(i -> h.append("<li>").append(s.number(i.number())).append(' ')
                    .append(esc(s.text(i.title()))).append(": ").append(s.number(a.indicator(i).score())).append("</li>\n"));
            h.append("</ol>\n");
        }
        h.append("</section>\n");

        if (!findings.isEmpty()) {
            h.append("<section class=\"findings\">\n<h2>").append(esc(s.text("Findings", "ข้อสังเกต"))).append("</h2>\n<ul>\n");
            for (Finding f : findings) {
                h.append("<li><strong>").append(f.kind().name()).append("</strong> ").append(esc(s.number(s.text(f.message())))).append("</li>\n");
            }
            h.append("</ul>\n</section>\n");
        }
        if (!publishNext.isEmpty()) {
            h.append("<section class=\"publish\">\n<h2>").append(esc(s.text("What to publish next", "ข้อมูลที่ควรเปิดเผยเป็นลำดับถัดไป")))
                    .append("</h2>\n<table>\n<thead><tr><th>").append(esc(s.text("Item", "รายการ"))).append("</th><th>")
                    .append(esc(s.text("Title", "ชื่อรายการ"))).append("</th><th>").append(esc(s.text("Total gains", "คะแนนรวมเพิ่มขึ้น")))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (PublishNext n : publishNext) {
                h.append("<tr><td>").append(esc(n.item().id())).append("</td><td>").append(esc(s.text(n.item().title())))
                        .append("</td><td class=\"num\">+").append(s.number(n.overallGain())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n</section>\n");
        }
        h.append("<footer>").append(esc(s.text(
                "Computed by ita with exact arithmetic; every score is rounded half up to two decimals once, where it is shown.",
                "คำนวณโดย ita ด้วยเลขคณิตแบบแม่นยำ ทุกคะแนนปัดเศษครึ่งขึ้นเป็นทศนิยมสองตำแหน่งเพียงครั้งเดียว ณ จุดที่แสดงผล")))
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
        return render(raw.assessment(), raw.assessment().findings(), raw.publishNext(), s);
    }

    private static void chart(Assessment a, Style s, StringBuilder h) {
        List<IndicatorResult> results = a.indicators();
        int slot = (RIGHT - LEFT) / Math.max(1, results.size());
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bars\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(esc(s.text("Indicator scores", "คะแนนรายตัวชี้วัด"))).append("\">\n");
        for (int tick = 0; tick <= 100; tick += 20) {
            double y = y(tick);
            h.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\"/><text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"")
                    .append(fmt(y + 4)).append("\">").append(s.number(tick)).append("</text>\n");
        }
        for (int k = 0; k < results.size(); k++) {
            IndicatorResult r = results.get(k);
            double value = r.score().officialDecimal().doubleValue(); // display only: the bar's height, never a grade
            double x = LEFT + k * slot + slot * 0.15;
            double w = slot * 0.7;
            h.append("<rect class=\"bar ").append(gradeClass(r.grade())).append("\" x=\"").append(fmt(x)).append("\" y=\"")
                    .append(fmt(y(value))).append("\" width=\"").append(fmt(w)).append("\" height=\"").append(fmt(y(0) - y(value)))
                    .append("\"><title>").append(esc(s.number(r.indicator().number()) + " " + s.text(r.indicator().title()) + ": "
                            + s.number(r.score()) + " (" + r.grade().name() + ")"))
                    .append("</title></rect>\n<text class=\"value\" x=\"").append(fmt(x + w / 2)).append("\" y=\"")
                    .append(fmt(y(value) - 4)).append("\">").append(s.number(r.score())).append("</text>\n")
                    .append("<text class=\"label\" x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(fmt(y(0) + 16)).append("\">")
                    .append(s.number(r.indicator().number())).append("</text>\n");
        }
        double pass = y(a.edition().passMark().officialDecimal().doubleValue());
        h.append("<line class=\"pass\" x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT).append("\" y1=\"").append(fmt(pass))
                .append("\" y2=\"").append(fmt(pass)).append("\"/><text class=\"passlabel\" x=\"").append(RIGHT + 6).append("\" y=\"")
                .append(fmt(pass + 4)).append("\">").append(esc(s.text("pass ", "เกณฑ์ ") + s.number(a.edition().passMark())))
                .append("</text>\n</svg>\n");
    }

    private static double y(double score) {
        return TOP + PLOT_HEIGHT * (1 - score / 100);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String gradeClass(Grade g) {
        return "g-" + g.name().toLowerCase(Locale.ROOT);
    }

    static String esc(String text) {
        return HtmlEscapers.htmlEscaper().escape(text);
    }

    private static final String CSS = """
            :root{--ink:#1d2433;--muted:#5b6475;--line:#d9dde5}
            *{box-sizing:border-box}
            body{font-family:"Noto Sans Thai","Sarabun","Leelawadee UI","Tahoma",system-ui,sans-serif;color:var(--ink);\
            max-width:880px;margin:24px auto;padding:0 20px;line-height:1.5}
            h1{margin:0;font-size:1.7rem}h2{font-size:1.15rem;margin:1.6rem 0 .6rem}
            .meta{color:var(--muted);margin:.2rem 0 0}
            .summary{display:flex;gap:28px;align-items:center;margin-top:20px}
            .badge{display:flex;flex-direction:column;align-items:center;justify-content:center;min-width:150px;\
            padding:14px 18px;border-radius:14px;color:#fff}
            .badge .total{font-size:2.3rem;font-weight:700}.badge .grade{font-size:1.4rem;font-weight:600}
            table{border-collapse:collapse;width:100%}th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            .chip{display:inline-block;min-width:2.2em;text-align:center;border-radius:6px;color:#fff;padding:0 4px}
            .bars{width:100%;height:auto}.grid{stroke:var(--line)}.axis{font-size:11px;text-anchor:end;fill:var(--muted)}
            .value{font-size:11px;text-anchor:middle}.label{font-size:12px;text-anchor:middle;fill:var(--muted)}
            .pass{stroke:#c62828;stroke-width:2;stroke-dasharray:6 4}.passlabel{font-size:12px;text-anchor:start;fill:#c62828}
            .g-aa{background:#1b7f3b;fill:#1b7f3b}.g-a{background:#43a047;fill:#43a047}.g-b{background:#c99700;fill:#e0a800}
            .g-c{background:#ef6c00;fill:#ef6c00}.g-d{background:#d84315;fill:#d84315}.g-e{background:#b71c1c;fill:#b71c1c}
            .g-f{background:#6d1414;fill:#6d1414}
            .findings li{margin:.3rem 0}
            footer{margin:2rem 0 1rem;color:var(--muted);font-size:.85rem}
            @media print{body{margin:0;max-width:none}.summary{break-inside:avoid}section{break-inside:avoid}\
            .badge,.chip,.bar{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;
}
