package org.itascore.cli;

import java.util.List;
import org.itascore.InvalidInputException;
import org.itascore.assess.Assessment;
import org.itascore.json.ItaJson;
import org.itascore.whatif.IndicatorNeed;
import org.itascore.whatif.InstrumentNeed;
import org.itascore.whatif.Target;
import org.itascore.whatif.WhatIf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ita whatif}: what each indicator must score to reach a target. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"What each indicator alone must score to reach a target, most leverage first; for a verdict",
            "with per-instrument minimums, what each instrument needs. Exits 1 when no single indicator can reach it."},
        footerHeading = "%nExamples:%n",
        footer = {"  ita whatif --target AA               the bundled sample", "  ita whatif report.json --target pass",
            "  ita whatif report.json --target 90   a total of at least 90.00",
            "  ita whatif report.json --target GOOD_PASS"})
final class WhatIfCommand extends ReportCommand {


    @Option(names = "--target", required = true, paramLabel = "TARGET",
            description = "pass (the pass mark), a grade (AA to F), a verdict (EXCELLENT_PASS, GOOD_PASS, PASS, ...) or a score.")
    String target;

    WhatIfCommand(Ita.Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        output.textOrJsonOnly("whatif");
        Target wanted;
        try {
            wanted = Target.parse(target);
        } catch (InvalidInputException e) {
            throw Failures.invalid("--target", e);
        }
        Input input = read(Input.DEFAULT_SAMPLE);
        Assessment assessment = ScoreCommand.assess(input);
        WhatIf w = WhatIf.of(assessment, wanted);
        String rendered = switch (output.format) {
            case TEXT -> render(w, output.style());
            case JSON -> ItaJson.standard().writeValue(w);
            case HTML -> throw new AssertionError("refused above");
        };
        boolean reachable = w.reached() || w.indicators().stream().anyMatch(IndicatorNeed::reachable);
        return print(rendered, reachable ? ExitCodes.OK : ExitCodes.FINDINGS);
    }

    static String render(WhatIf w, Style s) {
        StringBuilder out = new StringBuilder();
        out.append(s.text("Target ", "เป้าหมาย ")).append(w.target().describe()).append(": ")
                .append(s.text("the total is ", "คะแนนรวมขณะนี้ ")).append(s.number(w.assessment().score())).append(", ")
                .append(w.reached() ? s.text("already reached", "บรรลุแล้ว") : s.text("not reached yet", "ยังไม่บรรลุ"))
                .append("\n\n");
        Table table = new Table(List.of("#", s.text("Indicator", "ตัวชี้วัด"), s.text("Leverage", "น้ำหนัก"),
                s.text("Now", "ปัจจุบัน"), s.text("Needed", "ต้องได้"), s.text("Raise", "เพิ่มขึ้น")),
                true, false, true, true, true, true);
        for (IndicatorNeed n : w.indicators()) {
            table.row(List.of(s.number(n.indicator().number()), s.text(n.indicator().title()),
                    s.number(n.leverage().round(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()),
                    s.number(n.current()),
                    n.needed().map(s::number).orElse(s.text("unreachable", "เป็นไปไม่ได้")),
                    n.raise().map(r -> "+" + s.number(r.round(2, java.math.RoundingMode.HALF_UP).toPlainString())).orElse("-")));
        }
        out.append(table.render());
        if (!w.instruments().isEmpty()) {
            out.append('\n').append(s.text("Each instrument needs at least:", "แต่ละเครื่องมือต้องได้อย่างน้อย:")).append('\n');
            for (InstrumentNeed n : w.instruments()) {
                out.append("  ").append(n.instrument().name()).append(' ').append(s.number(n.current())).append(" -> ")
                        .append(s.number(n.needed())).append(n.met() ? s.text(" (met)", " (ผ่านแล้ว)") : "").append('\n');
            }
        }
        out.append('\n').append(s.text("Leverage: points of the total per 100 points of the indicator. "
                        + "Each answer is checked by re-scoring; 0.01 less would not reach the target.",
                "น้ำหนัก: คะแนนรวมที่เพิ่มต่อคะแนนตัวชี้วัด 100 คะแนน ทุกคำตอบตรวจสอบด้วยการคำนวณใหม่ ต่ำกว่านี้ 0.01 จะไม่ถึงเป้าหมาย"))
                .append('\n');
        return out.toString();
    }
}
