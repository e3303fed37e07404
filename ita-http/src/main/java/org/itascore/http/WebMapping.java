package org.itascore.http;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Language;
import org.itascore.Message;
import org.itascore.csv.SheetPreview;
import org.itascore.csv.SheetFiles;
import org.itascore.survey.Question;
import org.itascore.table.Cells;
import org.itascore.table.ImportException;
import org.itascore.table.ImportMapping;
import org.itascore.table.MappingProposal;
import org.itascore.table.SheetMapping;
import org.itascore.table.SheetReport;
import org.itascore.table.TableImport;

/**
 * The column-mapping page, for Google Forms exports whose headers the library does not recognise: each column of
 * each responses sheet with its header, a few answers and the question proposed (the core's
 * {@link MappingProposal}), a choice list to fix it, and the buttons to score with the mapping or download it as an
 * import map (format 8) to reuse next year and on the command line. The files ride along in the page, so that
 * nothing is kept on the server between the two requests.
 */
final class WebMapping {

    /** The sheets a mapping is chosen for. */
    static final List<String> SHEETS = List.of("iit", "eit");
    /** The choice of a column that is not a question. */
    static final String IGNORE = "";
    static final String TIMESTAMP = "=timestamp";
    static final String OFFICE = "=office";
    private static final int ANSWERS_SHOWN = 3;

    private WebMapping() {
    }

    /** An uploaded file kept in the page: its name and bytes. */
    record File(String name, byte[] bytes) {
        RawUploads.Upload upload() {
            return new RawUploads.Upload(name, () -> new java.io.ByteArrayInputStream(bytes));
        }
    }

    /**
     * {@return whether a refusal of sheets is one a mapping fixes}: a responses sheet's header row has a problem (an
     * unmapped column, a question without a column, one given twice)
     *
     * @param e the refusal
     * @param files the files, by part name
     */
    static boolean fixable(ImportException e, Map<String, File> files) {
        return e.sheets().stream().anyMatch(sheet -> sheet.problems().stream().anyMatch(p -> mapped(sheet, p, files)));
    }

    /** {@return whether a problem is one the mapping table shows: in a responses sheet's header row} */
    static boolean mapped(SheetReport sheet, org.itascore.Problem problem, Map<String, File> files) {
        boolean responses = SHEETS.stream().anyMatch(n -> files.containsKey(n) && files.get(n).name().equals(sheet.source()));
        return responses && Cells.row(problem.location()).orElse(-1) == 0;
    }

    /**
     * {@return the import map the page's choices make}
     *
     * @param files the files, by part name
     * @param choices each column's choice, by {@code iit.column.N}: a question's id, {@link #IGNORE},
     *     {@link #TIMESTAMP} or {@link #OFFICE}
     */
    static ImportMapping mapping(Map<String, File> files, Map<String, String> choices) {
        Map<Instrument, SheetMapping> sheets = new LinkedHashMap<>();
        for (String name : SHEETS) {
            File file = files.get(name);
            if (file == null) {
                continue;
            }
            Instrument instrument = Instrument.parse(name.toUpperCase(java.util.Locale.ROOT));
            List<String> headers = SheetFiles.headers(file.name(), new java.io.ByteArrayInputStream(file.bytes()));
            SheetMapping.Builder b = SheetMapping.builder(instrument);
            for (int c = 0; c < headers.size(); c++) {
                String choice = choices.getOrDefault(name + ".column." + c, IGNORE);
                String header = headers.get(c);
                switch (choice) {
                    case IGNORE -> b.ignore(header);
                    case TIMESTAMP -> b.timestamp(header);
                    case OFFICE -> b.office(header);
                    default -> b.question(header, choice);
                }
            }
            sheets.put(instrument, b.build());
        }
        return ImportMapping.of(Optional.ofNullable(sheets.get(Instrument.IIT)), Optional.ofNullable(sheets.get(Instrument.EIT)),
                Optional.empty(), Map.of());
    }

    /**
     * {@return the mapping page}
     *
     * @param language the page's language
     * @param in the import the sheets are read into, for its questionnaire and proposals
     * @param files the files, by part name
     * @param fields the form's fields (office, year, edition, numbers surveyed)
     * @param choices the choices made so far, by {@code iit.column.N}; empty for the proposal
     * @param lines the problems to list
     * @param token whether the service asks for its token
     */
    static String page(Language language, TableImport in, Map<String, File> files, Map<String, String> fields,
            Map<String, String> choices, List<WebPages.Line> lines, boolean token) {
        WebPages.Html h = new WebPages.Html(language);
        h.open(Message.of("text.webMappingTitle").text(language));
        h.raw("<main id=\"main\">\n<section id=\"mapping\" aria-labelledby=\"mapping-title\">\n<h1 id=\"mapping-title\">")
                .text(Message.of("text.webMappingTitle").text(language)).raw("</h1>\n<p>")
                .text(Message.of("text.webMappingIntro").text(language)).raw("</p>\n");
        if (!lines.isEmpty()) {
            h.raw("<div class=\"errors\" role=\"alert\" id=\"mapping-errors\">\n<h2>")
                    .text(Message.of("text.webProblems", lines.size()).text(language)).raw("</h2>\n<ul>\n");
            lines.forEach(l -> h.raw("<li>").text(l.text()).raw("</li>\n"));
            h.raw("</ul>\n</div>\n");
        }
        // urlencoded: the files ride as text fields, and the choices are as many fields as the sheets have columns
        h.raw("<form method=\"post\" action=\"/mapping").raw(language == Language.ENGLISH ? "?lang=en" : "")
                .raw("\" novalidate>\n");
        fields.forEach((name, value) -> {
            if (value != null) {
                h.raw("<input type=\"hidden\" name=\"").raw(name).raw("\" value=\"").text(value).raw("\"/>\n");
            }
        });
        files.forEach((name, file) -> h.raw("<input type=\"hidden\" name=\"").raw(name).raw(".name\" value=\"").text(file.name())
                .raw("\"/>\n<input type=\"hidden\" name=\"").raw(name).raw(".file\" value=\"")
                .raw(Base64.getEncoder().encodeToString(file.bytes())).raw("\"/>\n"));
        for (String name : SHEETS) {
            File file = files.get(name);
            if (file != null) {
                sheet(h, language, in, name, file, choices);
            }
        }
        if (token) {
            h.raw("<div class=\"field\">\n<label for=\"mapping-token\">").text(Message.of("text.webToken").text(language))
                    .raw("</label>\n<input id=\"mapping-token\" name=\"token\" type=\"password\" autocomplete=\"current-password\"/>\n</div>\n");
        }
        h.raw("<button type=\"submit\" name=\"action\" value=\"score\">").text(Message.of("text.webMappingScore").text(language))
                .raw("</button>\n<button type=\"submit\" name=\"action\" value=\"download\" class=\"secondary\">")
                .text(Message.of("text.webMappingDownload").text(language)).raw("</button>\n</form>\n</section>\n</main>\n");
        return h.close();
    }

    private static void sheet(WebPages.Html h, Language language, TableImport in, String name, File file,
            Map<String, String> choices) {
        Instrument instrument = Instrument.parse(name.toUpperCase(java.util.Locale.ROOT));
        SheetPreview preview;
        try {
            preview = SheetFiles.preview(file.name(), new java.io.ByteArrayInputStream(file.bytes()), MappingProposal.SAMPLE);
        } catch (InvalidInputException e) {
            return; // a file that is not a table: its problem is listed at the top
        }
        SheetMapping proposed = in.propose(instrument, preview.headers(), preview.rows()).mapping();
        List<Question> questions = in.questionnaire().questions(instrument);
        h.raw("<fieldset class=\"sheet\">\n<legend>").text(instrument.name() + ": " + file.name()).raw("</legend>\n")
                .raw("<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">")
                .text(Message.of("text.webMappingColumn").text(language)).raw("</th><th scope=\"col\">")
                .text(Message.of("text.webMappingHeader").text(language)).raw("</th><th scope=\"col\">")
                .text(Message.of("text.webMappingAnswers").text(language)).raw("</th><th scope=\"col\">")
                .text(Message.of("text.webMappingQuestion").text(language)).raw("</th></tr></thead>\n<tbody>\n");
        for (int c = 0; c < preview.headers().size(); c++) {
            String header = preview.headers().get(c);
            String key = name + ".column." + c;
            String chosen = choices.containsKey(key) ? choices.get(key) : proposal(proposed, header);
            String id = name + "-column-" + c;
            h.raw("<tr><td>").text(Cells.letter(c)).raw("</td><td>").text(header).raw("</td><td>")
                    .text(String.join(" · ", preview.answers(c, ANSWERS_SHOWN))).raw("</td><td><label class=\"visually-hidden\" for=\"")
                    .raw(id).raw("\">").text(Message.of("text.webMappingQuestionOf", Cells.letter(c)).text(language))
                    .raw("</label><select id=\"").raw(id).raw("\" name=\"").raw(key).raw("\">\n");
            option(h, IGNORE, Message.of("text.webMappingIgnore").text(language), chosen);
            option(h, TIMESTAMP, Message.of("text.webMappingTimestamp").text(language), chosen);
            option(h, OFFICE, Message.of("text.webMappingOffice").text(language), chosen);
            for (Question q : questions) {
                option(h, q.id(), q.id() + " · " + Message.of("text.indicator4").text(language) + q.indicator().number() + " "
                        + q.indicator().title().in(language) + q.wording().map(w -> ": " + w.in(language)).orElse(""), chosen);
            }
            h.raw("</select></td></tr>\n");
        }
        h.raw("</tbody>\n</table></div>\n</fieldset>\n");
    }

    private static String proposal(SheetMapping proposed, String header) {
        if (proposed.timestamp().filter(t -> SheetMapping.matches(header, t)).isPresent()) {
            return TIMESTAMP;
        }
        if (proposed.office().filter(o -> SheetMapping.matches(header, o)).isPresent()) {
            return OFFICE;
        }
        return proposed.questions().entrySet().stream().filter(e -> SheetMapping.matches(header, e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(IGNORE);
    }

    private static void option(WebPages.Html h, String value, String label, String chosen) {
        h.raw("<option value=\"").text(value).raw('"').raw(value.equals(chosen) ? " selected" : "").raw('>').text(label)
                .raw("</option>\n");
    }

    /** {@return the files a mapping page carried, decoded} */
    static Map<String, File> files(Map<String, String> fields) {
        Map<String, File> files = new LinkedHashMap<>();
        for (String name : List.of("iit", "eit", "oit")) {
            String data = fields.get(name + ".file");
            if (data != null) {
                try {
                    files.put(name, new File(fields.getOrDefault(name + ".name", name), Base64.getDecoder().decode(data.strip())));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of(org.itascore.Location.of(name), null, Message.of("text.webMappingFile"));
                }
            }
        }
        return files;
    }

    /** {@return the choices of a mapping page's fields, by {@code iit.column.N}} */
    static Map<String, String> choices(Map<String, String> fields) {
        Map<String, String> choices = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (k.contains(".column.")) {
                choices.put(k, v);
            }
        });
        return choices;
    }
}
