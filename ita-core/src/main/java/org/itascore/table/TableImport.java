package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Names;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.oit.ChecklistInput;
import org.itascore.oit.OitChecklist;
import org.itascore.raw.Populations;
import org.itascore.raw.SurveyBatch;
import org.itascore.raw.SurveyBatchAssembly;
import org.itascore.survey.Answer;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;

/**
 * Reads an office's tables, or many offices' in one pass, into survey batches and checklists: the one place
 * where a responses export or a checklist sheet is understood. A CSV or XLSX reader opens a sheet with its
 * header row, pushes each row's cells, and asks for the {@link #result()}.
 *
 * <pre>{@code
 * TableImport in = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2569)).office("สพป.ตัวอย่าง").build();
 * ResponseSheet iit = in.responses(Instrument.IIT, "iit.csv", headerRow);
 * rows.forEach(r -> iit.row(r.index(), r.cells()));
 * ... the EIT sheet, the checklist sheet ...
 * ImportedOffice office = in.result().offices().get(0);
 * }</pre>
 *
 * <p><b>Offices.</b> When the mapping names an office column, each row belongs to the office it names;
 * given an office ({@link Builder#office}) only that office's rows are read and the others counted, else each
 * office met is read (a cohort in one pass). A sheet without an office column belongs to the office given.
 *
 * <p><b>Problems.</b> Every problem of every sheet is listed, to a bound, with its row and column. Nothing is
 * scored from sheets with problems ({@link ImportException}) unless bad rows are skipped on request, and then
 * the skipped rows and their problems are in the result. A header's problems are never skipped.
 *
 * <p>Not thread-safe: one import reads its sheets one after another, in constant memory per office.
 */
public final class TableImport {

    private final Editions editions;
    private final FiscalYear fiscalYear;
    private final String editionId;
    private final Optional<String> office;
    private final ImportMapping mapping;
    private final boolean skipBadRows;
    private final Populations populations;
    private final Optional<org.itascore.oit.OitCatalogue> catalogue;
    private final java.util.function.BiConsumer<String, Response> onResponse;
    private final Edition edition;
    private final Questionnaire questionnaire;
    final AnswerDecoder decoder;
    private final Map<String, SurveyBatchAssembly> assemblies = new LinkedHashMap<>();
    private final Map<String, ChecklistSheet.Rows> checklists = new LinkedHashMap<>();
    private final List<SheetLog> logs = new ArrayList<>();
    private final List<ResponseSheet> sheets = new ArrayList<>();
    private SheetLog checklistLog;

    private TableImport(Builder b) {
        this.editions = b.editions;
        this.fiscalYear = b.fiscalYear;
        this.editionId = b.editionId;
        this.office = Optional.ofNullable(b.office).map(HeaderText::normalize);
        this.mapping = b.mapping;
        this.skipBadRows = b.skipBadRows;
        this.populations = b.populations;
        this.catalogue = Optional.ofNullable(b.catalogue);
        this.onResponse = b.onResponse;
        SurveyBatchAssembly probe = assembly();
        // the office named, if any, lets a year without rules be refused with its own family's edition first
        this.office.ifPresent(probe::office);
        this.questionnaire = probe.start();
        this.edition = probe.edition().orElseThrow();
        this.decoder = new AnswerDecoder(mapping.labels());
    }

    /**
     * {@return a builder of an import, resolving editions from a registry}
     *
     * @param editions the registry
     */
    public static Builder builder(Editions editions) {
        return new Builder(requireNonNull(editions, "editions"));
    }

    /** {@return the edition the answers are read under} */
    public Edition edition() {
        return edition;
    }

    /** {@return the fiscal year the answers were given for} */
    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    /** {@return the OIT catalogue the checklist sheet answers, when named instead of the edition's} */
    public Optional<org.itascore.oit.OitCatalogue> catalogue() {
        return catalogue;
    }

    /** {@return the questionnaire the responses sheets answer} */
    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /**
     * {@return the mapping the library proposes for a responses sheet, and what it could not map}
     *
     * @param instrument IIT or EIT
     * @param headers the sheet's header row
     */
    public MappingProposal propose(Instrument instrument, List<String> headers) {
        return propose(instrument, headers, List.of());
    }

    /**
     * {@return the mapping the library proposes for a responses sheet from its header row and first rows: by the
     * headers' question numbers, or when they carry none by the form's order, checked against the rows' answers
     * (read with the import map's labels)}
     *
     * @param instrument IIT or EIT
     * @param headers the sheet's header row
     * @param rows the sheet's first rows of answers; a few hundred are looked at
     */
    public MappingProposal propose(Instrument instrument, List<String> headers, List<List<String>> rows) {
        return MappingProposal.responses(instrument, headers, rows, questionnaire, decoder, edition.id());
    }

    /**
     * Opens a responses sheet: its columns are mapped by the import's mapping of the instrument, or else
     * proposed from the header row. The header's problems are recorded now and stop the import.
     *
     * @param instrument IIT or EIT
     * @param source the sheet's name, as the user gave it (a file name)
     * @param headers the header row
     * @return the sheet, to push its rows into
     */
    public ResponseSheet responses(Instrument instrument, String source, List<String> headers) {
        SheetLog log = open(source, headers);
        Optional<SheetMapping> given = mapping.sheet(instrument);
        ResponseSheet sheet;
        if (given.isPresent()) {
            sheet = opened(instrument, ResponseColumns.resolve(given.get(), headers, questionnaire, edition.id()), log);
        } else {
            SheetMapping proposed = MappingProposal.propose(instrument, headers, questionnaire);
            if (FormOrder.needed(proposed, headers)) {
                requireOfficeSource(log, -1);
                sheet = ResponseSheet.byOrder(this, instrument, proposed, log);
            } else {
                ResponseColumns columns = ResponseColumns.resolve(proposed, headers, questionnaire, edition.id());
                Instrument other = instrument == Instrument.IIT ? Instrument.EIT : Instrument.IIT;
                if (!columns.problems.isEmpty() && ResponseColumns.resolve(MappingProposal.propose(other, headers, questionnaire),
                        headers, questionnaire, edition.id()).problems.isEmpty()) {
                    // the headers fit the other questionnaire whole: one problem, not one per column
                    log.fatal(FormOrder.swapped(instrument, other));
                    sheet = ResponseSheet.refused(this, instrument, log);
                } else {
                    sheet = opened(instrument, columns, log);
                }
            }
        }
        sheets.add(sheet);
        return sheet;
    }

    private ResponseSheet opened(Instrument instrument, ResponseColumns columns, SheetLog log) {
        columns.problems.forEach(log::fatal);
        requireOfficeSource(log, columns.office);
        return new ResponseSheet(this, instrument, columns, log);
    }

    /**
     * Opens an OIT checklist sheet: its columns are the mapping's, or else recognized by their headers
     * ({@link ChecklistColumns#recognize}). The header's problems are recorded now and stop the import.
     *
     * @param source the sheet's name, as the user gave it (a file name)
     * @param headers the header row
     * @return the sheet, to push its rows into
     * @throws IllegalStateException if a checklist sheet was opened already
     */
    public ChecklistSheet checklist(String source, List<String> headers) {
        if (checklistLog != null) {
            throw new IllegalStateException("an import reads one checklist sheet");
        }
        SheetLog log = open(source, headers);
        checklistLog = log;
        Optional<ChecklistColumns> columns = mapping.oit().or(() -> ChecklistColumns.recognize(headers));
        if (columns.isEmpty()) {
            log.fatal(new Problem(ProblemKind.MISSING, Cells.row(0), null,
                    Message.of("checklistSheet.columns", String.join(", ", ChecklistColumns.ITEM), String.join(", ", ChecklistColumns.PRESENT))));
        }
        ChecklistSheet sheet = new ChecklistSheet(this, columns, log);
        requireOfficeSource(log, sheet.officeColumn());
        return sheet;
    }

    /**
     * Records that a sheet cannot be read as a table at all (not UTF-8, empty, not a spreadsheet), so that its
     * problem is listed with the other sheets' and stops the import.
     *
     * @param source the sheet's name, as the user gave it
     * @param problem what is wrong with it, located at the whole sheet or a row
     */
    public void refuse(String source, Problem problem) {
        open(source, List.of()).fatal(requireNonNull(problem, "problem"));
    }

    private SheetLog open(String source, List<String> headers) {
        SheetLog log = new SheetLog(requireNonNull(source, "source"), requireNonNull(headers, "headers"), skipBadRows);
        logs.add(log);
        return log;
    }

    private void requireOfficeSource(SheetLog log, int officeColumn) {
        if (officeColumn < 0 && office.isEmpty()) {
            log.fatal(new Problem(ProblemKind.MISSING, Cells.row(0), null,
                    Message.of("sheet.noOffice")));
        }
    }

    /** {@return whether a sheet's rows can be given their office: by its office column, or the office named} */
    boolean placesRows(int officeColumn) {
        return officeColumn >= 0 || office.isPresent();
    }

    /**
     * {@return the key of the office a row belongs to, or null when it belongs to another office than the one
     * read}; a row naming no office gets a problem
     */
    String officeOf(int officeColumn, long row, List<String> cells, List<Problem> problems) {
        if (officeColumn < 0) {
            return office.orElseThrow();
        }
        String named = officeColumn < cells.size() ? HeaderText.normalize(cells.get(officeColumn)) : "";
        if (Names.isBlank(named)) {
            problems.add(new Problem(ProblemKind.MISSING, Cells.cell(row, officeColumn), null, Message.of("sheet.rowOffice")));
            return "";
        }
        if (office.isPresent() && !office.get().equals(named)) {
            return null;
        }
        return named;
    }

    /** {@return the assembly tallying an office's responses} */
    SurveyBatchAssembly assembly(String officeKey) {
        // rows of one office come in runs: the last office's assembly is kept at hand
        if (officeKey.equals(lastOffice)) {
            return lastAssembly;
        }
        SurveyBatchAssembly found = assemblies.get(officeKey);
        if (found == null) {
            found = assembly().office(officeKey).populations(populations);
            assemblies.put(officeKey, found);
        }
        lastOffice = officeKey;
        lastAssembly = found;
        return found;
    }

    private String lastOffice;
    private SurveyBatchAssembly lastAssembly;

    /** Tells the listener, if any, a response tallied as options by question position. */
    void tallied(String officeKey, Instrument instrument, byte[] options) {
        if (onResponse == null) {
            return;
        }
        Response.Builder response = Response.builder(questionnaire, instrument);
        List<org.itascore.survey.Question> questions = questionnaire.questions(instrument);
        for (int p = 0; p < options.length; p++) {
            if (options[p] >= 0) {
                response.answer(questions.get(p).id(), Answer.ofOption(questions.get(p).kind(), options[p]));
            }
        }
        onResponse.accept(officeKey, response.build());
    }

    /** {@return the checklist rows read for an office} */
    ChecklistSheet.Rows checklistRows(ChecklistSheet sheet, String officeKey) {
        return checklists.computeIfAbsent(officeKey, key -> sheet.new Rows());
    }

    private SurveyBatchAssembly assembly() {
        SurveyBatchAssembly a = SurveyBatch.assemble(editions).fiscalYear(fiscalYear);
        String id = edition != null ? edition.id() : editionId;
        return id == null ? a : a.edition(id);
    }

    /**
     * Builds each office's batch and checks its checklist.
     *
     * @return what was read
     * @throws ImportException if a sheet has problems, or an office's checklist does not fit the edition's
     *     catalogue, listing every problem with its row and column
     * @throws InvalidInputException if no responses sheet was read
     */
    public ImportResult result() {
        if (logs.stream().noneMatch(l -> l != checklistLog)) {
            throw InvalidInputException.of(ProblemKind.MISSING, Location.of("iit"), null,
                    Message.of("sheet.noResponses"));
        }
        sheets.forEach(ResponseSheet::finish);
        Map<String, SurveyBatch> batches = new LinkedHashMap<>();
        Map<String, OitChecklist> checked = new LinkedHashMap<>();
        if (logs.stream().noneMatch(SheetLog::fatal)) {
            assemblies.forEach((key, assembly) -> batches.put(key, assembly.build()));
            checkOffices(batches, checked);
        }
        if (logs.stream().anyMatch(SheetLog::fatal)) {
            throw new ImportException(logs.stream().filter(SheetLog::fatal).map(SheetLog::report).toList());
        }
        ImmutableList.Builder<ImportedOffice> offices = ImmutableList.builder();
        batches.forEach((key, batch) -> {
            ImmutableList<org.itascore.Finding> findings = sheets.stream().map(s -> s.outsideFiscalYear(key))
                    .flatMap(Optional::stream).collect(ImmutableList.toImmutableList());
            offices.add(checklistLog == null
                    ? new ImportedOffice(batch, Optional.empty(), Optional.empty(), findings)
                    : new ImportedOffice(batch, Optional.of(checklists.get(key).input()), Optional.of(checked.get(key)), findings));
        });
        return new ImportResult(offices.build(), ImmutableList.copyOf(logs.stream().map(SheetLog::report).toList()));
    }

    /**
     * Checks each office's checklist against its batch's edition, recording on the checklist sheet every
     * office whose responses and checklist do not pair, and every item that does not fit.
     */
    private void checkOffices(Map<String, SurveyBatch> batches, Map<String, OitChecklist> checked) {
        if (batches.isEmpty()) {
            boolean othersOnly = logs.stream().anyMatch(l -> l.otherOffices > 0);
            logs.get(0).fatal(othersOnly
                    ? new Problem(ProblemKind.MISSING, Location.ROOT, office.orElseThrow(), Message.of("sheet.officeAbsent"))
                    : new Problem(ProblemKind.MISSING, Location.ROOT, null, Message.of("sheet.noRows")));
            return;
        }
        if (checklistLog == null) {
            return;
        }
        batches.forEach((key, batch) -> {
            ChecklistSheet.Rows rows = checklists.get(key);
            if (rows == null) {
                checklistLog.fatal(new Problem(ProblemKind.MISSING, Location.of(key), null,
                        Message.of("sheet.noChecklistRows")));
                return;
            }
            try {
                checked.put(key, batch.checklist(rows.input()));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> checklistLog.fatal(rows.locate(p, key, office.isEmpty())));
            }
        });
        for (String key : checklists.keySet()) {
            if (!batches.containsKey(key)) {
                checklistLog.fatal(new Problem(ProblemKind.MISSING, Location.of(key), null,
                        Message.of("sheet.noSurveyRows")));
            }
        }
    }

    /** Builds a {@link TableImport}; not thread-safe. */
    public static final class Builder {
        private final Editions editions;
        private FiscalYear fiscalYear;
        private String editionId;
        private String office;
        private ImportMapping mapping = ImportMapping.PROPOSED;
        private boolean skipBadRows;
        private Populations populations = Populations.UNKNOWN;
        private org.itascore.oit.OitCatalogue catalogue;
        private java.util.function.BiConsumer<String, Response> onResponse;

        private Builder(Editions editions) {
            this.editions = editions;
        }

        /**
         * {@return this builder}
         *
         * @param year the fiscal year the answers were given for
         */
        public Builder fiscalYear(FiscalYear year) {
            this.fiscalYear = requireNonNull(year, "year");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param id the edition the answers were given under; by default the fiscal year's
         */
        public Builder edition(String id) {
            this.editionId = requireNonNull(id, "id");
            return this;
        }

        /**
         * Names the office read: the office of sheets without an office column, and the only office read from
         * sheets with one.
         *
         * @param name the office's name
         * @return this builder
         */
        public Builder office(String name) {
            this.office = requireNonNull(name, "name");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param importMapping how the sheets are read; by default proposed from their headers
         */
        public Builder mapping(ImportMapping importMapping) {
            this.mapping = requireNonNull(importMapping, "importMapping");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param surveyed the populations surveyed, given to each office read; unknown by default (a sheet does
         *     not hold them)
         */
        public Builder populations(Populations surveyed) {
            this.populations = requireNonNull(surveyed, "surveyed");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param oitCatalogue the OIT catalogue the checklist sheet answers: what an edition without a catalogue of
         *     its own (FY2562, 2566, 2567) needs, as a JSON checklist names it; by default the edition's
         */
        public Builder catalogue(org.itascore.oit.OitCatalogue oitCatalogue) {
            this.catalogue = requireNonNull(oitCatalogue, "oitCatalogue");
            return this;
        }

        /**
         * Tells a listener each response tallied, with its office's name: what a converter to another format
         * writes. Without one, rows are tallied without making a response object.
         *
         * @param listener told the office's name and the response, in row order
         * @return this builder
         */
        public Builder onResponse(java.util.function.BiConsumer<String, Response> listener) {
            this.onResponse = requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Skips the rows with problems, counting them in the result, instead of refusing the sheets.
         *
         * @param skip whether to skip them
         * @return this builder
         */
        public Builder skipBadRows(boolean skip) {
            this.skipBadRows = skip;
            return this;
        }

        /**
         * Resolves the edition and builds the import.
         *
         * @return the import
         * @throws InvalidInputException if there is no fiscal year, the office is blank, the edition is unknown
         *     or does not cover the year, or it has no questionnaire
         */
        public TableImport build() {
            if (fiscalYear == null) {
                throw InvalidInputException.of(ProblemKind.MISSING, Location.of("fiscalYear"), null,
                        Message.of("sheet.fiscalYear"));
            }
            if (office != null) {
                org.itascore.OfficeName.check(office, org.itascore.OfficeName.FIELD);
            }
            return new TableImport(this);
        }
    }
}
