package org.itascore.render;

import static org.itascore.render.HtmlReport.esc;

import org.itascore.render.Document.Block;
import org.itascore.render.Document.Item;
import org.itascore.render.Document.Row;

/**
 * Writes a {@link Document} as one self-contained HTML page made for A4 paper, as the other printable pages
 * ({@link Print}): tables may run onto the next page with their header row repeated, rows and charts are kept
 * whole, headings stay with what follows. Well-formed XHTML; every text escaped. Stateless and thread-safe.
 */
public final class DocumentHtml {

    private DocumentHtml() {
    }

    /**
     * {@return the document as a printable page}
     *
     * @param d the document
     */
    public static String render(Document d) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(d.language().tag()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>").append(esc(d.title()))
                .append("</title>\n<style>").append(Print.CSS).append(Charts.CSS).append(CSS).append("</style>\n</head>\n<body>\n");
        for (Block b : d.blocks()) {
            block(b, h);
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void block(Block block, StringBuilder h) {
        if (block instanceof Document.Title t) {
            h.append("<header class=\"title\">\n");
            if (!t.kicker().isEmpty()) {
                h.append("<p class=\"doc\">").append(esc(t.kicker())).append("</p>\n");
            }
            h.append("<h1><bdi>").append(esc(t.name())).append("</bdi></h1>\n");
            if (!t.meta().isEmpty()) {
                h.append("<p class=\"meta\">").append(esc(t.meta())).append("</p>\n");
            }
            h.append("</header>\n");
        } else if (block instanceof Document.Heading x) {
            // the page's h1 is the office, in the title block: a level-1 heading of the document is an h2
            h.append("<h").append(x.level() + 1).append('>').append(esc(x.text())).append("</h").append(x.level() + 1).append(">\n");
        } else if (block instanceof Document.Paragraph p) {
            String kind = p.emphasis() == Document.Emphasis.PLAIN ? "" : " class=\"" + p.emphasis().name().toLowerCase(java.util.Locale.ROOT) + "\"";
            h.append("<p").append(kind).append('>').append(esc(p.text())).append("</p>\n");
        } else if (block instanceof Document.Items list) {
            items(list, h);
        } else if (block instanceof Document.Table t) {
            table(t, h);
        } else if (block instanceof Document.Chart c) {
            h.append("<figure class=\"chart\">\n").append(c.svg()).append("</figure>\n");
        } else if (block instanceof Document.SignatureBlock sig) {
            h.append("<footer class=\"signature\">\n");
            sig.lines().forEach(line -> h.append("<p>").append(esc(line)).append("</p>\n"));
            h.append("</footer>\n");
        }
    }

    private static void items(Document.Items list, StringBuilder h) {
        h.append("<ul>\n");
        for (Item i : list.items()) {
            h.append("<li>");
            if (!i.lead().isEmpty()) {
                h.append("<strong>").append(esc(i.lead())).append("</strong>").append(i.text().isEmpty() ? "" : " ");
            }
            h.append(esc(i.text()));
            if (!i.children().isEmpty()) {
                h.append("\n<ul>\n");
                i.children().forEach(c -> h.append("<li><bdi>").append(esc(c)).append("</bdi></li>\n"));
                h.append("</ul>\n");
            }
            h.append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private static void table(Document.Table t, StringBuilder h) {
        // no column widths: a style attribute would break a strict Content-Security-Policy; the browser sizes them
        h.append("<table").append(t.compact() ? " class=\"compact\"" : "").append(">\n<thead><tr>");
        t.columns().forEach(c -> h.append("<th>").append(esc(c.header())).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (Row r : t.rows()) {
            h.append("<tr").append(r.strong() ? " class=\"strong\"" : "").append('>');
            for (int k = 0; k < r.cells().size(); k++) {
                h.append("<td").append(t.columns().get(k).numeric() ? " class=\"num\"" : "").append('>').append(esc(r.cells().get(k)))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static final String CSS = """
            .title{text-align:center;margin-bottom:4mm}.title .doc{font-weight:700;margin:0}.title h1{font-size:1.25rem;margin:1mm 0}
            .title .meta{margin:0;color:#333}
            h2{font-size:1.05rem;margin:4mm 0 2mm}h3{font-size:1rem;margin:3mm 0 1.5mm}h4{font-size:1rem;margin:2mm 0 1mm}
            p{margin:0 0 2mm}.strong{font-weight:700}.boxed{border:1.5px solid #000;padding:2mm 3mm}
            .result{font-size:1.6rem;font-weight:700}.note{color:var(--muted);font-size:.85em}
            table th{background:#eef0f3}table.compact{width:auto;min-width:50%}tr.strong td{font-weight:700}
            ul{margin:0 0 2mm 0;padding-left:6mm}.chart{margin:2mm 0 3mm}
            .signature{margin-top:10mm;margin-left:50%;text-align:center}.signature p{margin:0 0 1.5mm}
            """;
}
