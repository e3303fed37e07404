package org.itascore.cli;
import org.itascore.history.History;
import org.itascore.render.HistoryText;
import org.itascore.report.IndicatorReport;
import picocli.CommandLine.Command;

/** {@code ita history}: an office's totals over the years, from the history table of its report. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show an office's totals over the years from the 'published.history' of a report (format 1): the change each year, trend, best and worst years, missing years, the current run of passing years.",
        footerHeading = "%nExamples:%n",
        footer = {"  ita history               the bundled sample, FY2561-2566", "  ita history report.json --lang th"})
final class HistoryCommand extends ReportCommand {


    HistoryCommand(Ita.Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        output.check("history");
        Input input = read(Input.DEFAULT_SAMPLE);
        IndicatorReport report = Reports.report(input);
        History history = Reports.run(input, () -> report.history(editions()));
        String rendered = switch (output.format) {
            case TEXT -> HistoryText.render(report.office(), history, output.style());
            case JSON -> output.json().writeValue(history);
            case HTML, CSV, DOCX -> throw new AssertionError("refused above");
        };
        return print(rendered, ExitCodes.OK);
    }

}
