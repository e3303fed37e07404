package org.itascore.render;

/**
 * What every printable page shares: A4 paper with its margins, a Thai-capable font stack, tables that run onto the
 * next page with their header row repeated and rows kept whole, charts kept whole, headings kept with what follows,
 * colours printed as they are.
 */
final class Print {

    private Print() {
    }

    static final String CSS = """
            @page{size:A4;margin:12mm 14mm 12mm 14mm}
            :root{--ink:#1d2433;--muted:#4b5365;--line:#c9ced8}
            *{box-sizing:border-box}
            body{font-family:"Sarabun","TH Sarabun New","Noto Sans Thai","Leelawadee UI","Tahoma",system-ui,sans-serif;\
            color:var(--ink);max-width:210mm;margin:16px auto;padding:0 14px;line-height:1.45;font-size:15px}
            table{border-collapse:collapse;width:100%;margin:0 0 2mm}th,td{padding:.4mm 1.6mm;border:1px solid var(--line);\
            text-align:left;vertical-align:top}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            figure{margin:0}
            h1,h2,h3{break-after:avoid}figure,tr,.keep{break-inside:avoid}thead{display:table-header-group}
            @media print{body{margin:0;padding:0;max-width:none;font-size:10pt;line-height:1.38}\
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;
}
