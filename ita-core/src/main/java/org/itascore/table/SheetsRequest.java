package org.itascore.table;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.OfficeName;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.edition.Editions;
import org.itascore.oit.ChecklistInput;
import org.itascore.oit.OitCatalogue;
import org.itascore.raw.Populations;
import org.itascore.raw.RawAssessment;
import org.itascore.survey.AnswerScale;

/**
 * The front door of the use case "score an office from its Google Forms exports": the IIT and EIT responses
 * sheets, the OIT checklist (a sheet, or a JSON checklist kept apart), and the settings that say how to read them.
 * The command line ({@code ita score --iit --eit --oit}), the service ({@code POST /v1/raw-assessments} with
 * sheets) and the web app map their options, parts and fields onto it; reading a file's bytes into rows is theirs
 * (ita-csv), every rule is here.
 *
 * <table>
 * <caption>The request's fields</caption>
 * <tr><th>field</th><th>default</th><th>rule</th></tr>
 * <tr><td>{@code iit}, {@code eit}</td><td>-</td><td>at least one responses sheet</td></tr>
 * <tr><td>{@code oit}</td><td>-</td><td>the checklist, a sheet or JSON: scoring needs it</td></tr>
 * <tr><td>{@code fiscalYear}</td><td>the one year of the answers' timestamps ({@link Builder#timestamps})</td><td>a
 *     Buddhist Era year ({@link FiscalYear#parse})</td></tr>
 * <tr><td>{@code office}</td><td>the sheets' office column</td><td>{@link OfficeName}</td></tr>
 * <tr><td>{@code edition}</td><td>the fiscal year's</td><td>a known edition that covers the year</td></tr>
 * <tr><td>{@code staff}, {@code stakeholders}</td><td>unknown</td><td>{@link Populations#parse}</td></tr>
 * <tr><td>{@code scale}</td><td>the edition's</td><td>a built-in scale ({@link AnswerScale#named})</td></tr>
 * <tr><td>{@code catalogue}</td><td>the edition's</td><td>a built-in OIT catalogue ({@link OitCatalogue#builtIn}): a
 *     checklist of FY2562, 2566 or 2567, whose editions have none of their own, names the list it answers</td></tr>
 * </table>
 *
 * <pre>{@code
 * SheetsRequest request = SheetsRequest.builder(Editions.builtIn())
 *         .sheets(true, true, true).fiscalYear("2564").office("สพม.ตัวอย่าง").build();
 * TableImport in = request.open();
 * SheetFiles.readResponses(in, Instrument.IIT, "iit.csv", iitBytes);   // ita-csv reads the files into it
 * SheetFiles.readResponses(in, Instrument.EIT, "eit.csv", eitBytes);
 * SheetFiles.readChecklist(in, "oit.csv", oitBytes);
 * List<RawAssessment> offices = request.score(in.result(), null);
 * }</pre>
 *
 * <p>Every problem of the settings is reported at once, each at its field, with the value as given. Immutable and
 * thread-safe; {@link #open()} makes a new import each time.
 */
public final class SheetsRequest {

    private final TableImport.Builder template;
    private final Optional<AnswerScale> scale;
    private final Optional<OitCatalogue> catalogue;

    private final Optional<Message> yearNote;

    private SheetsRequest(TableImport.Builder template, Optional<AnswerScale> scale, Optional<OitCatalogue> catalogue,
            Optional<Message> yearNote) {
        this.template = template;
        this.scale = scale;
        this.catalogue = catalogue;
        this.yearNote = yearNote;
    }

    /**
     * {@return what the user is told when the fiscal year was not given and was taken from the answers' timestamps,
     * all in one fiscal year; empty when it was given}
     */
    public Optional<Message> fiscalYearNote() {
        return yearNote;
    }

    /**
     * {@return a builder of requests}
     *
     * @param editions the registry the edition is chosen from
     */
    public static Builder builder(Editions editions) {
        return new Builder(requireNonNull(editions, "editions"));
    }

    /** {@return the answer scale asked for, if another than the edition's} */
    public Optional<AnswerScale> scale() {
        return scale;
    }

    /**
     * Opens an import the sheets are read into.
     *
     * @return a new import, set as this request says
     */
    public TableImport open() {
        return template.build();
    }

    /**
     * Scores each office of the sheets read.
     *
     * @param result what the import read ({@link TableImport#result()})
     * @param jsonChecklist the office's checklist given as JSON instead of a checklist sheet, or {@code null}; it
     *     stands in for any checklist sheet read
     * @return one assessment per office, in the order read
     * @throws InvalidInputException if an office's data cannot be scored (a JSON checklist's problems are located
     *     under {@code oit})
     */
    public List<RawAssessment> score(ImportResult result, ChecklistInput jsonChecklist) {
        requireNonNull(result, "result");
        List<RawAssessment> out = new ArrayList<>();
        for (ImportedOffice office : result.offices()) {
            out.add(score(office, jsonChecklist));
        }
        return out;
    }

    /**
     * Scores one office of the sheets read.
     *
     * @param office the office as read
     * @param jsonChecklist the office's checklist given as JSON instead of a checklist sheet, or {@code null}
     * @return its assessment
     * @throws InvalidInputException if the office's data cannot be scored: no checklist at all
     *     ({@code raw.needsChecklist} at {@code oit}), a JSON checklist that does not fit the edition (under
     *     {@code oit}), or the assessor's own refusals
     */
    public RawAssessment score(ImportedOffice office, ChecklistInput jsonChecklist) {
        requireNonNull(office, "office");
        AnswerScale points = scale.orElse(null);
        if (jsonChecklist != null && jsonChecklist.catalogue().isEmpty() && catalogue.isPresent()) {
            jsonChecklist = new ChecklistInput(catalogue, jsonChecklist.entries());
        }
        return jsonChecklist == null ? office.assess(points) : office.assess(points, jsonChecklist);
    }

    /** Builds a {@link SheetsRequest}; each setting is given as text as the user wrote it. Not thread-safe. */
    public static final class Builder {
        private final Editions editions;
        private boolean iit;
        private boolean eit;
        private boolean checklist;
        private boolean scoring = true;
        private String fiscalYear;
        private String office;
        private String edition;
        private String staff;
        private String stakeholders;
        private String scale;
        private String catalogue;
        private TimestampYears timestamps;
        private ImportMapping mapping = ImportMapping.PROPOSED;
        private boolean skipBadRows;
        private java.util.function.BiConsumer<String, org.itascore.survey.Response> onResponse;

        private Builder(Editions editions) {
            this.editions = editions;
        }

        /**
         * Says which sheets the request has.
         *
         * @param iitGiven whether an IIT responses sheet is given (the field {@code iit})
         * @param eitGiven whether an EIT responses sheet is given ({@code eit})
         * @param checklistGiven whether the checklist is given, a sheet or JSON ({@code oit})
         * @return this builder
         */
        public Builder sheets(boolean iitGiven, boolean eitGiven, boolean checklistGiven) {
            this.iit = iitGiven;
            this.eit = eitGiven;
            this.checklist = checklistGiven;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param score whether the offices are scored (the default), which needs their checklist; an import that
         *     only converts the sheets needs none
         */
        public Builder scoring(boolean score) {
            this.scoring = score;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param text the fiscal year as written (B.E.), or {@code null} when not given
         */
        public Builder fiscalYear(String text) {
            this.fiscalYear = text;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param text the office's name, or {@code null} to take it from the sheets
         */
        public Builder office(String text) {
            this.office = text;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param id the edition's id, or {@code null} for the fiscal year's
         */
        public Builder edition(String id) {
            this.edition = id;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param staffText the office's staff as written, or {@code null} when not known
         * @param stakeholdersText its service users and stakeholders as written, or {@code null} when not known
         */
        public Builder populations(String staffText, String stakeholdersText) {
            this.staff = staffText;
            this.stakeholders = stakeholdersText;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param name a built-in answer scale's name, or {@code null} for the edition's
         */
        public Builder scale(String name) {
            this.scale = name;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param years the fiscal years the sheets' answers were time-stamped in, read before the import: when the fiscal
         *     year is not given and every timestamp falls in one, that year is taken, and said
         *     ({@link SheetsRequest#fiscalYearNote()}); when they fall in several, the problem at {@code fiscalYear} lists
         *     them
         */
        public Builder timestamps(TimestampYears years) {
            this.timestamps = requireNonNull(years, "years");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param name the name of the built-in OIT catalogue the checklist answers, or {@code null} for the edition's
         */
        public Builder catalogue(String name) {
            this.catalogue = name;
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
         * @param skip whether rows with problems are skipped and counted instead of refused
         */
        public Builder skipBadRows(boolean skip) {
            this.skipBadRows = skip;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param listener told the office's name and each response tallied, in row order
         */
        public Builder onResponse(java.util.function.BiConsumer<String, org.itascore.survey.Response> listener) {
            this.onResponse = requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Checks every setting and builds the request.
         *
         * @return the request
         * @throws InvalidInputException with every problem of the settings, each at its field
         */
        public SheetsRequest build() {
            List<Problem> problems = new ArrayList<>();
            if (!iit && !eit) {
                problems.add(new Problem(ProblemKind.MISSING, Location.of("iit"), null, Message.of("sheet.noResponses")));
            }
            if (scoring && !checklist) {
                problems.add(new Problem(ProblemKind.MISSING, Location.of("oit"), null, Message.of("raw.needsChecklist")));
            }
            TableImport.Builder template = TableImport.builder(editions).mapping(mapping).skipBadRows(skipBadRows);
            if (onResponse != null) {
                template.onResponse(onResponse);
            }
            FiscalYear taken = null;
            if (fiscalYear == null && timestamps != null && timestamps.single().isPresent()) {
                taken = timestamps.single().get();
                template.fiscalYear(taken);
            } else if (fiscalYear == null && timestamps != null && timestamps.count() > 0) {
                problems.add(new Problem(ProblemKind.MISSING, Location.of("fiscalYear"), null, Message.of("sheet.fiscalYearSeveral",
                        timestamps.fiscalYears().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                                .collect(java.util.stream.Collectors.joining(", ")))));
            } else if (fiscalYear == null) {
                problems.add(new Problem(ProblemKind.MISSING, Location.of("fiscalYear"), null, Message.of("sheet.fiscalYear")));
            } else {
                InvalidInputException.collect(problems, () -> template.fiscalYear(FiscalYear.parse(fiscalYear)));
            }
            if (office != null) {
                InvalidInputException.collect(problems, () -> template.office(OfficeName.of(office).text()));
            }
            if (edition != null) {
                InvalidInputException.collect(problems, () -> template.edition(editions.get(edition).id()));
            }
            InvalidInputException.collect(problems, () -> template.populations(Populations.parse(staff, stakeholders)));
            if (catalogue != null) {
                InvalidInputException.collect(problems, () -> template.catalogue(OitCatalogue.builtIn(catalogue)));
            }
            AnswerScale points = null;
            if (scale != null) {
                try {
                    points = AnswerScale.named(scale);
                } catch (InvalidInputException e) {
                    problems.addAll(e.at(Location.of("scale")).problems());
                }
            }
            if (problems.isEmpty()) {
                // the edition is resolved against the year: a year the edition does not cover is said at fiscalYear
                InvalidInputException.collect(problems, template::build);
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new SheetsRequest(template, Optional.ofNullable(points),
                    catalogue == null ? Optional.empty() : Optional.of(OitCatalogue.builtIn(catalogue)),
                    taken == null ? Optional.empty() : Optional.of(Message.of("sheet.yearFromTimestamps", taken, timestamps.count())));
        }

    }
}
