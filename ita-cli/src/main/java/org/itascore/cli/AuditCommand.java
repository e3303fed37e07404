package org.itascore.cli;
import java.util.List;
import org.itascore.audit.AuditReport;
import org.itascore.audit.Auditor;
import org.itascore.docx.Docx;
import org.itascore.render.AssessmentDocument;
import org.itascore.render.AuditText;
import org.itascore.render.HtmlReport;
import org.itascore.report.IndicatorReport;
import picocli.CommandLine.Command;

/** {@code ita audit}: checks what a published report printed against an exact recomputation. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit a published report (format 1 with its 'published' part): recompute it exactly and check the total, instrument scores, grades, pass labels, ranks, verdict and history it printed. Exits 1 when there are findings.",
        footerHeading = "%nExamples:%n",
        footer = {"  ita audit                 the bundled sample: its printed total 90.10 is really 90.05",
            "  ita audit report.json --format json",
            "  ita audit report.json --lang th --format docx > audit.docx"})
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
        int exit = audit.consistent() ? ExitCodes.OK : ExitCodes.FINDINGS;
        if (output.format == OutputOptions.Format.DOCX) {
            return Output.write(spec, context, Docx.write(AssessmentDocument.of(audit.assessment(), audit.findings(), List.of(),
                    output.style())), exit);
        }
        String rendered = switch (output.format) {
            case TEXT -> AuditText.render(audit, output.style());
            case JSON -> output.json().writeValue(audit);
            case HTML -> HtmlReport.render(audit.assessment(), audit.findings(), List.of(), output.style());
            case CSV, DOCX -> throw new AssertionError("refused or written above");
        };
        return print(rendered, exit);
    }
}
