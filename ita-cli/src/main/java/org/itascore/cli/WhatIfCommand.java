package org.itascore.cli;
import org.itascore.InvalidInputException;
import org.itascore.assess.Assessment;
import org.itascore.render.WhatIfText;
import org.itascore.whatif.IndicatorNeed;
import org.itascore.whatif.WhatIfRequest;
import org.itascore.whatif.WhatIf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ita whatif}: what each indicator must score to reach a target. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "What each indicator alone must score to reach a target, most leverage first; for a verdict with per-instrument minimums, what each instrument needs. Exits 1 when no single indicator can reach it.",
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
        output.check("whatif");
        WhatIfRequest request;
        try {
            request = WhatIfRequest.of(target);
        } catch (InvalidInputException e) {
            throw Failures.request(e);
        }
        Input input = read(Input.DEFAULT_SAMPLE);
        Assessment assessment = ScoreCommand.assess(input, editions());
        WhatIf w;
        try {
            w = request.run(assessment);
        } catch (InvalidInputException e) {
            throw Failures.request(e);
        }
        String rendered = switch (output.format) {
            case TEXT -> WhatIfText.render(w, output.style());
            case JSON -> output.json().writeValue(w);
            case HTML, CSV, DOCX -> throw new AssertionError("refused above");
        };
        boolean reachable = w.reached() || w.indicators().stream().anyMatch(IndicatorNeed::reachable);
        return print(rendered, reachable ? ExitCodes.OK : ExitCodes.FINDINGS);
    }

}
