package org.itascore.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.csv.SheetFiles;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.raw.Populations;
import org.itascore.table.ImportException;
import org.itascore.table.ImportMapping;
import org.itascore.table.ImportResult;
import org.itascore.table.SheetReport;
import org.itascore.table.SheetsRequest;
import org.itascore.table.TableImport;
import picocli.CommandLine.Option;

/**
 * The options that read answers from sheets: Google Forms responses exports (IIT, EIT) and an OIT checklist
 * kept in a sheet, CSV or XLSX. Shared by {@code ita score} and {@code ita import}; every rule of reading them
 * is ita-core's {@link TableImport}, the bytes are ita-csv's.
 */
final class TableOptions {

    @Option(names = "--iit", paramLabel = "FILE",
            description = "The IIT responses export (CSV or XLSX): a Google Form's responses, one row per respondent.")
    String iit;

    @Option(names = "--eit", paramLabel = "FILE",
            description = "The EIT responses export (CSV or XLSX).")
    String eit;

    @Option(names = "--office", paramLabel = "NAME",
            description = "The office the sheets are of; with an office column (--map), the only office read. "
                    + "Without it, each office of the office column is read (a cohort in one pass).")
    String office;

    @Option(names = "--fiscal-year", paramLabel = "YEAR",
            description = "The fiscal year (B.E.) the answers were given for, for example 2569.")
    String fiscalYear;

    @Option(names = "--map", paramLabel = "FILE",
            description = "An import map (docs/json-format.md, format 8): which column is which question, the office "
                    + "column, a form's own labels. Without it, headers starting with the question's number map themselves.")
    String map;

    @Option(names = "--catalogue", paramLabel = "NAME",
            description = "The built-in OIT catalogue the checklist answers (ita editions --catalogue lists them), for a "
                    + "year whose edition has none of its own (FY2562, 2566, 2567); default: the edition's.")
    String catalogue;

    @Option(names = "--skip-bad-rows",
            description = "Leave out the rows with problems, counting and listing them, instead of refusing the sheets.")
    boolean skipBadRows;

    @Option(names = "--staff", paramLabel = "N", description = "The office's staff (the IIT population), if known.")
    String staff;

    @Option(names = "--stakeholders", paramLabel = "N",
            description = "The office's stakeholders served (the EIT population), if known.")
    String stakeholders;

    /** {@return whether answers are read from sheets} */
    boolean given() {
        return iit != null || eit != null;
    }

    /**
     * Maps these options onto the core's request: {@code --iit}, {@code --eit}, {@code --oit}, {@code --fiscal-year},
     * {@code --office}, {@code --staff}, {@code --stakeholders}, {@code --catalogue}, {@code --map} and
     * {@code --skip-bad-rows}.
     *
     * @param editions the registry
     * @param context the streams, to read the map from
     * @param checklistGiven whether {@code --oit} was given
     * @param scoring whether the offices are scored, which needs their checklist
     * @param scale the answer scale's name ({@code --scale}), or null
     * @param onResponse told each response read, or null
     * @param language the language of what is told on standard error (a fiscal year taken from the timestamps)
     * @throws CliException exit 2 naming each option whose value breaks its rule
     */
    SheetsRequest request(Editions editions, Ita.Context context, boolean checklistGiven, boolean scoring, String scale,
            java.util.function.BiConsumer<String, org.itascore.survey.Response> onResponse, org.itascore.Language language) {
        SheetsRequest.Builder builder = SheetsRequest.builder(editions).sheets(iit != null, eit != null, checklistGiven)
                .scoring(scoring).fiscalYear(fiscalYear).office(office).populations(staff, stakeholders).scale(scale)
                .catalogue(catalogue)
                .skipBadRows(skipBadRows).mapping(mapping(context));
        if (onResponse != null) {
            builder.onResponse(onResponse);
        }
        if (fiscalYear == null) {
            timestamps(context).ifPresent(builder::timestamps);
        }
        SheetsRequest request;
        try {
            request = builder.build();
        } catch (InvalidInputException e) {
            throw Failures.request(e);
        }
        request.fiscalYearNote().ifPresent(note -> context.stderr().println("ita: --fiscal-year: " + note.text(language)));
        return request;
    }

    /**
     * {@return the fiscal years of the sheets' timestamps, read in a first pass over the files; empty when a sheet is
     * standard input, which cannot be read twice}
     */
    private java.util.Optional<org.itascore.table.TimestampYears> timestamps(Ita.Context context) {
        if ("-".equals(iit) || "-".equals(eit)) {
            return java.util.Optional.empty();
        }
        org.itascore.table.TimestampYears years = org.itascore.table.TimestampYears.create();
        for (String file : new String[] {iit, eit}) {
            if (file != null) {
                sheet(file, context, bytes -> SheetFiles.readTimestamps(years, Input.nameOf(file), bytes));
            }
        }
        return java.util.Optional.of(years);
    }

    /** {@return the populations given, either or both (the core's rules need neither), if any} */
    java.util.Optional<Populations> populations() {
        if (staff == null && stakeholders == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Populations.parse(staff, stakeholders));
        } catch (org.itascore.InvalidInputException e) {
            throw Failures.request(e);
        }
    }

    private ImportMapping mapping(Ita.Context context) {
        if (map == null) {
            return ImportMapping.PROPOSED;
        }
        Input input = Input.read(map, context.stdin(), null);
        return Reports.parse(input, ItaJson.standard()::readImportMapping);
    }

    /**
     * Reads the sheets given, and the checklist sheet when given, into an import and returns what it read.
     *
     * @param in the import
     * @param checklist the checklist sheet, or null
     * @param context the streams
     * @return what was read
     * @throws CliException exit 2 listing every problem of every sheet at its row and column; exit 3 if a file
     *     cannot be read
     */
    ImportResult read(TableImport in, Input checklist, Ita.Context context) {
        if (iit != null) {
            sheet(iit, context, bytes -> SheetFiles.readResponses(in, Instrument.IIT, Input.nameOf(iit), bytes));
        }
        if (eit != null) {
            sheet(eit, context, bytes -> SheetFiles.readResponses(in, Instrument.EIT, Input.nameOf(eit), bytes));
        }
        if (checklist != null) {
            SheetFiles.readChecklist(in, checklist.name(), new java.io.ByteArrayInputStream(checklist.bytes()));
        }
        try {
            return in.result();
        } catch (ImportException e) {
            throw CliException.sheets(e.sheets());
        } catch (InvalidInputException e) {
            throw Failures.invalid("--iit", e);
        }
    }

    private static void sheet(String file, Ita.Context context, java.util.function.Consumer<InputStream> reading) {
        try (InputStream bytes = Input.open(file, context.stdin())) {
            reading.accept(bytes);
        } catch (UncheckedIOException e) {
            throw Failures.unreadable(Input.nameOf(file), e);
        } catch (IOException e) {
            throw Failures.unreadable(Input.nameOf(file), new UncheckedIOException(e));
        }
    }

    /**
     * What scoring the sheets gave.
     *
     * @param raws each office's assessment, in the order read
     * @param result what the import read, sheet by sheet
     */
    record Scored(List<org.itascore.raw.RawAssessment> raws, ImportResult result) {
    }

    /**
     * Scores the offices of the sheets given with their checklist ({@code --oit}, a sheet or JSON): what {@code ita
     * score} and {@code ita report} share. What the reading decided and the rows it skipped are told on standard
     * error.
     *
     * @param editions the registry
     * @param context the streams
     * @param oit the checklist's file ({@code --oit}), or null
     * @param scale the answer scale's name ({@code --scale}), or null
     * @param language the language of what is told
     * @return each office's assessment and what was read
     * @throws CliException exit 2 naming each problem at its option, sheet cell or office
     */
    Scored score(Editions editions, Ita.Context context, String oit, String scale, org.itascore.Language language) {
        SheetsRequest request = request(editions, context, oit != null, true, scale, null, language);
        TableImport in = request.open();
        Input checklist = Input.read(oit, context.stdin(), null);
        boolean jsonChecklist = isJson(checklist);
        org.itascore.oit.ChecklistInput json = jsonChecklist ? Reports.parse(checklist, ItaJson.standard()::readChecklist) : null;
        ImportResult result = read(in, jsonChecklist ? null : checklist, context);
        notes(result, language).forEach(context.stderr()::println);
        skipped(result, language).forEach(context.stderr()::println);
        List<org.itascore.raw.RawAssessment> raws = new ArrayList<>();
        for (org.itascore.table.ImportedOffice office : result.offices()) {
            // what the library refuses now is the office's data as a whole, not a cell of a sheet
            Input where = new Input(office.office(), new byte[0]);
            raws.add(Reports.run(where, () -> request.score(office, json)));
        }
        return new Scored(List.copyOf(raws), result);
    }

    /** {@return whether an input is a JSON document rather than a sheet} */
    static boolean isJson(Input input) {
        return SheetFiles.isJsonObject(input.bytes());
    }

    /** {@return the lines telling what the reading of a sheet decided (columns mapped by the form's order)} */
    static List<String> notes(SheetReport sheet, org.itascore.Language language) {
        return sheet.notes().stream().map(n -> "ita: " + sheet.source() + ": " + n.text(language)).toList();
    }

    /** {@return the lines telling what the reading decided, sheet by sheet} */
    static List<String> notes(ImportResult result, org.itascore.Language language) {
        return result.sheets().stream().flatMap(s -> notes(s, language).stream()).toList();
    }

    /** {@return the lines telling the rows skipped for their problems, and those problems; none when none} */
    static List<String> skipped(ImportResult result, org.itascore.Language language) {
        List<String> out = new ArrayList<>();
        for (SheetReport sheet : result.sheets()) {
            if (sheet.skipped() > 0) {
                out.add("ita: " + sheet.source() + ": "
                        + org.itascore.Message.of("text.rowsSkipped", sheet.skipped(), sheet.rows()).text(language));
                out.addAll(CliException.sheetLines(sheet, language));
            }
        }
        return out;
    }
}
