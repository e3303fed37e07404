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
import org.itascore.json.ItaJson;
import org.itascore.report.IndicatorReport;
import org.itascore.report.Published;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A conformance corpus for systems not written in Java: pairs of an input (an indicator-score report, format 1)
 * and the library's output for it (the assessment result, format 4), covering every edition and the rounding
 * edges, one folder per case ({@code DIR/NAME/input.json}, {@code DIR/NAME/expected.json}); and the check of a
 * system's outputs ({@code ACTUAL/NAME.json}) against it, field by field. The same seed writes the same bytes,
 * on any JDK.
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
            return caseName + ": " + (pointer.isEmpty() ? "/" : pointer) + ": expected " + expected + ", got " + actual;
        }
    }

    /**
     * Writes a corpus: the first cases take their scores from the rounding edges, and case k is under the
     * registry's edition k modulo their number, so that a corpus of at least as many cases covers every edition.
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
        SplittableRandom random = new SplittableRandom(seed);
        Generator<Score> scores = Generators.scores();
        ItaJson json = ItaJson.standard();
        List<String> names = new ArrayList<>();
        int edge = 0;
        for (int k = 0; k < count; k++) {
            Edition e = all.get(k % all.size());
            IndicatorScores.Builder b = IndicatorScores.builder();
            for (Indicator i : e.indicators()) {
                b.put(i, edge < Generators.EDGES.size() * 2 ? Generators.EDGES.get(edge++ % Generators.EDGES.size()) : scores.next(random, 0));
            }
            List<org.itascore.FiscalYear> years = List.copyOf(e.fiscalYears());
            IndicatorReport report = new IndicatorReport(String.format("สพป.ทดสอบ %04d", k + 1), years.get(random.nextInt(years.size())),
                    java.util.Optional.of(e.id()), b.build(), Published.NOTHING);
            String input = json.writeValue(report);
            // the expected output is of the input as written: a score with no finite decimal is written rounded
            String expected = json.write(json.readReport(input).assess(editions));
            String name = String.format("%04d-%s", k + 1, e.id());
            try {
                Path folder = Files.createDirectories(dir.resolve(name));
                Files.writeString(folder.resolve(INPUT), input, StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(EXPECTED), expected, StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    /**
     * Checks a system's outputs against a corpus: for each case, {@code actual/NAME.json} must hold the expected
     * output's fields with the same values (numbers compared as decimals, so 90.1 is 90.10), and no other.
     *
     * @param corpus the corpus folder
     * @param actual the folder of the system's outputs
     * @return every difference, by case then field; empty when the system conforms
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
                if (!expected.has(key)) {
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
