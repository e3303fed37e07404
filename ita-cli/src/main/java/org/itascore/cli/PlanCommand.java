package org.itascore.cli;
import org.itascore.assess.Assessment;
import org.itascore.json.ItaJson;
import org.itascore.json.PlanInput;
import org.itascore.plan.PlanCoverage;
import org.itascore.docx.Docx;
import org.itascore.render.DocumentHtml;
import org.itascore.render.PlanDocument;
import org.itascore.render.PlanText;
import picocli.CommandLine.Command;

/** {@code ita plan}: checks an improvement plan against the report it answers. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Check an improvement plan (format 7): every indicator below the pass mark is addressed, activities run inside the fiscal year, budgets are given and not negative. Exits 1 when there are issues. --format html or docx writes the plan as the document an office publishes (แผนปฏิบัติการป้องกันการทุจริต), with the check's findings.",
        footerHeading = "%nExamples:%n",
        footer = {"  ita plan                  the bundled sample: Khon Kaen's FY2567 plan, 60,000 baht",
            "  ita plan plan.json --format json",
            "  ita plan plan.json --lang th --thai-digits --format docx > plan.docx"})
final class PlanCommand extends ReportCommand {

    /** The bundled plan: seed 000's plan for FY2567 with its FY2566 report. */
    static final String SAMPLE = "khon-kaen-plan-2567.json";


    PlanCommand(Ita.Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        output.check("plan");
        Input input = read(SAMPLE);
        PlanInput plan = Reports.parse(input, ItaJson.standard()::readPlan);
        Assessment assessment = Reports.run(input, () -> plan.report().assess(editions()));
        PlanCoverage coverage = PlanCoverage.check(plan.plan(), assessment);
        int exit = coverage.complete() ? ExitCodes.OK : ExitCodes.FINDINGS;
        if (output.format == OutputOptions.Format.DOCX) {
            return Output.write(spec, context, Docx.write(PlanDocument.of(coverage, output.style())), exit);
        }
        String rendered = switch (output.format) {
            case TEXT -> PlanText.render(coverage, output.style());
            case JSON -> output.json().writeValue(coverage);
            case HTML -> DocumentHtml.render(PlanDocument.of(coverage, output.style()));
            case CSV, DOCX -> throw new AssertionError("refused or written above");
        };
        return print(rendered, exit);
    }


}
