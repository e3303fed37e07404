package org.itascore.cli;
import java.util.List;
import org.itascore.audit.AuditReport;
import org.itascore.audit.Auditor;
import org.itascore.render.AuditText;
import org.itascore.render.HtmlReport;
import org.itascore.report.IndicatorReport;
import picocli.CommandLine.Command;

/** {@code ita audit}: checks what a published report printed against an exact recomputation. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit a published report (format 1 with its 'published' part): recompute it exactly and check the total, instrument scores, grades, pass labels, ranks, verdict and history it printed. Exits 1 when there are findings.",
        footerHeading = "%nExamples:%n",
        footer = {"  ita audit                 the bundled sample: its printed total 90.10 is really 90.05",
            "  ita audit report.json --format json"})
final class AuditCommand extends ReportCommand {


    AuditCommand(Ita.Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        output.check("audit");
        Input input = read(Input.DEFAULT_SAMPLE);
        IndicatorReport report = Reports.report(input);
        AuditReport audit = Reports.run(input, () -> Auditor.audit(report, editions()));
        String rendered = switch (output.format) {
            case TEXT -> AuditText.render(audit, output.style());
            case JSON -> output.json().writeValue(audit);
            case HTML -> HtmlReport.render(audit.assessment(), audit.findings(), java.util.List.of(), output.style());
            case CSV -> throw new AssertionError("refused above");
        };
        return print(rendered, audit.consistent() ? ExitCodes.OK : ExitCodes.FINDINGS);
    }
}
