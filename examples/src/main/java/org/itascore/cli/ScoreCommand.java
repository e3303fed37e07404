package org.itascore.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.itascore.InvalidInputException;
import org.itascore.assess.Assessment;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.report.IndicatorReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JacksonException;

/** {@code ita score}: assesses an indicator-score report. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Assess an office from an indicator-score report (docs/json-format.md, format 1).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ita score                      the bundled sample (Khon Kaen, FY2566)",
            "  ita score report.json          a report of your own",
            "  ita score - --format json      read standard input, write the JSON result",
            "  ita score report.json --lang th --thai-digits"})
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The report; - for standard input; none for the bundled sample.")
    String file;

    @Mixin
    OutputOptions output = new OutputOptions();

    private final Ita.Context context;

    ScoreCommand(Ita.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Input input = Input.read(file, context.stdin(), Input.DEFAULT_SAMPLE);
        Assessment assessment = assess(input);
        String rendered = switch (output.format) {
            case TEXT -> AssessmentText.render(assessment, output.style());
            case JSON -> ItaJson.standard().write(assessment);
        };
        PrintWriter out = spec.commandLine().getOut();
        out.print(rendered);
        out.flush();
        return ExitCodes.OK;
    }

    /** Reads and assesses a report, turning every refusal into one-line messages. */
    static Assessment assess(Input input) {
        IndicatorReport report;
        try {
            report = ItaJson.standard().readReport(new ByteArrayInputStream(input.bytes()));
        } catch (JacksonException e) {
            throw Failures.invalidJson(input, e);
        }
        try {
            return report.assess(Editions.builtIn());
        } catch (InvalidInputException e) {
            throw Failures.invalid(input, e);
        }
    }
}
