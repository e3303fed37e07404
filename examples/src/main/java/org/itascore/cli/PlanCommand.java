package org.itascore.cli;

import java.util.List;
import org.itascore.assess.Assessment;
import org.itascore.json.ItaJson;
import org.itascore.json.PlanInput;
import org.itascore.plan.PlanCoverage;
import org.itascore.plan.PlanIssue;
import picocli.CommandLine.Command;

/** {@code ita plan}: checks an improvement plan against the report it answers. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Check an improvement plan (format 7): every indicator below the pass mark is addressed,",
            "activities run inside the fiscal year, budgets are given and not negative. Exits 1 when there are issues."},
        footerHeading = "%nExamples:%n",
        footer = {"  ita plan                  the bundled sample: Khon Kaen's FY2567 plan, 60,000 baht",
            "  ita plan plan.json --format json"})
final class PlanCommand extends ReportCommand {

    /** The bundled plan: seed 000's plan for FY2567 with its FY2566 report. */
    static final String SAMPLE = "khon-kaen-plan-2567.json";


    PlanCommand(Ita.Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        output.textOrJsonOnly("plan");
        Input input = read(SAMPLE);
        PlanInput plan = Reports.parse(input, ItaJson.standard()::readPlan);
        Assessment assessment = Reports.run(input, () -> plan.report().assess(Reports.editions()));
        PlanCoverage coverage = PlanCoverage.check(plan.plan(), assessment);
        String rendered = switch (output.format) {
            case TEXT -> render(coverage, output.style());
            case JSON -> ItaJson.standard().writeValue(coverage);
            case HTML -> throw new AssertionError("refused above");
        };
        return print(rendered, coverage.complete() ? ExitCodes.OK : ExitCodes.FINDINGS);
    }

    static String render(PlanCoverage c, Style s) {
        StringBuilder out = new StringBuilder();
        out.append(s.text("Plan of ", "แผนของ ")).append(c.plan().office()).append(s.text(", fiscal year ", " ปีงบประมาณ พ.ศ. "))
                .append(s.number(c.plan().fiscalYear())).append(": ").append(s.number(c.plan().activities().size()))
                .append(s.text(" activities, ", " กิจกรรม ")).append(s.number(baht(c.total()))).append(s.text(" baht", " บาท"))
                .append('\n');
        out.append(s.text("Below the pass mark: ", "ตัวชี้วัดที่ต่ำกว่าเกณฑ์: "))
                .append(c.assessment().belowPassMark().isEmpty() ? s.text("none", "ไม่มี")
                        : String.join(", ", c.assessment().belowPassMark().stream().map(i -> s.number(i.number())).toList()))
                .append('\n');
        Table table = new Table(List.of(s.text("Indicator", "ตัวชี้วัด"), s.text("Budget (baht)", "งบประมาณ (บาท)")), true, true);
        c.budgetByIndicator().forEach((i, b) -> table.row(List.of(s.number(i.number()), s.number(baht(b)))));
        out.append('\n').append(table.render());
        out.append('\n');
        if (c.complete()) {
            out.append(s.text("Every weak indicator is addressed; no issue found.", "ครอบคลุมตัวชี้วัดที่ต่ำกว่าเกณฑ์ทั้งหมด ไม่พบปัญหา"))
                    .append('\n');
        }
        for (PlanIssue issue : c.issues()) {
            out.append("- ").append(issue.kind()).append(": ").append(s.number(s.text(issue.message()))).append('\n');
        }
        return out.toString();
    }

    private static String baht(java.math.BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount).replaceAll("\\.00$", "");
    }
}
