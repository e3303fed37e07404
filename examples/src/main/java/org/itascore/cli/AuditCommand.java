package org.itascore.cli;

import java.util.List;
import org.itascore.Finding;
import org.itascore.audit.AuditReport;
import org.itascore.audit.Auditor;
import org.itascore.json.ItaJson;
import org.itascore.report.IndicatorReport;
import picocli.CommandLine.Command;

/** {@code ita audit}: checks what a published report printed against an exact recomputation. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit a published report (format 1 with its 'published' part): recompute it exactly and",
            "check the total, instrument scores, grades, pass labels, ranks, verdict and history it printed.",
            "Exits 1 when there are findings."},
        footerHeading = "%nExamples:%n",
        footer = {"  ita audit                 the bundled sample: its printed total 90.10 is really 90.05",
            "  ita audit report.json --format json"})
final class AuditCommand extends ReportCommand {


    AuditCommand(Ita.Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        Input input = read(Input.DEFAULT_SAMPLE);
        IndicatorReport report = Reports.report(input);
        AuditReport audit = Reports.run(input, () -> Auditor.audit(report, Reports.editions()));
        String rendered = switch (output.format) {
            case TEXT -> render(audit, output.style());
            case JSON -> ItaJson.standard().writeValue(audit);
            case HTML -> HtmlReport.render(audit.assessment(), audit.findings(), java.util.List.of(), output.style());
        };
        return print(rendered, audit.consistent() ? ExitCodes.OK : ExitCodes.FINDINGS);
    }

    static String render(AuditReport audit, Style s) {
        var a = audit.assessment();
        StringBuilder out = new StringBuilder();
        out.append(s.text("Audit of ", "ตรวจสอบรายงานของ ")).append(a.office())
                .append(s.text(", fiscal year ", " ปีงบประมาณ พ.ศ. ")).append(s.number(a.fiscalYear()))
                .append(" (").append(a.edition().id()).append("): ");
        if (audit.consistent()) {
            return out.append(s.text("consistent, no findings", "สอดคล้องกัน ไม่พบข้อสังเกต")).append('\n').toString();
        }
        out.append(s.number(audit.findings().size())).append(s.text(" finding(s)", " ข้อสังเกต")).append("\n\n");
        Table table = new Table(List.of(s.text("Kind", "ประเภท"), s.text("Where", "ตำแหน่ง"), s.text("Printed", "ที่พิมพ์"),
                s.text("Expected", "ที่ถูกต้อง")), false, false, true, true);
        for (Finding f : audit.findings()) {
            table.row(List.of(f.kind().name(), where(f, s), f.printed().map(s::number).orElse("-"),
                    f.expected().map(s::number).orElse("-")));
        }
        out.append(table.render()).append('\n');
        for (Finding f : audit.findings()) {
            out.append("- ").append(s.number(s.text(f.message()))).append('\n');
        }
        return out.toString();
    }

    static String where(Finding f, Style s) {
        if (f.indicator().isPresent()) {
            return s.text("indicator ", "ตัวชี้วัดที่ ") + s.number(f.indicator().get().number());
        }
        if (f.instrument().isPresent()) {
            return f.instrument().get().name();
        }
        if (f.fiscalYear().isPresent()) {
            return s.text("year ", "ปี ") + s.number(f.fiscalYear().get());
        }
        return s.text("total", "คะแนนรวม");
    }
}
