package org.itascore.cli;
import java.util.concurrent.Callable;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Rational;
import org.itascore.cohort.CohortBuilder;
import org.itascore.cohort.CohortRequest;
import org.itascore.cohort.CohortResult;
import org.itascore.cohort.CohortStatistics;
import org.itascore.json.ItaJson;
import org.itascore.render.CohortText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita cohort}: statistics across many offices. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = "Statistics across many offices' reports (format 6: a JSON array or newline-delimited JSON of format-1 reports): mean, median, spread, grades, pass rate against a target, ranking, weakest indicator.",
        footerHeading = "%nExamples:%n",
        footer = {"  ita cohort samples/cohort-2566.ndjson", "  ita cohort reports.json --pass-rate 85 --format json", "  ita cohort reports.ndjson --strict",
            "  ita cohort samples/cohort-2566.ndjson --plan-to pass     each failing office's cheapest plan, and whom to help first"})
final class CohortCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The reports: JSON (format 6, an array or one report "
            + "a line), or a sheet (CSV or XLSX) with a row per office and fiscal year: office, fiscal year and indicators 1-10 "
            + "by their headers (docs/sheets.md); - for standard input.")
    String file;

    @Option(names = {"--pass-rate", "--target"}, paramLabel = "PERCENT",
            description = "The target share of offices at or above the pass mark, as a percentage such as 80 or 80%% "
                    + "(default: 80); --target is its older name.")
    String passRate;

    @Option(names = "--plan-to", paramLabel = "TARGET",
            description = "Plan every office that does not reach TARGET (pass, a grade, a verdict or a score): its cheapest "
                    + "combination of improvements, the indicators most often needing work, and the offices to help first "
                    + "to reach the --pass-rate share.")
    String planTo;

    @Option(names = "--merge-duplicates",
            description = "Count a report that repeats an earlier one exactly (same office or office id, fiscal year, "
                    + "edition and scores) once, instead of leaving it out; a repeat that differs is still left out.")
    boolean mergeDuplicates;

    @Option(names = "--strict",
            description = "Stop at the first report with a problem, instead of leaving it out and scoring the rest.")
    boolean strict;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    EditionFiles editionFiles = new EditionFiles();

    private final Ita.Context context;

    CohortCommand(Ita.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        output.check("cohort");
        String name = Input.nameOf(file);
        Progress progress = new Progress(context.stderr(), context.terminal());
        org.itascore.edition.Editions editions = editionFiles.registry(context);
        CohortRequest request;
        try {
            // the dashboard lists the failing offices' plans: to pass unless told otherwise
            request = CohortRequest.builder().passRate(passRate).strict(strict).mergeDuplicates(mergeDuplicates)
                    .planTo(planTo == null && output.format == OutputOptions.Format.HTML ? "pass" : planTo).build();
        } catch (InvalidInputException e) {
            throw Failures.request(e);
        }
        CohortBuilder builder = request.open(editions).onProgress(progress);
        // JSON (an array or NDJSON) or a sheet (CSV, XLSX) of one row per office and year, told apart by its bytes
        CohortResult result = Input.stream(file, context.stdin(), progress, in -> org.itascore.csv.SheetFiles.readCohortFile(
                builder, editions, name, in, ItaJson.standard()::readCohort));
        Rational share = request.passRate().share();
        CohortStatistics stats = result.statistics(share);
        org.itascore.Language language = output.style().language();
        result.problems().forEach(record -> record.problems().forEach(p -> context.stderr().println(
                CliException.line(name, p.under(Location.ROOT.index(record.index())), language) + record.office()
                        .map(o -> org.itascore.Message.of("text.ofOffice", o).text(language))
                        .orElse(""))));
        if (result.omittedProblems() > 0) {
            context.stderr().println("ita: " + name + ": "
                    + org.itascore.Message.of("text.recordsLeftOut", result.omittedProblems()).text(language));
        }
        String rendered = switch (output.format) {
            case TEXT -> CohortText.render(stats, output.style())
                    + CohortText.years(result.years(share), output.style())
                    + result.plans().map(plans -> "\n" + CohortText.plans(plans, share, output.style())).orElse("")
                    + CohortText.leftOut(result, output.style());
            case JSON -> output.json().write(result, share);
            case CSV -> org.itascore.render.CohortCsv.render(result, output.style());
            case HTML -> org.itascore.render.CohortDashboard.render(result, share, output.style());
            case DOCX -> throw new AssertionError("refused above");
        };
        return Output.print(spec, rendered, result.refused() == 0 ? ExitCodes.OK : ExitCodes.FINDINGS);
    }
}
