package org.itascore.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.csv.SheetFiles;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.json.RawInput;
import org.itascore.oit.ChecklistInput;
import org.itascore.raw.Populations;
import org.itascore.raw.RawAssessment;
import org.itascore.survey.AnswerScale;
import org.itascore.table.ImportMapping;
import org.itascore.table.ImportResult;
import org.itascore.table.ImportedOffice;
import org.itascore.table.SheetsRequest;
import org.itascore.table.TableImport;

/**
 * {@code POST /v1/raw-assessments}: an office's raw data, as one JSON document (format 9) or as a
 * {@code multipart/form-data} upload, translated to ita-json's readers, ita-csv's sheet readers and ita-core's
 * {@link TableImport}. Holds no rule of its own.
 *
 * <p>An upload has either the parts {@code batch} (format 2) and {@code checklist} (format 3), or Google Forms
 * exports, CSV or XLSX: {@code iit} and {@code eit} (one of them at least), {@code oit} (the checklist, a sheet
 * or JSON), {@code map} (an import map, format 8), with the fields {@code fiscalYear} (required for sheets),
 * {@code office}, {@code edition}, {@code staff}, {@code stakeholders} and {@code catalogue}. Every request may name the answer
 * scale ({@code scale}) as a field or a query parameter. A part beyond the memory threshold is kept in a
 * temporary file while the request runs, and deleted after.
 */
final class RawUploads {

    private static final Set<String> FILES = Set.of("batch", "checklist", "iit", "eit", "oit", "map");
    private static final Set<String> FIELDS = Set.of("fiscalYear", "office", "edition", "staff", "stakeholders", "scale",
            "catalogue");

    /**
     * The web app's forms send more parts: the annual analysis's form carries the result (office, year, edition, ten
     * scores) and six fields of its own; the others add the report file or the token.
     */
    private static final int WEB_FIELDS = 8;

    /** The parts an upload may have: every file and field named above. */
    static final int MAX_PARTS = FILES.size() + FIELDS.size() + WEB_FIELDS;
    /** Bytes of a part's headers (its Content-Disposition with the file's name, its Content-Type). */
    static final int MAX_PART_HEADERS = 16 * 1024;
    /** Characters of a file's name as its sender gives it: what file systems allow. */
    static final int MAX_FILE_NAME = 255;
    /** Bytes of a field's value (a part without a file name): the longest, a pasted table of scores, is a few KiB. */
    static final int MAX_FIELD = 64 * 1024;

    private final Editions editions;
    private final ItaJson json;
    private final MultiPartConfig config;

    RawUploads(Editions editions, ItaJson json, long maxBody) {
        this.editions = editions;
        this.json = json;
        this.config = new MultiPartConfig.Builder()
                .location(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))
                .maxParts(MAX_PARTS)
                .maxHeadersSize(MAX_PART_HEADERS)
                .maxSize(maxBody)
                .maxPartSize(maxBody)
                .maxMemoryPartSize(1 << 20)
                .build();
    }

    /**
     * Scores a JSON body (format 9).
     *
     * @param body the body
     * @param query the query, for {@code scale}
     * @return the office's assessment
     */
    RawAssessment json(InputStream body, Fields query) {
        String scale = query.getValue("scale");
        RawInput raw = json.readRawInput(body, null);
        return raw.request().scale(scale).build().run();
    }

    /**
     * The body could not be read as multipart/form-data, or broke one of its bounds while it was read: a 400, and a
     * connection not to be reused, since the rest of the body was not read.
     */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @serial the problem, in the catalogue's words */
        private final Problem problem;

        Unreadable(Message rule) {
            super(rule.code(), null, false, false);
            this.problem = new Problem(ProblemKind.MALFORMED, Location.ROOT, null, rule);
        }

        /** {@return what is wrong with the body} */
        Problem problem() {
            return problem;
        }
    }

    /**
     * Scores an upload.
     *
     * @param request the request
     * @param contentType its Content-Type, with the boundary
     * @param query the query, for {@code scale}
     * @return the assessment of each office: one, or one per office of an office column
     * @throws InvalidInputException listing every problem of the parts; an
     *     {@link org.itascore.table.ImportException} for problems of sheets at their rows and columns
     * @throws Unreadable if the body is not multipart/form-data
     * @throws RuntimeException as Jetty raised it, if the body is larger than the limit ({@link Endpoint#tooLarge})
     */
    List<RawAssessment> multipart(Request request, String contentType, Fields query) {
        try (MultiPartFormData.Parts parts = parts(request, contentType)) {
            List<MultiPart.Part> list = new ArrayList<>();
            parts.forEach(list::add);
            return score(list, query);
        }
    }

    /**
     * Reads a request's parts, those beyond the memory threshold into temporary files that closing the parts deletes.
     *
     * @param request the request
     * @param contentType its Content-Type, with the boundary
     * @return the parts, to be closed when the request ends
     * @throws Unreadable if the body is not multipart/form-data, or has too many parts or a part's headers too long
     * @throws InvalidInputException if a file's name or a field's value is longer than its bound, naming each
     * @throws RuntimeException as Jetty raised it, if the body is larger than the limit ({@link Endpoint#tooLarge})
     */
    MultiPartFormData.Parts parts(Request request, String contentType) {
        MultiPartFormData.Parts parts;
        try {
            parts = MultiPartFormData.getParts(request, request, contentType, config);
        } catch (RuntimeException e) {
            if (Endpoint.tooLarge(e)) {
                throw e; // answered 413 with every body over the limit
            }
            throw new Unreadable(broken(e));
        }
        List<Problem> problems = new ArrayList<>();
        for (MultiPart.Part part : parts) {
            Location at = Location.of(part.getName() == null || part.getName().isEmpty() ? "-" : part.getName());
            String file = part.getFileName();
            if (file != null && file.codePointCount(0, file.length()) > MAX_FILE_NAME) {
                problems.add(new Problem(ProblemKind.LIMIT, at, file, Message.of("http.uploadFileNameTooLong", MAX_FILE_NAME)));
            } else if (file == null && part.getLength() > MAX_FIELD) {
                problems.add(new Problem(ProblemKind.LIMIT, at, start(part), Message.of("http.uploadFieldTooLong", MAX_FIELD / 1024)));
            } else if (file == null && !utf8(part)) {
                problems.add(new Problem(ProblemKind.MALFORMED, at, start(part), Message.of("http.fieldNotUtf8")));
            }
        }
        if (!problems.isEmpty()) {
            parts.close();
            throw new InvalidInputException(problems);
        }
        return parts;
    }

    /**
     * {@return the bound an upload broke, or that it is no multipart/form-data}: Jetty's parser tells a count of parts
     * or a part's headers over their bound only in its exception's words, read here; a test per bound
     * ({@code HostileUploadsTest}) fails if a Jetty release words them otherwise
     */
    private static Message broken(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (text.contains("too many")) {
                return Message.of("http.uploadTooManyParts", MAX_PARTS);
            }
            if (text.contains("headers max length")) {
                return Message.of("http.uploadPartHeaders", MAX_PART_HEADERS / 1024);
            }
        }
        return Message.of("http.uploadMalformed");
    }

    /**
     * {@return whether a field's bytes are UTF-8 text}: a field is read as text by whoever needs it, which Jetty's
     * decoder refuses with an exception of its own when its bytes are not UTF-8
     */
    private static boolean utf8(MultiPart.Part part) {
        try {
            part.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return false;
        }
    }

    /** {@return the start of a field's value, read no further, for its problem} */
    private static String start(MultiPart.Part part) {
        try (InputStream in = Content.Source.asInputStream(part.getContentSource())) {
            byte[] head = in.readNBytes(4 * Problem.VALUE_SHOWN);
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(head)).toString();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Scores the parts of an upload.
     *
     * @param parts the parts, each named
     * @param query the query, for {@code scale}
     * @return the assessment of each office: one, or one per office of an office column
     * @throws InvalidInputException listing every problem of the parts; an
     *     {@link org.itascore.table.ImportException} for problems of sheets at their rows and columns
     */
    List<RawAssessment> score(List<MultiPart.Part> parts, Fields query) {
        Map<String, MultiPart.Part> named = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (MultiPart.Part part : parts) {
            String name = part.getName() == null ? "" : part.getName();
            Location at = Location.of(name.isEmpty() ? "-" : name);
            if (!FILES.contains(name) && !FIELDS.contains(name)) {
                problems.add(new Problem(ProblemKind.UNKNOWN_FIELD, at, null, Message.of("http.uploadParts")));
            } else if (named.putIfAbsent(name, part) != null) {
                problems.add(new Problem(ProblemKind.DUPLICATE, at, null, Message.of("http.partGivenOnce")));
            }
        }
        boolean batch = named.containsKey("batch") || named.containsKey("checklist");
        boolean sheets = named.containsKey("iit") || named.containsKey("eit") || named.containsKey("oit") || named.containsKey("map");
        if (batch && sheets) {
            problems.add(new Problem(ProblemKind.CONFLICT, Location.ROOT, null,
                    Message.of("http.uploadSurveyBatchChecklist")));
        } else if (!batch && !sheets) {
            problems.add(new Problem(ProblemKind.MISSING, Location.of("batch"), null,
                    Message.of("http.uploadNeedsSurveyBatch")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String scaleName = field(named, "scale") != null ? field(named, "scale") : query.getValue("scale");
        return batch ? List.of(batch(named, scaleName)) : sheets(named, scaleName).raws();
    }

    private RawAssessment batch(Map<String, MultiPart.Part> named, String scale) {
        List<Problem> problems = new ArrayList<>();
        var batch = part(named, "batch", problems, in -> json.readSurveyBatch(in, null),
                Message.of("http.needsBatch"));
        ChecklistInput checklist = part(named, "checklist", problems, json::readChecklist,
                Message.of("http.needsChecklist"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RawInput(batch, checklist).request().scale(scale).build().run();
    }

    private Scored sheets(Map<String, MultiPart.Part> named, String scale) {
        List<Problem> problems = new ArrayList<>();
        ImportMapping mapping = ImportMapping.PROPOSED;
        if (named.containsKey("map")) {
            ImportMapping given = part(named, "map", problems, json::readImportMapping, null);
            mapping = given == null ? mapping : given;
        }
        Map<String, Upload> files = new LinkedHashMap<>();
        for (String name : List.of("iit", "eit", "oit")) {
            MultiPart.Part part = named.get(name);
            if (part != null && field(named, "fiscalYear") == null && !name.equals("oit")) {
                // the timestamps are read before the import when the fiscal year is not given: a part is read once, so
                // its bytes are kept (an upload is bounded by the service's body limit)
                byte[] bytes;
                try (InputStream in = Content.Source.asInputStream(part.getContentSource())) {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                files.put(name, new Upload(fileName(part), () -> new java.io.ByteArrayInputStream(bytes)));
            } else if (part != null) {
                files.put(name, new Upload(fileName(part), () -> Content.Source.asInputStream(part.getContentSource())));
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of("fiscalYear", "office", "edition", "staff", "stakeholders", "catalogue")) {
            fields.put(name, field(named, name));
        }
        return sheets(files, fields, mapping, scale, problems);
    }

    /** A file of an upload: the name its sender gave it, and its bytes to read, once. */
    record Upload(String fileName, Opener bytes) {
    }

    /** Opens a file's bytes. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * What scoring sheets gave.
     *
     * @param raws each office's assessment, in the order read
     * @param notes what the reading decided that the user is told: a fiscal year taken from the timestamps, columns
     *     mapped by the form's order
     */
    record Scored(List<RawAssessment> raws, List<Message> notes) {
    }

    /**
     * Scores an office from its Google Forms exports: the front door {@link SheetsRequest} fed with the files.
     *
     * @param files the files by part name: {@code iit}, {@code eit}, {@code oit} (a sheet or JSON), each optional
     * @param fields the fields by part name ({@code fiscalYear}, {@code office}, {@code edition}, {@code staff},
     *     {@code stakeholders}, {@code catalogue}), null when not given
     * @param mapping the import map, or {@link ImportMapping#PROPOSED}
     * @param scale the answer scale's name, or null
     * @param earlier problems found before (of the map's part), listed with the fields' own
     * @return the assessment of each office, and what the user is told
     * @throws InvalidInputException listing every problem of the fields; an
     *     {@link org.itascore.table.ImportException} for problems of sheets at their rows and columns
     */
    Scored sheets(Map<String, Upload> files, Map<String, String> fields, ImportMapping mapping, String scale,
            List<Problem> earlier) {
        List<Problem> problems = new ArrayList<>(earlier);
        SheetsRequest request = null;
        try {
            request = request(files, fields, mapping, scale);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TableImport in = request.open();
        for (Instrument instrument : List.of(Instrument.IIT, Instrument.EIT)) {
            Upload file = files.get(instrument.name().toLowerCase(java.util.Locale.ROOT));
            if (file != null) {
                read(file, stream -> SheetFiles.readResponses(in, instrument, file.fileName(), stream));
            }
        }
        Upload oit = files.get("oit");
        byte[] checklistBytes;
        try (InputStream stream = oit.bytes().open()) {
            checklistBytes = stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChecklistInput jsonChecklist = null;
        if (SheetFiles.isJsonObject(checklistBytes)) {
            try {
                jsonChecklist = json.readChecklist(new java.io.ByteArrayInputStream(checklistBytes));
            } catch (InvalidInputException e) {
                throw e.under(Location.of("oit"));
            }
        } else {
            SheetFiles.readChecklist(in, oit.fileName(), new java.io.ByteArrayInputStream(checklistBytes));
        }
        org.itascore.table.ImportResult result = in.result();
        List<Message> notes = new ArrayList<>();
        request.fiscalYearNote().ifPresent(notes::add);
        result.sheets().forEach(sheet -> notes.addAll(sheet.notes()));
        return new Scored(request.score(result, jsonChecklist), List.copyOf(notes));
    }

    /**
     * {@return the front door of sheets, its fields mapped from an upload's parts}
     *
     * @param files the files, by part name
     * @param fields the fields, by part name, null when not given
     * @param mapping the import map
     * @param scale the answer scale's name, or null
     * @throws InvalidInputException listing every problem of the fields
     */
    SheetsRequest request(Map<String, Upload> files, Map<String, String> fields, ImportMapping mapping, String scale) {
        SheetsRequest.Builder builder = SheetsRequest.builder(editions);
        if (fields.get("fiscalYear") == null) {
            builder.timestamps(timestamps(files));
        }
        return builder
                .sheets(files.containsKey("iit"), files.containsKey("eit"), files.containsKey("oit"))
                .fiscalYear(fields.get("fiscalYear")).office(fields.get("office")).edition(fields.get("edition"))
                .populations(fields.get("staff"), fields.get("stakeholders")).catalogue(fields.get("catalogue")).scale(scale)
                .mapping(mapping).build();
    }

    /** {@return the fiscal years of the responses sheets' timestamps, read in a first pass over the files} */
    private static org.itascore.table.TimestampYears timestamps(Map<String, Upload> files) {
        org.itascore.table.TimestampYears years = org.itascore.table.TimestampYears.create();
        for (String name : List.of("iit", "eit")) {
            Upload file = files.get(name);
            if (file != null) {
                read(file, stream -> SheetFiles.readTimestamps(years, file.fileName(), stream));
            }
        }
        return years;
    }

    /** Reads a JSON part, its problems located under its name; a missing part is a problem. */
    private static <T> T part(Map<String, MultiPart.Part> named, String name, List<Problem> problems,
            Function<InputStream, T> reader, Message missing) {
        MultiPart.Part part = named.get(name);
        if (part == null) {
            problems.add(new Problem(ProblemKind.MISSING, Location.of(name), null, missing));
            return null;
        }
        try (InputStream in = Content.Source.asInputStream(part.getContentSource())) {
            return reader.apply(in);
        } catch (InvalidInputException e) {
            problems.addAll(e.under(Location.of(name)).problems());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(Upload file, java.util.function.Consumer<InputStream> reading) {
        try (InputStream in = file.bytes().open()) {
            reading.accept(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the file name the client gave a part, else the part's name: what sheet problems are told of} */
    private static String fileName(MultiPart.Part part) {
        String file = part.getFileName();
        return file == null || file.isBlank() ? part.getName() : file;
    }

    private static String field(Map<String, MultiPart.Part> named, String name) {
        MultiPart.Part part = named.get(name);
        return part == null ? null : part.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).strip();
    }

}
