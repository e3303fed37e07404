package org.itascore.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.survey.Answer;
import org.itascore.table.ChecklistColumns;
import org.itascore.table.ImportMapping;
import org.itascore.table.SheetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Format 8 of docs/json-format.md, the import map: how the columns of responses sheets and a checklist sheet
 * are read ({@link ImportMapping}). A map file is small, so it is read as a tree and checked field by field,
 * every problem listed with its JSON pointer.
 */
final class ImportMappings {

    private ImportMappings() {
    }

    private static final Set<String> TOP = Set.of("$schema", "iit", "eit", "oit", "labels");
    private static final Set<String> SHEET = Set.of("columns", "office", "timestamp", "ignore");
    private static final Set<String> CHECKLIST = Set.of("item", "present", "evidence", "note", "office");

    static ImportMapping read(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw InvalidInputException.of(ProblemKind.TYPE, Location.ROOT, describe(root),
                    Message.of("json.importMapObject"));
        }
        whole(root, Location.ROOT, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems); // a header with half a character would be written back as "?"
        }
        unknown(root, TOP, Location.ROOT, problems);
        Optional<SheetMapping> iit = sheet(root.get("iit"), Instrument.IIT, problems);
        Optional<SheetMapping> eit = sheet(root.get("eit"), Instrument.EIT, problems);
        Optional<ChecklistColumns> oit = checklist(root.get("oit"), problems);
        Map<String, Answer> labels = labels(root.get("labels"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return ImportMapping.of(iit, eit, oit, labels);
    }

    /** Lists every name and text of a tree that holds half a character alone, at its place. */
    private static void whole(JsonNode node, Location at, List<Problem> problems) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String half = Reading.halfCharacter(e.getKey());
                if (half != null) {
                    problems.add(new Problem(ProblemKind.INVALID, at.property(e.getKey()), half, Message.of("json.loneSurrogate")));
                }
                whole(e.getValue(), at.property(e.getKey()), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                whole(node.get(i), at.index(i), problems);
            }
        } else if (node.isString()) {
            String half = Reading.halfCharacter(node.stringValue());
            if (half != null) {
                problems.add(new Problem(ProblemKind.INVALID, at, half, Message.of("json.loneSurrogate")));
            }
        }
    }

    private static void unknown(JsonNode node, Set<String> known, Location at, List<Problem> problems) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(new Problem(ProblemKind.UNKNOWN_FIELD, at.property(name), name,
                        Message.of("json.importMapField", String.join(", ", known.stream().sorted().toList()))));
            }
        }
    }

    private static Optional<SheetMapping> sheet(JsonNode node, Instrument instrument, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        Location at = Location.of(instrument.name().toLowerCase(java.util.Locale.ROOT));
        if (!object(node, at, Message.of("term.sheetMapping"), problems)) {
            return Optional.empty();
        }
        unknown(node, SHEET, at, problems);
        SheetMapping.Builder b = SheetMapping.builder(instrument);
        JsonNode columns = node.get("columns");
        if (columns == null) {
            problems.add(new Problem(ProblemKind.MISSING, at.property("columns"), null,
                    Message.of("json.sheetMapping")));
        } else if (object(columns, at.property("columns"), Message.of("term.questionColumns"), problems)) {
            for (Map.Entry<String, JsonNode> e : columns.properties()) {
                text(e.getValue(), at.property("columns").property(e.getKey()), Message.of("term.questionId"), problems)
                        .ifPresent(id -> b.question(e.getKey(), id));
            }
        }
        text(node.get("office"), at.property("office"), Message.of("term.columnHeader"), problems).ifPresent(b::office);
        text(node.get("timestamp"), at.property("timestamp"), Message.of("term.columnHeader"), problems).ifPresent(b::timestamp);
        JsonNode ignore = node.get("ignore");
        if (ignore != null && !ignore.isNull()) {
            if (!ignore.isArray()) {
                problems.add(new Problem(ProblemKind.TYPE, at.property("ignore"), describe(ignore),
                        Message.of("json.ignoredColumns")));
            } else {
                for (int i = 0; i < ignore.size(); i++) {
                    text(ignore.get(i), at.property("ignore").index(i), Message.of("term.columnHeader"), problems).ifPresent(b::ignore);
                }
            }
        }
        return Optional.of(b.build());
    }

    private static Optional<ChecklistColumns> checklist(JsonNode node, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        Location at = Location.of("oit");
        if (!object(node, at, Message.of("term.checklistSheetColumns"), problems)) {
            return Optional.empty();
        }
        unknown(node, CHECKLIST, at, problems);
        Optional<String> item = required(node, at, "item", problems);
        Optional<String> present = required(node, at, "present", problems);
        Optional<String> evidence = text(node.get("evidence"), at.property("evidence"), Message.of("term.columnHeader"), problems);
        Optional<String> note = text(node.get("note"), at.property("note"), Message.of("term.columnHeader"), problems);
        Optional<String> office = text(node.get("office"), at.property("office"), Message.of("term.columnHeader"), problems);
        if (item.isEmpty() || present.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChecklistColumns(item.get(), present.get(), evidence, note, office));
    }

    private static Optional<String> required(JsonNode node, Location at, String name, List<Problem> problems) {
        if (node.get(name) == null) {
            problems.add(new Problem(ProblemKind.MISSING, at.property(name), null, Message.of("json.checklistColumn", name)));
            return Optional.empty();
        }
        return text(node.get(name), at.property(name), Message.of("term.columnHeader"), problems);
    }

    private static Map<String, Answer> labels(JsonNode node, List<Problem> problems) {
        Map<String, Answer> out = new LinkedHashMap<>();
        if (node == null || node.isNull() || !object(node, Location.of("labels"), Message.of("term.labels"), problems)) {
            return out;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Location at = Location.of("labels").property(e.getKey());
            JsonNode v = e.getValue();
            String text = v.isIntegralNumber() ? v.asString() : v.isString() ? v.stringValue() : null;
            Answer answer = null;
            if (text != null) {
                try {
                    answer = Answer.parse(text);
                } catch (InvalidInputException ignored) {
                    answer = null;
                }
            }
            if (answer == null || !answer.text().equals(text.strip().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new Problem(at, text == null ? describe(v) : text,
                        Message.of("json.label")));
            } else {
                out.put(e.getKey(), answer);
            }
        }
        return out;
    }

    private static boolean object(JsonNode node, Location at, Message what, List<Problem> problems) {
        if (node.isObject()) {
            return true;
        }
        problems.add(new Problem(ProblemKind.TYPE, at, describe(node), Message.of("json.object", what)));
        return false;
    }

    private static Optional<String> text(JsonNode node, Location at, Message what, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            problems.add(new Problem(node.isString() ? ProblemKind.INVALID : ProblemKind.TYPE, at,
                    node.isString() ? node.stringValue() : describe(node), Message.of("json.textNotBlank", what)));
            return Optional.empty();
        }
        return Optional.of(node.stringValue());
    }

    private static String describe(JsonNode node) {
        return node.isObject() ? "an object" : node.isArray() ? "an array" : node.isString() ? "a string"
                : node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : "null";
    }

    static ObjectNode write(JsonMapper mapper, ImportMapping mapping) {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", "https://itascore.org/schema/import-map.schema.json");
        mapping.iit().ifPresent(m -> root.set("iit", sheet(mapper, m)));
        mapping.eit().ifPresent(m -> root.set("eit", sheet(mapper, m)));
        mapping.oit().ifPresent(c -> {
            ObjectNode o = root.putObject("oit");
            o.put("item", c.item());
            o.put("present", c.present());
            c.evidence().ifPresent(v -> o.put("evidence", v));
            c.note().ifPresent(v -> o.put("note", v));
            c.office().ifPresent(v -> o.put("office", v));
        });
        if (!mapping.labels().isEmpty()) {
            ObjectNode labels = root.putObject("labels");
            mapping.labels().forEach((label, answer) -> {
                if (answer.isLevel()) {
                    labels.put(label, answer.option() + 1);
                } else {
                    labels.put(label, answer.text());
                }
            });
        }
        return root;
    }

    private static ObjectNode sheet(JsonMapper mapper, SheetMapping m) {
        ObjectNode node = mapper.createObjectNode();
        ObjectNode columns = node.putObject("columns");
        m.questions().forEach(columns::put);
        m.office().ifPresent(v -> node.put("office", v));
        m.timestamp().ifPresent(v -> node.put("timestamp", v));
        if (!m.ignored().isEmpty()) {
            m.ignored().forEach(node.putArray("ignore")::add);
        }
        return node;
    }
}
