package org.itascore.cli;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.itascore.InvalidInputException;
import org.itascore.assess.Assessment;
import org.itascore.json.ItaJson;
import org.itascore.oit.ChecklistInput;
import org.itascore.Problem;
import org.itascore.raw.RawAssessment;
import org.itascore.raw.RawRequest;
import org.itascore.raw.SurveyBatch;
import org.itascore.docx.Docx;
import org.itascore.render.AssessmentDocument;
import org.itascore.render.AssessmentText;
import org.itascore.render.HtmlReport;
import org.itascore.render.RawText;
import org.itascore.report.IndicatorReport;
import org.itascore.survey.AnswerScale;
import org.itascore.table.ImportResult;
import org.itascore.table.ImportedOffice;
import org.itascore.table.SheetsRequest;
import org.itascore.table.TableImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita score}: assesses an indicator-score report, or a survey batch with its OIT checklist. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Assess an office from an indicator-score report (docs/json-format.md, format 1), or from raw data: a survey batch (format 2) with --oit and its OIT checklist (format 3), or Google Forms responses exports (--iit, --eit, CSV or XLSX) with a checklist sheet (--oit).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ita score                      the bundled sample (Khon Kaen, FY2566)",
            "  ita score report.json          a report of your own",
            "  ita score - --format json      read standard input, write the JSON result",
            "  ita score report.json --lang th --thai-digits",
            "  ita score report.json --lang th --format docx > result.docx",
            "  ita score samples/survey-2564.json --oit samples/oit-2564.json",
            "  ita score --iit samples/csv/iit-2564.csv --eit samples/csv/eit-2564.csv --oit samples/csv/oit-2564.csv \\",
            "            --office สพม.ตัวอย่าง --fiscal-year 2564"})
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The report, or with --oit the survey batch; - for standard input; none for the bundled sample.")
    String file;

    @Option(names = "--oit", paramLabel = "CHECKLIST",
            description = "Score raw data: FILE is a survey batch and CHECKLIST its OIT checklist (JSON); with --iit or "
                    + "--eit, a checklist sheet (CSV or XLSX: item, มี/ไม่มี, evidence URL) or the JSON checklist.")
    String oit;

    @Mixin
    TableOptions tables = new TableOptions();

    @Option(names = "--scale", paramLabel = "SCALE",
            description = "Points of the four-level answers for raw data: exact-thirds, rounded-thirds or quarters "
                    + "(default: the edition's).")
    String scale;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    EditionFiles editionFiles = new EditionFiles();

    private final Ita.Context context;

    /** The sheets the answers were read from, when they were: their skipped rows are part of the JSON result. */
    private List<org.itascore.table.SheetReport> sheets = List.of();

    ScoreCommand(Ita.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        output.check("score");
        if (tables.given()) {
            return fromSheets();
        }
        if (oit != null) {
            return emit(assessRaw());
        }
        if (scale != null) {
            throw new CliException(ExitCodes.INVALID_INPUT, java.util.List.of("ita: --scale applies to raw data; give --oit"));
        }
        Assessment assessment = assess(Input.read(file, context.stdin(), Input.DEFAULT_SAMPLE), editionFiles.registry(context));
        if (output.format == OutputOptions.Format.DOCX) {
            return Output.write(spec, context, Docx.write(AssessmentDocument.of(assessment, assessment.findings(), List.of(),
                    output.style())), ExitCodes.OK);
        }
        String rendered = switch (output.format) {
            case TEXT -> AssessmentText.render(assessment, output.style());
            case JSON -> output.json().write(assessment);
            case HTML -> HtmlReport.render(assessment, assessment.findings(), java.util.List.of(), output.style());
            case CSV, DOCX -> throw new AssertionError("refused or written above");
        };
        return Output.print(spec, rendered, ExitCodes.OK);
    }

    /** Prints or writes one office's result from raw data. */
    private int emit(RawAssessment raw) {
        if (output.format == OutputOptions.Format.DOCX) {
            return Output.write(spec, context, Docx.write(AssessmentDocument.of(raw, output.style())), ExitCodes.OK);
        }
        return Output.print(spec, render(raw), ExitCodes.OK);
    }

    /** Scores the offices of Google Forms exports and a checklist sheet: one result, or one per office. */
    private int fromSheets() {
        if (file != null) {
            throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: " + file + ": with --iit or --eit the answers come "
                    + "from the sheets; give no FILE"));
        }
        TableOptions.Scored scored = tables.score(editionFiles.registry(context), context, oit, scale, output.style().language());
        sheets = scored.result().sheets();
        List<RawAssessment> raws = scored.raws();
        if (raws.size() == 1) {
            return emit(raws.get(0));
        }
        String rendered = switch (output.format) {
            case TEXT -> String.join("\n", raws.stream().map(this::render).toList());
            case JSON -> "[\n" + String.join(",\n", raws.stream().map(r -> output.json().write(r, sheets).stripTrailing()).toList()) + "\n]\n";
            case HTML, DOCX -> throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: --format "
                    + output.format.name().toLowerCase(java.util.Locale.ROOT) + ": the document shows one office and the sheets hold "
                    + raws.size() + "; name one with --office, or use --format text or json"));
            case CSV -> throw new AssertionError("refused above");
        };
        return Output.print(spec, rendered, ExitCodes.OK);
    }

    private String render(RawAssessment raw) {
        return switch (output.format) {
            case TEXT -> AssessmentText.render(raw.assessment(), output.style()) + RawText.render(raw, output.style());
            case JSON -> output.json().write(raw, sheets);
            case HTML -> HtmlReport.render(raw, output.style());
            case CSV, DOCX -> throw new AssertionError("refused or written above");
        };
    }

    private AnswerScale scale() {
        if (scale == null) {
            return null;
        }
        try {
            return AnswerScale.named(scale);
        } catch (InvalidInputException e) {
            throw Failures.option("--scale", e);
        }
    }

    /** Reads and assesses a report, turning every refusal into one-line messages. */
    static Assessment assess(Input input, org.itascore.edition.Editions editions) {
        IndicatorReport report = Reports.report(input);
        return Reports.run(input, () -> report.assess(editions));
    }

    private RawAssessment assessRaw() {
        if (file == null) {
            throw new CliException(ExitCodes.INVALID_INPUT, java.util.List.of("ita: --oit needs a survey batch FILE"));
        }
        return assessRaw(file, oit, scale(), editionFiles.registry(context), context);
    }

    /**
     * Reads a survey batch (format 2) and its OIT checklist (format 3) and assesses them, turning every refusal
     * into one-line messages: what {@code ita score FILE --oit CHECKLIST} and {@code ita report FILE --oit
     * CHECKLIST} share.
     */
    static RawAssessment assessRaw(String file, String oit, AnswerScale scale, org.itascore.edition.Editions editions,
            Ita.Context context) {
        String batchName = Input.nameOf(file);
        Progress progress = new Progress(context.stderr(), context.terminal());
        ItaJson json = ItaJson.standard().withEditions(editions);
        SurveyBatch batch = Input.stream(file, context.stdin(), progress, in -> json.readSurveyBatch(in, progress));
        Input checklistFile = Input.read(oit, context.stdin(), null);
        ChecklistInput input = Reports.parse(checklistFile, ItaJson.standard()::readChecklist);
        RawRequest request = RawRequest.builder(batch, input).answerScale(scale).build();
        try {
            return request.run();
        } catch (InvalidInputException e) {
            // the request's field checklist is the file --oit names: its problems are told at that file
            List<Problem> ofChecklist = new ArrayList<>();
            for (Problem p : e.problems()) {
                if (!p.location().isRoot() && p.location().segments().get(0).equals(RawRequest.CHECKLIST.segments().get(0))) {
                    ofChecklist.add(p.at(org.itascore.Location.of(p.location().segments().subList(1, p.location().segments().size()))));
                }
            }
            throw ofChecklist.isEmpty() ? Failures.invalid(batchName, e)
                    : CliException.problems(ExitCodes.INVALID_INPUT, checklistFile.name(), ofChecklist, e.omitted());
        }
    }
}
