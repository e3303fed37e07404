package org.itascore.json;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.itascore.InvalidInputException;
import org.itascore.Language;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.ProblemKind;
import org.itascore.assess.Assessment;
import org.itascore.cohort.CohortBuilder;
import org.itascore.cohort.CohortResult;
import org.itascore.edition.Editions;
import org.itascore.oit.ChecklistInput;
import org.itascore.raw.RawAssessment;
import org.itascore.raw.SurveyBatch;
import org.itascore.report.IndicatorReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the JSON formats of docs/json-format.md with strict, bounded reading.
 *
 * <p>Strict: duplicate keys, unknown fields (unless {@link #allowingUnknownFields()}), trailing content,
 * NaN and infinities are refused, and every refusal is a Jackson exception whose path
 * {@link JsonPointers#of} turns into a JSON pointer. Bounded by {@link #LIMITS}.
 *
 * <p>Immutable and thread-safe; create one and share it.
 */
public final class ItaJson {

    /**
     * The reading limits: nesting depth 32, numbers of at most 64 digits, strings of at most 10,000
     * characters, property names of at most 1,000 characters, documents of at most 64 MiB.
     */
    public static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxNumberLength(64)
            .maxStringLength(10_000)
            .maxNameLength(1_000)
            .maxDocumentLength(64L * 1024 * 1024)
            .build();

    /** The limits for streams read record by record (survey batches, cohorts): {@link #LIMITS} without a document size. */
    public static final StreamReadConstraints STREAM_LIMITS = LIMITS.rebuild().maxDocumentLength(-1).build();

    /**
     * The JSON Schemas (2020-12) of the formats, by name: {@code report} (format 1), {@code survey-batch} (2),
     * {@code oit-checklist} (3), {@code result} (4), {@code edition} (5), {@code cohort} (6), {@code plan} (7),
     * {@code audit} (the audit output), {@code import-map} (8), {@code raw-input} (9), and {@code common} (the
     * definitions they share).
     */
    public static final List<String> SCHEMAS = List.of("report", "survey-batch", "oit-checklist", "result", "edition",
            "cohort", "plan", "audit", "import-map", "raw-input", "edition-list", "edition-changes", "problem-details", "common");

    private static final ItaJson DEFAULT = new ItaJson(new ItaJsonModule(), false, true, Set.of());

    private final ItaJsonModule module;
    private final boolean unknownFieldsAllowed;
    private final boolean indented;
    private final Set<Language> labels;
    private final JsonMapper mapper;
    /** Writes results, asked for the labels of {@link #withLabels}, if any. */
    private final ObjectWriter writer;
    private final JsonMapper streamMapper;
    /**
     * Reads reports, alone and in cohorts: no duplicate detection in the parser, which would build a set of names
     * for every object; every object of a report is read field by field, which detects repeated fields itself.
     */
    private final JsonMapper reportMapper;
    /**
     * Reads survey batches: stream limits and no duplicate detection in the parser, which would build a set
     * of names for every response; the batch reader detects repeated fields and answers itself.
     */
    private final JsonMapper batchMapper;

    private ItaJson(ItaJsonModule module, boolean unknownFieldsAllowed, boolean indented, Set<Language> labels) {
        this.module = module;
        this.unknownFieldsAllowed = unknownFieldsAllowed;
        this.indented = indented;
        this.labels = labels;
        this.mapper = mapper(module, unknownFieldsAllowed, indented, LIMITS, true);
        this.writer = labels.isEmpty() ? mapper.writer() : mapper.writer().withAttribute(ItaJsonModule.LABELS, labels);
        this.streamMapper = mapper(module, unknownFieldsAllowed, indented, STREAM_LIMITS, false);
        this.reportMapper = mapper(module, unknownFieldsAllowed, indented, LIMITS, false);
        this.batchMapper = mapper(module, unknownFieldsAllowed, indented, STREAM_LIMITS, false);
    }

    private static JsonMapper mapper(ItaJsonModule module, boolean unknownFieldsAllowed, boolean indented,
            StreamReadConstraints limits, boolean parserDetectsDuplicates) {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(limits)
                        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, parserDetectsDuplicates)
                        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                        .build())
                .addModule(module)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !unknownFieldsAllowed)
                .configure(SerializationFeature.INDENT_OUTPUT, indented)
                .build();
    }

    /**
     * Reads a survey batch (format 2) as a stream, in constant memory whatever its size.
     *
     * @param in the JSON document; not closed
     * @param progress told the number of responses read every 10,000 responses and at the end; may be null
     * @return the batch, tallied
     * @throws InvalidInputException listing every problem of the document, each with its location (see
     *     {@link JsonPointers#of(Location)}), if it is not a valid batch
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public SurveyBatch readSurveyBatch(InputStream in, LongConsumer progress) {
        ObjectReader reader = batchMapper.readerFor(SurveyBatch.class);
        if (progress != null) {
            reader = reader.withAttribute(SurveyBatchDeserializer.PROGRESS, progress);
        }
        ObjectReader configured = reader;
        return read(() -> configured.readValue(strict(in)), Message.of("term.surveyBatch"));
    }

    /**
     * Reads an office's raw data in one document (format 9): {@code {"batch": <format 2>, "checklist": <format 3>}},
     * in either order. The batch is read as a stream, in constant memory whatever its size; the checklist is
     * read strictly, like {@link #readChecklist}. Every problem of both is listed, located under
     * {@code /batch} or {@code /checklist}.
     *
     * @param in the JSON document; not closed
     * @param progress told the number of responses read every 10,000 responses and at the end; may be null
     * @return the batch, tallied, and the checklist as read
     * @throws InvalidInputException listing every problem of the document
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public RawInput readRawInput(InputStream in, LongConsumer progress) {
        // the batch is one value inside the document: what follows it is the document's
        ObjectReader batchReader = batchMapper.readerFor(SurveyBatch.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        if (progress != null) {
            batchReader = batchReader.withAttribute(SurveyBatchDeserializer.PROGRESS, progress);
        }
        SurveyBatch batch = null;
        ChecklistInput checklist = null;
        List<org.itascore.Problem> problems = new java.util.ArrayList<>();
        long omitted = 0;
        try (JsonParser p = batchMapper.createParser(strict(in))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw InvalidInputException.of(ProblemKind.TYPE, Location.ROOT, null,
                        Message.of("raw.object"));
            }
            boolean batchSeen = false;
            boolean checklistSeen = false;
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                Location at = Location.of(name);
                boolean repeated = name.equals("batch") ? batchSeen : name.equals("checklist") && checklistSeen;
                if (repeated) {
                    throw InvalidInputException.of(ProblemKind.DUPLICATE, at, name, Message.of("json.duplicateField"));
                }
                try {
                    switch (name) {
                        case "batch" -> {
                            batchSeen = true;
                            batch = batchReader.readValue(p);
                            if (batch == null) {
                                // JSON null is read as no value, never given to the batch's reader
                                problems.add(new org.itascore.Problem(ProblemKind.TYPE, at, "null", Message.of("json.wrongType",
                                        Message.of("json.object", Message.of("term.surveyBatch")), Message.of("term.typeNull"))));
                            }
                        }
                        case "checklist" -> {
                            checklistSeen = true;
                            // copied out and read by the strict reader, which refuses repeated keys
                            java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
                            try (JsonGenerator g = mapper.createGenerator(copy)) {
                                g.copyCurrentStructure(p);
                            }
                            checklist = readChecklist(new java.io.ByteArrayInputStream(copy.toByteArray()));
                        }
                        default -> {
                            if (!unknownFieldsAllowed) {
                                problems.add(new org.itascore.Problem(ProblemKind.UNKNOWN_FIELD, at, null,
                                        Message.of("raw.fields")));
                            }
                            p.skipChildren();
                        }
                    }
                } catch (StreamReadException | StreamConstraintsException e) {
                    throw JsonProblems.toInvalidInput(e);
                } catch (JacksonException e) {
                    InvalidInputException refused = JsonProblems.toInvalidInput(e).under(at);
                    problems.addAll(refused.problems());
                    omitted += refused.omitted();
                    Reading.skipTo(p, 1);
                } catch (InvalidInputException e) {
                    InvalidInputException refused = e.under(at);
                    problems.addAll(refused.problems());
                    omitted += refused.omitted();
                    Reading.skipTo(p, 1);
                }
            }
            if (p.nextToken() != null) {
                throw InvalidInputException.of(ProblemKind.MALFORMED, Location.ROOT, null,
                        JsonProblems.where(Message.of("json.trailing"), p.currentTokenLocation()));
            }
            if (!batchSeen) {
                problems.add(new org.itascore.Problem(ProblemKind.MISSING, Location.of("batch"), null,
                        Message.of("raw.needsBatch")));
            }
            if (!checklistSeen) {
                problems.add(new org.itascore.Problem(ProblemKind.MISSING, Location.of("checklist"), null,
                        Message.of("raw.needsChecklistPart")));
            }
        } catch (JacksonException e) {
            throw JsonProblems.toInvalidInput(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, omitted);
        }
        return new RawInput(batch, checklist);
    }

    /**
     * Reads an OIT checklist (format 3); check it against an edition with
     * {@link org.itascore.raw.SurveyBatch#checklist}.
     *
     * @param in the JSON document; not closed
     * @return the checklist as read
     * @throws InvalidInputException listing every problem of the document, each with its location (see
     *     {@link JsonPointers#of(Location)}), if it is not a valid checklist
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public ChecklistInput readChecklist(InputStream in) {
        return read(() -> mapper.readValue(strict(in), ChecklistInput.class), Message.of("term.oitChecklist"));
    }

    /**
     * Reads an import map (format 8): how the columns of responses sheets and a checklist sheet are read.
     *
     * @param in the JSON document; not closed
     * @return the mapping
     * @throws InvalidInputException listing every problem of the document, each with its location
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public org.itascore.table.ImportMapping readImportMapping(InputStream in) {
        tools.jackson.databind.JsonNode tree = read(() -> mapper.readTree(strict(in)), Message.of("term.importMap"));
        return ImportMappings.read(tree);
    }

    /**
     * Writes an import map (format 8), to save and edit.
     *
     * @param mapping the mapping
     * @return the JSON document, ending with a newline when indented
     */
    public String write(org.itascore.table.ImportMapping mapping) {
        return mapper.writeValueAsString(ImportMappings.write(mapper, mapping)) + (indented ? "\n" : "");
    }

    /**
     * Returns the text of a JSON Schema of {@link #SCHEMAS}. Schemas refer to each other by their
     * {@code $id}, {@code https://itascore.org/schema/NAME.schema.json}.
     *
     * @param name for example {@code "report"}
     * @return the schema, as JSON text
     * @throws IllegalArgumentException if there is no schema of that name
     */
    public static String schema(String name) {
        if (!SCHEMAS.contains(requireNonNull(name, "name"))) {
            throw new IllegalArgumentException("no schema " + name + "; the schemas are " + String.join(", ", SCHEMAS));
        }
        try (InputStream in = ItaJson.class.getResourceAsStream("schema/" + name + ".schema.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@return the strict reader and indented writer for the built-in editions} */
    public static ItaJson standard() {
        return DEFAULT;
    }

    /**
     * {@return the same configuration, resolving edition ids in another registry}
     *
     * @param editions the editions reports may name
     */
    public ItaJson withEditions(Editions editions) {
        return new ItaJson(module.withEditions(editions), unknownFieldsAllowed, indented, labels);
    }

    /** {@return the same configuration, but skipping unknown fields instead of refusing them} */
    public ItaJson allowingUnknownFields() {
        return new ItaJson(module, true, indented, labels);
    }

    /** {@return the same configuration, but writing compact JSON on one line} */
    public ItaJson compact() {
        return new ItaJson(module, unknownFieldsAllowed, false, labels);
    }

    /**
     * Returns the same configuration, writing results that name things in the languages given: each instrument
     * and indicator of an assessment result (format 4) with its {@code title}, the grade with its
     * {@code gradeTitle}, the verdict with its {@code verdictTitle}, and the names of analyses (audits, what-if,
     * plans, cohorts) in those languages only. A name is an object of the languages asked, such as
     * {@code {"th": "ดีเยี่ยม"}}. Findings keep their message in both languages, so that a result reads back
     * whole; edition definitions are written whole.
     *
     * @param languages the languages; none for the codes alone (the default)
     * @return the configuration
     */
    public ItaJson withLabels(Language... languages) {
        Set<Language> chosen = languages.length == 0 ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(List.of(languages)));
        return new ItaJson(module, unknownFieldsAllowed, indented, chosen);
    }

    /** {@return the configured mapper, for reading and writing other values of ita-core} */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Reads an indicator-score report (format 1).
     *
     * @param in the JSON document; not closed
     * @return the report
     * @throws InvalidInputException listing every problem of the document, each with its location (see
     *     {@link JsonPointers#of(Location)}), if it is not a valid report
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public IndicatorReport readReport(InputStream in) {
        return read(() -> reportMapper.readValue(strict(in), IndicatorReport.class), Message.of("term.report"));
    }

    /**
     * Reads an indicator-score report (format 1).
     *
     * @param json the JSON document
     * @return the report
     * @throws InvalidInputException listing every problem of the document, each with its location (see
     *     {@link JsonPointers#of(Location)}), if it is not a valid report
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public IndicatorReport readReport(String json) {
        return read(() -> reportMapper.readValue(requireNonNull(json, "json"), IndicatorReport.class), Message.of("term.report"));
    }

    /**
     * Writes an assessment result (format 4).
     *
     * @param assessment the assessment
     * @return the JSON document, ending with a newline when indented
     */
    public String write(Assessment assessment) {
        return writeValue(requireNonNull(assessment, "assessment"));
    }

    /**
     * Reads an assessment result (format 4) back, re-assessing its indicator scores and refusing any stated
     * value that disagrees with the re-assessment.
     *
     * @param in the JSON document; not closed
     * @return the assessment, with the findings written in the document
     * @throws InvalidInputException listing every problem, if the document is not a valid, consistent result
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public Assessment readAssessment(InputStream in) {
        return read(() -> mapper.readValue(strict(in), Assessment.class), Message.of("term.assessmentResult"));
    }

    /**
     * Starts writing a survey batch (format 2) to a stream, one response at a time.
     *
     * @param out where to write; not closed
     * @param edition the edition the answers were given under
     * @param office the office
     * @param year the fiscal year
     * @param populations the populations surveyed
     * @return the writer; write each response, then close it
     */
    public SurveyBatchWriter surveyBatchWriter(OutputStream out, org.itascore.edition.Edition edition, String office,
            org.itascore.FiscalYear year, org.itascore.raw.Populations populations) {
        return new SurveyBatchWriter(mapper, out, edition, office, year, populations);
    }

    /**
     * Reads an edition definition (format 5), checked exactly as {@link org.itascore.edition.Edition.Builder} checks it.
     *
     * @param in the JSON document; not closed
     * @return the edition
     * @throws InvalidInputException listing every problem of the document, each with its location (see
     *     {@link JsonPointers#of(Location)}), if it is not a valid edition
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public org.itascore.edition.Edition readEdition(InputStream in) {
        return read(() -> mapper.readValue(strict(in), org.itascore.edition.Edition.class), Message.of("term.edition"));
    }

    /**
     * Reads a cohort (format 6): indicator-score reports as a JSON array or as newline-delimited JSON, one
     * report at a time, and gives each to a {@link CohortBuilder}, which assesses it under the editions it was
     * made with. A record that is not a valid report is given to the builder as refused: a lenient builder
     * records it with its index and goes on, a strict one stops.
     *
     * @param in the JSON document; not closed
     * @param builder the cohort being built; its editions are those the reports may name
     * @return what the builder made of the records
     * @throws InvalidInputException if the input is not JSON (a syntax error stops reading, whatever the
     *     mode), if content follows the cohort's array, if no record could be assessed, or, with a strict
     *     builder, at the first bad record, located under its index
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public CohortResult readCohort(InputStream in, CohortBuilder builder) {
        requireNonNull(in, "in");
        requireNonNull(builder, "builder");
        // records follow each other in one stream: the end of one is not the end of the input
        ObjectReader reader = streamMapper.readerFor(IndicatorReport.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser p = streamMapper.createParser(strict(in))) {
            JsonToken t = p.nextToken();
            boolean array = t == JsonToken.START_ARRAY;
            int depth = array ? 1 : 0;
            if (array) {
                t = p.nextToken();
            }
            while (t != null && !(array && t == JsonToken.END_ARRAY)) {
                try {
                    IndicatorReport report = reader.readValue(p);
                    if (report == null) {
                        builder.refuse(Optional.empty(), InvalidInputException.of(ProblemKind.TYPE, Location.ROOT, "null",
                                Message.of("json.reportNull")));
                    } else {
                        builder.add(report);
                    }
                } catch (StreamReadException | StreamConstraintsException e) {
                    // the parser cannot go on; in newline-delimited input its location does not say which record
                    InvalidInputException problems = JsonProblems.toInvalidInput(e);
                    throw array ? problems : problems.under(Location.ROOT.index(builder.records()));
                } catch (JacksonException e) {
                    builder.refuse(Optional.empty(), JsonProblems.toInvalidInput(e));
                    Reading.skipTo(p, depth);
                }
                t = p.nextToken();
            }
            if (array && p.nextToken() != null) {
                throw InvalidInputException.of(ProblemKind.MALFORMED, Location.ROOT, null,
                        JsonProblems.where(Message.of("json.cohortTrailing"), p.currentTokenLocation()));
            }
        } catch (JacksonException e) {
            throw JsonProblems.toInvalidInput(e);
        }
        return builder.build();
    }

    /**
     * Reads an improvement plan with the report it answers (format 7).
     *
     * @param in the JSON document; not closed
     * @return the plan and report
     * @throws InvalidInputException listing every problem of the document, each with its location (see
     *     {@link JsonPointers#of(Location)}), if it is not a valid plan
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public PlanInput readPlan(InputStream in) {
        return read(() -> mapper.readValue(strict(in), PlanInput.class), Message.of("term.plan"));
    }

    /**
     * Writes any result of the library (an assessment, audit, cohort statistics, what-if, plan coverage,
     * history) in its documented form.
     *
     * @param value the result
     * @return the JSON document, ending with a newline when indented
     */
    public String writeValue(Object value) {
        return writer.writeValueAsString(requireNonNull(value, "value")) + (indented ? "\n" : "");
    }

    /**
     * Writes the editions list: each edition's id, title and fiscal years (schema {@code edition-list}), what
     * {@code GET /v1/editions} answers.
     *
     * @param editions the editions, in the order to list them
     * @return the JSON document, ending with a newline when indented
     */
    public String writeEditionList(List<org.itascore.edition.Edition> editions) {
        requireNonNull(editions, "editions");
        List<java.util.Map<String, Object>> list = new java.util.ArrayList<>();
        for (org.itascore.edition.Edition e : editions) {
            java.util.Map<String, Object> item = new java.util.LinkedHashMap<>();
            item.put("id", e.id());
            java.util.Map<String, String> title = new java.util.LinkedHashMap<>();
            title.put("th", e.title().thai());
            title.put("en", e.title().english());
            item.put("title", title);
            item.put("fiscalYears", e.fiscalYears().stream().map(org.itascore.FiscalYear::buddhistEra).toList());
            list.add(item);
        }
        return writeValue(list);
    }

    /**
     * Writes the changes from one edition to another (schema {@code edition-changes}): each rule that differs, with
     * its value before and after.
     *
     * @param changes the changes, as {@link org.itascore.edition.Edition#changesFrom} lists them
     * @return the JSON document, ending with a newline when indented
     */
    public String writeChanges(List<org.itascore.edition.EditionChange> changes) {
        requireNonNull(changes, "changes");
        return writeValue(changes.stream().map(c -> {
            java.util.Map<String, String> item = new java.util.LinkedHashMap<>();
            item.put("rule", c.rule());
            item.put("before", c.before());
            item.put("after", c.after());
            return item;
        }).toList());
    }

    /**
     * Writes any result of the library as {@link #writeValue(Object)} does, as UTF-8 bytes: what a service sends,
     * without the text made first.
     *
     * @param value the result
     * @return the JSON document's bytes, ending with a newline when indented
     */
    public byte[] writeBytes(Object value) {
        byte[] json = writer.writeValueAsBytes(requireNonNull(value, "value"));
        if (!indented) {
            return json;
        }
        byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        return withNewline;
    }

    /**
     * Writes what a cohort builder made of a cohort, against a target share: the statistics; over several
     * fiscal years, each year's pass rate and its change ({@code "years"}) and each office's history and the
     * years it is missing from ({@code "offices"}); when the builder planned, {@code "plans"} (each failing
     * office with its {@code combined} plans, the indicators most often needing work, and the least effort
     * that brings the target share of offices to the target). See docs/json-format.md, analysis outputs.
     *
     * @param result the cohort
     * @param target the target share of offices passing, from 0 to 1
     * @return the JSON document, ending with a newline when indented
     */
    public String write(org.itascore.cohort.CohortResult result, org.itascore.Rational target) {
        return writeValue(new AnalysisSerializers.CohortOutput(requireNonNull(result, "result"), requireNonNull(target, "target")));
    }

    /**
     * Writes an assessment from raw data: format 4 with its diagnostics ({@code questions}, {@code publishNext}).
     *
     * @param raw the assessment
     * @return the JSON document, ending with a newline when indented
     */
    public String write(RawAssessment raw) {
        return writeValue(requireNonNull(raw, "raw"));
    }

    /**
     * Writes an assessment from a form's exports: format 4 with its diagnostics and, when rows were skipped on
     * request ({@code --skip-bad-rows}), {@code skippedRows}: for each sheet that skipped rows, its name, the rows
     * read and skipped, and each skipped row's problems at its row and column.
     *
     * @param raw the assessment
     * @param sheets what became of the sheets' rows ({@link org.itascore.table.ImportResult#sheets()})
     * @return the JSON document, ending with a newline when indented
     */
    public String write(RawAssessment raw, java.util.List<org.itascore.table.SheetReport> sheets) {
        return writeValue(new RawAssessmentSerializer.FromSheets(requireNonNull(raw, "raw"), java.util.List.copyOf(sheets)));
    }

    /**
     * Writes an assessment result (format 4).
     *
     * @param assessment the assessment
     * @param out where to write; not closed
     */
    public void write(Assessment assessment, OutputStream out) {
        writer.writeValue(requireNonNull(out, "out"), requireNonNull(assessment, "assessment"));
    }

    /** {@return the stream, checked for well-formed UTF-8 as it is read} */
    private static java.io.InputStream strict(java.io.InputStream in) {
        return new StrictUtf8InputStream(requireNonNull(in, "in"));
    }

    /**
     * Runs a read, turning whatever Jackson refuses into the library's problems, and refusing the
     * document {@code null}.
     */
    private static <T> T read(java.util.function.Supplier<T> reading, Message what) {
        T value;
        try {
            value = reading.get();
        } catch (JacksonException e) {
            throw JsonProblems.toInvalidInput(e);
        }
        if (value == null) {
            throw InvalidInputException.of(ProblemKind.TYPE, Location.ROOT, "null", Message.of("json.wrongType",
                    Message.of("json.object", what), Message.of("term.typeNull")));
        }
        return value;
    }
}
