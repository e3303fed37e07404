package org.itascore.testkit;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.itascore.Indicator;
import org.itascore.Score;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A conformance corpus for systems not written in Java: pairs of an input (an indicator-score report, format 1,
 * or an office's raw data, format 9) and the library's output for it (the assessment result, format 4), covering
 * every edition, the rounding edges, the rules a second implementation gets wrong and a mix of results like real
 * offices', one folder per case ({@code DIR/NAME/input.json}, {@code DIR/NAME/expected.json}), listed in
 * {@code DIR/index.json} and explained in {@code DIR/README.md}; and the check of a system's outputs
 * ({@code ACTUAL/NAME.json}) against it, field by field. The same seed writes the same bytes, on any JDK.
 */
public final class Conformance {

    private Conformance() {
    }

    /** The file a case's input is in. */
    public static final String INPUT = "input.json";
    /** The file a case's expected output is in. */
    public static final String EXPECTED = "expected.json";

    /**
     * One difference between a system's output and the expected one.
     *
     * @param caseName the case
     * @param pointer the field, a JSON pointer (empty for the whole output)
     * @param expected the expected value, as JSON text, or a description
     * @param actual the system's value, as JSON text, or a description
     */
    public record Difference(String caseName, String pointer, String expected, String actual) {

        /**
         * Creates a difference.
         *
         * @param caseName the case
         * @param pointer the field
         * @param expected the expected value
         * @param actual the actual value
         */
        public Difference {
            requireNonNull(caseName, "caseName");
            requireNonNull(pointer, "pointer");
            requireNonNull(expected, "expected");
            requireNonNull(actual, "actual");
        }

        @Override
        public String toString() {
            if (caseName.isEmpty()) {
                return "expected " + expected + ", got " + actual; // of the corpus as a whole
            }
            return caseName + ": " + (pointer.isEmpty() ? "/" : pointer) + ": expected " + expected + ", got " + actual;
        }
    }

    /**
     * The fields that name things in a reader's languages ({@code gradeTitle}, {@code verdictTitle}, {@code title}):
     * presentation, not results. A system may add them (the HTTP service does, in the languages asked for); the
     * corpus does not hold them, and the check passes them over.
     */
    static final java.util.Set<String> LABELS = java.util.Set.of("gradeTitle", "verdictTitle", "title");

    /** The file that lists a corpus's cases: each one's name, kind, edition, endpoint and what it covers. */
    public static final String INDEX = "index.json";
    /** The file that says what a corpus holds and the rules it checks that a reader may miss (ties, rounding). */
    public static final String README = "README.md";

    /**
     * Writes a corpus shaped like real results ({@link CorpusCases}): the rounding edges first (case k under the
     * registry's edition k modulo their number, so that a corpus of at least as many cases covers every edition),
     * then a case for each rule a system may get wrong (ties, half-even ties, a total of exactly the pass mark, an
     * instrument under the mark with a total above it, scores off the two-decimal grid), then cases aimed at a mix of
     * results: most pass, every grade and every verdict comes several times; every tenth case is an office's raw data
     * (format 9) rather than its report, and every twentieth its Google Forms exports. With the cases,
     * {@value #INDEX} lists them and {@value #README} says what the corpus holds.
     *
     * @param editions the registry
     * @param seed the seed
     * @param count how many cases, one or more
     * @param dir the folder to write into; created if missing
     * @return the cases' names, in order
     * @throws UncheckedIOException if the folder cannot be written
     */
    public static List<String> generate(Editions editions, long seed, int count, Path dir) {
        requireNonNull(editions, "editions");
        requireNonNull(dir, "dir");
        if (count < 1) {
            throw new IllegalArgumentException("a corpus has one case or more, got " + count);
        }
        List<Edition> all = editions.all();
        List<Edition> rawEditions = CorpusCases.rawEditions(editions);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        java.util.Map<String, Integer> turns = new java.util.HashMap<>();
        int edge = 0;
        int rule = 0;
        int raw = 0;
        int rawData = 0;
        // what raw data is due: every tenth case an office's raw data (format 9), every twentieth its Google Forms exports
        java.util.ArrayDeque<String> due = new java.util.ArrayDeque<>();
        StringBuilder index = new StringBuilder("{\n  \"seed\": ").append(seed).append(",\n  \"cases\": [");
        for (int k = 0; k < count; k++) {
            Edition e = all.get(k % all.size());
            if (!rawEditions.isEmpty() && k % 10 == 9) {
                due.add("raw");
            }
            if (!rawEditions.isEmpty() && k % 20 == 14) {
                due.add("sheets");
            }
            String office = String.format("สพป.ทดสอบ %04d", k + 1);
            CorpusCases.Case c;
            if (edge < Generators.EDGES.size() * 2) {
                IndicatorScores.Builder b = IndicatorScores.builder();
                List<String> edges = new ArrayList<>();
                for (Indicator i : e.indicators()) {
                    Score s = Generators.EDGES.get(edge++ % Generators.EDGES.size());
                    b.put(i, s);
                    edges.add(s.toExactString());
                }
                c = CorpusCases.report(editions, e, office, b.build(), random, List.of("rounding edges " + String.join(" ", edges)));
            } else if (rule < CorpusCases.RULES.size()) {
                String r = CorpusCases.RULES.get(rule++);
                c = CorpusCases.report(editions, e, office, CorpusCases.byRule(editions, e, r, random), random, List.of("rule " + r));
            } else if (!due.isEmpty() && e.verdictScheme().isEmpty()) {
                // raw data: an edition with verdicts keeps its turn for its five verdicts, and a raw case due then comes
                // with the next case
                Edition re = rawEditions.get(raw++ % rawEditions.size());
                c = due.removeFirst().equals("raw") ? CorpusCases.raw(editions, re, office, rawData++, random)
                        : CorpusCases.sheets(editions, re, office, random);
            } else {
                // the verdicts in turn for each edition with verdicts; the grades in turn across the other editions
                int turn = turns.merge(e.verdictScheme().isPresent() ? e.id() : "", 1, Integer::sum) - 1;
                c = CorpusCases.report(editions, e, office, CorpusCases.aimedAt(editions, e, turn, random), random, List.of());
            }
            String name = c.kind().equals("report") ? String.format("%04d-%s", k + 1, c.edition().id())
                    : String.format("%04d-%s-%s", k + 1, c.kind(), c.edition().id());
            try {
                Path folder = Files.createDirectories(dir.resolve(name));
                for (var f : c.files().entrySet()) {
                    Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
                }
                Files.writeString(folder.resolve(EXPECTED), c.expected(), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            index.append(k == 0 ? "\n" : ",\n").append("    {\"name\": \"").append(name).append("\", \"kind\": \"").append(c.kind())
                    .append("\", \"edition\": \"").append(c.edition().id()).append("\", \"endpoint\": \"")
                    .append(c.kind().equals("report") ? "/v1/assessments" : "/v1/raw-assessments").append("\", \"files\": [")
                    .append(String.join(", ", c.files().keySet().stream().map(f -> "\"" + f + "\"").toList())).append("], \"covers\": [")
                    .append(String.join(", ", c.covers().stream().map(x -> "\"" + x.replace("\"", "\\\"") + "\"").toList()))
                    .append("]}");
            names.add(name);
        }
        index.append("\n  ]\n}\n");
        try {
            Files.writeString(dir.resolve(INDEX), index, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(README), CorpusReadme.text(seed, count), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return List.copyOf(names);
    }

    /**
     * Checks a system's outputs against a corpus: for each case, {@code actual/NAME.json} must hold the expected
     * output's fields with the same values (numbers compared as decimals, so 90.1 is 90.10), and no other but the
     * names of things in a reader's languages ({@code gradeTitle}, {@code verdictTitle}, {@code title}).
     *
     * @param corpus the corpus folder
     * @param actual the folder of the system's outputs
     * @return every difference, by case then field; empty when the system conforms; a folder that holds no case is a
     *     difference of its own, so that the wrong folder never passes
     * @throws UncheckedIOException if the corpus cannot be read
     */
    public static List<Difference> check(Path corpus, Path actual) {
        requireNonNull(corpus, "corpus");
        requireNonNull(actual, "actual");
        // decimals kept as written, so that a difference shows 80.60 as the file has it
        JsonMapper mapper = JsonMapper.builder().enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        List<Difference> out = new ArrayList<>();
        List<Path> cases;
        try (Stream<Path> list = Files.list(corpus)) {
            cases = list.filter(p -> Files.isRegularFile(p.resolve(EXPECTED))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cases.isEmpty()) {
            // a folder with no case (empty, or not the corpus) would otherwise pass every check
            out.add(new Difference("", "", "a corpus: folders NAME/" + EXPECTED + ", as ita conformance generate writes them",
                    "no case in " + corpus));
        }
        for (Path c : cases) {
            String name = c.getFileName().toString();
            JsonNode expected = read(mapper, c.resolve(EXPECTED));
            Path output = actual.resolve(name + ".json");
            if (!Files.isRegularFile(output)) {
                out.add(new Difference(name, "", "an output", "no file " + output.getFileName()));
                continue;
            }
            JsonNode found;
            try {
                found = read(mapper, output);
            } catch (JacksonException e) {
                out.add(new Difference(name, "", "a JSON document", "text that is not JSON"));
                continue;
            }
            compare(name, "", expected, found, out);
        }
        return List.copyOf(out);
    }

    private static JsonNode read(JsonMapper mapper, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(String name, String at, JsonNode expected, JsonNode actual, List<Difference> out) {
        if (actual == null || actual.isMissingNode()) {
            out.add(new Difference(name, at, expected.toString(), "nothing"));
        } else if (expected.isObject() && actual.isObject()) {
            for (var e : expected.properties()) {
                compare(name, at + "/" + escape(e.getKey()), e.getValue(), actual.get(e.getKey()), out);
            }
            for (String key : actual.propertyNames()) {
                if (!expected.has(key) && !LABELS.contains(key)) {
                    out.add(new Difference(name, at + "/" + escape(key), "nothing", actual.get(key).toString()));
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                if (i >= actual.size()) {
                    out.add(new Difference(name, at + "/" + i, expected.get(i).toString(), "nothing"));
                } else if (i >= expected.size()) {
                    out.add(new Difference(name, at + "/" + i, "nothing", actual.get(i).toString()));
                } else {
                    compare(name, at + "/" + i, expected.get(i), actual.get(i), out);
                }
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            BigDecimal a = expected.decimalValue();
            BigDecimal b = actual.decimalValue();
            if (a.compareTo(b) != 0) {
                out.add(new Difference(name, at, expected.toString(), actual.toString()));
            }
        } else if (!expected.equals(actual)) {
            out.add(new Difference(name, at, expected.toString(), actual.toString()));
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
