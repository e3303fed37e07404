package org.itascore.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.itascore.InvalidInputException;
import org.itascore.annual.AnnualAnalysis;
import org.itascore.annual.AnnualRequest;
import org.itascore.annual.Average;
import org.itascore.cohort.CohortBuilder;
import org.itascore.cohort.CohortStatistics;
import org.itascore.json.ItaJson;
import org.itascore.plan.ActionPlan;
import org.itascore.docx.Docx;
import org.itascore.render.AnnualDocument;
import org.itascore.render.AnnualHtml;
import org.itascore.render.AnnualText;
import org.itascore.render.Style;
import org.itascore.report.IndicatorReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ita report}: the office's annual ITA analysis, the document it publishes each year, in Thai by
 * default; HTML made for A4 paper.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "The office's annual ITA analysis, as its yearly document has it: the national or a cohort's average, "
                + "its score and grade, its scores over the years, its indicators ranked and graded, and the indicators "
                + "below the pass mark with the measures of its plan. Thai unless --lang en; --format html gives a page "
                + "made for A4 paper, to print or save as PDF from a browser; --format docx a Word document to edit and sign.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ita report                                   the bundled sample (Khon Kaen, FY2566)",
            "  ita report report.json --national-average 90.10 --national-offices 245",
            "  ita report report.json --plan plan.json --format html > analysis.html",
            "  ita report report.json --signer \"ชื่อ นามสกุล\" --format docx > analysis.docx",
            "  ita report report.json --cohort region.ndjson --thai-digits",
            "  ita report samples/survey-2564.json --oit samples/oit-2564.json   from raw data",
            "  ita report --iit iit.csv --eit eit.csv --oit oit.csv --office NAME --fiscal-year 2569   from Google Forms exports"})
final class AnnualCommand extends ReportCommand {

    @Option(names = "--plan", paramLabel = "PLAN",
            description = "The office's plan of measures (docs/json-format.md, format 7): its activities are listed under each "
                    + "indicator below the pass mark.")
    String plan;

    @Option(names = "--national-average", paramLabel = "SCORE",
            description = "The national average score of the fiscal year, to compare with.")
    String nationalAverage;

    @Option(names = "--national-offices", paramLabel = "N",
            description = "How many offices the national average is of.")
    String nationalOffices;

    @Option(names = "--cohort", paramLabel = "FILE",
            description = "Compare with the average of a cohort of reports (format 6) instead, such as a region's.")
    String cohort;

    @Option(names = "--oit", paramLabel = "CHECKLIST",
            description = "Analyse raw data: FILE is a survey batch (format 2) and CHECKLIST its OIT checklist (format 3); "
                    + "with --iit or --eit, a checklist sheet (CSV or XLSX) or the JSON checklist.")
    String oit;

    @Mixin
    TableOptions tables = new TableOptions();

    @Option(names = "--signer", paramLabel = "NAME",
            description = "The name of who signs the document, printed in parentheses under the signature line "
                    + "(default: a dotted line to write it on).")
    String signer;

    @Option(names = "--position", paramLabel = "TEXT",
            description = "The signer's position, printed under the name (default: the office's director, "
                    + "ผู้อำนวยการ followed by the office's name).")
    String position;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date the document is dated (default: today in Thailand), written as a B.E. date in Thai.")
    String date;

    AnnualCommand(Ita.Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        output.check("report");
        AnnualRequest request = request();
        Optional<Average> average = average(request);
        Optional<ActionPlan> actions = plan == null ? Optional.empty()
                : Optional.of(Reports.parse(Input.read(plan, context.stdin(), null), ItaJson.standard()::readPlan).plan());
        AnnualAnalysis analysis;
        if (tables.given()) {
            analysis = AnnualAnalysis.of(fromSheets().assessment(), average, actions);
        } else if (oit != null) {
            if (input.file == null) {
                throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: --oit needs a survey batch FILE"));
            }
            org.itascore.raw.RawAssessment raw = ScoreCommand.assessRaw(input.file, oit, null, editions(), context);
            analysis = AnnualAnalysis.of(raw.assessment(), average, actions);
        } else {
            Input input = read(Input.DEFAULT_SAMPLE);
            IndicatorReport report = Reports.report(input);
            analysis = Reports.run(input, () -> AnnualAnalysis.of(report, editions(), average, actions));
        }
        Style style = output.style(); // Thai unless --lang en: the command's --lang defaults to th
        LocalDate day = request.date();
        if (output.format == OutputOptions.Format.DOCX) {
            return Output.write(spec, context, Docx.write(AnnualDocument.of(analysis, day, request.signature(), style)), ExitCodes.OK);
        }
        String rendered = switch (output.format) {
            case TEXT -> AnnualText.render(analysis, day, request.signature(), style);
            case HTML -> AnnualHtml.render(analysis, day, request.signature(), style);
            case JSON, CSV, DOCX -> throw new AssertionError("refused or written above");
        };
        return print(rendered, ExitCodes.OK);
    }

    /** Scores the one office of Google Forms exports, as {@code ita score --iit --eit --oit} does. */
    private org.itascore.raw.RawAssessment fromSheets() {
        if (input.file != null) {
            throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: " + input.file + ": with --iit or --eit the answers "
                    + "come from the sheets; give no FILE"));
        }
        List<org.itascore.raw.RawAssessment> raws = tables.score(editions(), context, oit, null, output.style().language()).raws();
        if (raws.size() != 1) {
            throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: the analysis is of one office and the sheets hold "
                    + raws.size() + "; name one with --office"));
        }
        return raws.get(0);
    }

    private AnnualRequest request() {
        try {
            return AnnualRequest.builder().nationalAverage(nationalAverage).nationalOffices(nationalOffices)
                    .cohort(cohort != null).date(date).signer(signer).position(position).build();
        } catch (InvalidInputException e) {
            throw Failures.request(e);
        }
    }

    private Optional<Average> average(AnnualRequest request) {
        if (!request.cohort()) {
            return request.average(null);
        }
        Progress progress = new Progress(context.stderr(), context.terminal());
        CohortStatistics stats = Input.stream(cohort, context.stdin(), progress,
                in -> ItaJson.standard().readCohort(in, CohortBuilder.lenient(editions()))).statistics(org.itascore.Rational.ONE);
        return request.average(stats);
    }

}
