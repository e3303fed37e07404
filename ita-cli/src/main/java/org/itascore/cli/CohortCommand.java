package org.itascore.cli;
import org.itascore.render.CohortText;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Rational;
import org.itascore.cohort.CohortBuilder;
import org.itascore.cohort.CohortResult;
import org.itascore.cohort.CohortStatistics;
import org.itascore.json.ItaJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita cohort}: statistics across many offices. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = {"Statistics across many offices' reports (format 6: a JSON array or newline-delimited JSON",
            "of format-1 reports): mean, median, spread, grades, pass rate against a target, ranking, weakest indicator."},
        footerHeading = "%nExamples:%n",
        footer = {"  ita cohort samples/cohort-2566.ndjson", "  ita cohort reports.json --target 85 --format json"})
final class CohortCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The reports; - for standard input.")
    String file;

    @Option(names = "--target", paramLabel = "PERCENT", defaultValue = "80",
            description = "The target share of offices at or above the pass mark, in percent (default: ${DEFAULT-VALUE}).")
    BigDecimal target;

    @Option(names = "--strict",
            description = "Stop at the first report with a problem, instead of leaving it out and scoring the rest.")
    boolean strict;

    @Mixin
    OutputOptions output = new OutputOptions();

    private final Ita.Context context;

    CohortCommand(Ita.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        output.textOrJsonOnly("cohort");
        String name = Input.nameOf(file);
        if (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: --target: \"" + target.toPlainString()
                    + "\": a target is a percentage from 0 to 100"));
        }
        Progress progress = new Progress(context.stderr(), context.terminal());
        CohortBuilder builder = (strict ? CohortBuilder.strict(Reports.editions()) : CohortBuilder.lenient(Reports.editions()))
                .onProgress(progress);
        CohortResult result;
        try (InputStream in = Input.open(file, context.stdin())) {
            result = ItaJson.standard().readCohort(in, builder);
        } catch (InvalidInputException e) {
            throw Failures.invalid(name, e);
        } catch (java.io.UncheckedIOException e) {
            throw Failures.unreadable(name, e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.UNREADABLE, List.of("ita: " + name + ": cannot read: " + e.getMessage()));
        } finally {
            progress.done();
        }
        Rational share = Rational.of(target).dividedBy(100);
        CohortStatistics stats = result.statistics(share);
        result.problems().forEach(record -> Failures.lines(name, record.problems().stream()
                        .map(p -> p.under(Location.ROOT.index(record.index()))).toList(), 0)
                .forEach(line -> context.stderr().println(line + record.office().map(o -> " (office " + o + ")").orElse(""))));
        if (result.omittedProblems() > 0) {
            context.stderr().println("ita: " + name + ": " + result.omittedProblems() + " more record(s) left out, not listed");
        }
        String rendered = switch (output.format) {
            case TEXT -> CohortText.render(stats, output.style()) + CohortText.leftOut(result, output.style());
            case JSON -> ItaJson.standard().writeValue(stats);
            case HTML -> throw new AssertionError("refused above");
        };
        return Output.print(spec, rendered, result.refused() == 0 ? ExitCodes.OK : ExitCodes.FINDINGS);
    }



}
