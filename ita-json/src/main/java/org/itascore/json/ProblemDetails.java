package org.itascore.json;

import java.util.List;
import org.itascore.Language;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.table.CellPlaces;
import org.itascore.table.Cells;
import org.itascore.table.SheetReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 9457 problem details ({@code application/problem+json}): the status, a title and detail in the reader's
 * language, the request's path and id, and for an input's problems each one's JSON pointer, value, kind and
 * rule, or for a sheet's problems its sheet, row and column. Never a stack trace or a Java class name. The
 * format's schema is {@code problem-details} ({@link ItaJson#schema(String)}); the service answers with it, and a
 * front end that reports problems as JSON writes the same document.
 *
 * <p>Each method returns the document's text. Thread-safe.
 */
public final class ProblemDetails {

    /** The media type of a problem. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ProblemDetails() {
    }

    /**
     * {@return a problem of no particular input: its status, title and detail}
     *
     * @param status the HTTP status
     * @param type the problem's type, the last segment of its URI ({@code "busy"})
     * @param title the title, in the reader's language
     * @param detail the detail, in the reader's language
     * @param instance the request's path
     * @param requestId the request's id
     */
    public static String of(int status, String type, String title, String detail, String instance, String requestId) {
        return node(status, type, title, detail, instance, requestId).toString();
    }

    /**
     * {@return the problem of an input refused: every problem listed with its pointer, value, code, kind and rule}
     *
     * @param status 400 for input that is not a well-formed document, else 422
     * @param problems the problems, each located in the input
     * @param omitted how many more problems were found and not listed
     * @param language the reader's language
     * @param instance the request's path
     * @param requestId the request's id
     */
    public static String of(int status, List<Problem> problems, long omitted, Language language, String instance, String requestId) {
        return of(status, problems, omitted, language, instance, requestId, false);
    }

    /**
     * {@return the problem of a request's query parameters refused: every problem listed with its parameter (the
     * request field it is located at), value and rule}
     *
     * @param problems the problems, each located at a field of the request
     * @param language the reader's language
     * @param instance the request's path
     * @param requestId the request's id
     */
    public static String ofParameters(List<Problem> problems, Language language, String instance, String requestId) {
        return of(422, problems, 0, language, instance, requestId, true);
    }

    private static String of(int status, List<Problem> problems, long omitted, Language language, String instance,
            String requestId, boolean parameters) {
        ObjectNode root = node(status, status == 400 ? "malformed-input" : "invalid-input",
                Message.of(status == 400 ? "text.problemTitleMalformed" : "text.problemTitleInvalid").text(language),
                Message.of("text.problemsFound", problems.size() + omitted).text(language), instance, requestId);
        ArrayNode list = root.putArray("problems");
        for (Problem p : problems) {
            ObjectNode n = list.addObject();
            if (parameters && !p.location().isRoot() && p.location().segments().get(0) instanceof org.itascore.Location.Property field) {
                n.put("parameter", field.name());
            } else {
                n.put("pointer", JsonPointers.of(p.location()).toString());
            }
            what(n, p, language);
        }
        return omitted(root, omitted);
    }

    /**
     * {@return the problem of sheets refused: every problem of every sheet with the sheet's name, the row as the
     * spreadsheet numbers it, the column's letter and header, the value and the rule}
     *
     * @param e the sheets' refusal
     * @param language the reader's language
     * @param instance the request's path
     * @param requestId the request's id
     */
    public static String of(org.itascore.table.ImportException e, Language language, String instance, String requestId) {
        long count = 0;
        for (SheetReport sheet : e.sheets()) {
            count += sheet.problems().size() + sheet.omitted();
        }
        ObjectNode root = node(422, "invalid-sheets", Message.of("text.problemTitleSheets").text(language),
                Message.of("text.problemsFound", count).text(language), instance, requestId);
        ArrayNode list = root.putArray("problems");
        long omitted = 0;
        for (SheetReport sheet : e.sheets()) {
            omitted += sheet.omitted();
            for (Problem p : sheet.problems()) {
                ObjectNode n = list.addObject();
                n.put("sheet", sheet.source());
                Cells.row(p.location()).ifPresent(row -> n.put("row", row + 1));
                Cells.column(p.location()).ifPresent(column -> {
                    n.put("column", Cells.letter(column));
                    n.put("header", sheet.header(column));
                });
                String place = CellPlaces.of(sheet, p, language);
                if (!place.isEmpty()) {
                    n.put("place", place);
                }
                what(n, p, language);
            }
        }
        return omitted(root, omitted);
    }

    /** Writes what a problem found: the value, if any, the kind and the rule in the reader's language. */
    private static void what(ObjectNode n, Problem p, Language language) {
        if (p.value() != null) {
            n.put("value", p.value());
        }
        n.put("code", p.code());
        n.put("kind", p.kind().name());
        n.put("rule", p.rule(language));
    }

    /** {@return the problem's text, saying how many problems were found beyond those listed, if any} */
    private static String omitted(ObjectNode root, long omitted) {
        if (omitted > 0) {
            root.put("omitted", omitted);
        }
        return root.toString();
    }

    private static ObjectNode node(int status, String type, String title, String detail, String instance, String requestId) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", "https://itascore.org/problems/" + type);
        root.put("title", title);
        root.put("status", status);
        root.put("detail", detail);
        root.put("instance", instance);
        root.put("requestId", requestId);
        return root;
    }
}
