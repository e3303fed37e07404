package org.itascore.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.Verdict;
import org.itascore.assess.Assessment;
import org.itascore.assess.InstrumentResult;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.json.RawInput;
import org.itascore.raw.RawRequest;
import org.itascore.survey.Question;
import org.itascore.survey.QuestionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ten plausible wrong implementations of ITA scoring, each run over the default corpus as another system would
 * run: each must fail {@link Conformance#check}, with a difference at the field it gets wrong. A wrong system here
 * is the library's own output for a case, changed as that system's mistake would change it (or, for the raw-data
 * mistakes, the library run on the input as that system would read it).
 */
class WrongSystemsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final ItaJson JSON = ItaJson.standard();
    private static final Editions EDITIONS = Editions.builtIn();

    @TempDir
    static Path corpus;

    @BeforeAll
    static void corpus() {
        Conformance.generate(EDITIONS, 2569, 200, corpus);
    }

    /** A wrong system: from a case's kind, input and correct output, its own output. */
    @FunctionalInterface
    interface Wrong {
        JsonNode answer(String kind, String input, ObjectNode expected);
    }

    static Stream<Arguments> systems() {
        return Stream.of(
                Arguments.of("never passing", "/passed", (Wrong) (kind, input, out) -> {
                    out.put("passed", false);
                    out.get("indicators").forEach(i -> ((ObjectNode) i).put("passed", false));
                    return out;
                }),
                Arguments.of("AA graded as A", "/grade", (Wrong) (kind, input, out) -> {
                    regrade(out, "AA", "A");
                    return out;
                }),
                Arguments.of("truncating instead of rounding half up", "/score",
                        (Wrong) (kind, input, out) -> total(kind, input, out, a -> a.exactScore().exact().round(2, RoundingMode.DOWN))),
                Arguments.of("rounding half even", "/score",
                        (Wrong) (kind, input, out) -> total(kind, input, out, a -> a.exactScore().exact().round(2, RoundingMode.HALF_EVEN))),
                Arguments.of("rounding each instrument before the total", "/score", (Wrong) (kind, input, out) -> total(kind, input, out, a -> {
                    Rational sum = Rational.ZERO;
                    for (InstrumentResult i : a.instruments()) {
                        sum = sum.plus(Rational.of(i.exactScore().exact().round(2, RoundingMode.HALF_UP)).times(i.weight().exact()));
                    }
                    return sum.round(2, RoundingMode.HALF_UP);
                })),
                Arguments.of("passing above the mark, not at it", "/passed", (Wrong) (kind, input, out) -> {
                    if (kind.equals("report")) {
                        Assessment a = JSON.readReport(input).assess(EDITIONS);
                        out.put("passed", a.exactScore().officialDecimal().compareTo(a.edition().passMark().officialDecimal()) > 0);
                    }
                    return out;
                }),
                Arguments.of("a verdict one level off", "/verdict", (Wrong) (kind, input, out) -> {
                    if (out.has("verdict")) {
                        Verdict v = Verdict.valueOf(out.get("verdict").asString());
                        out.put("verdict", Verdict.values()[(v.ordinal() + 1) % Verdict.values().length].name());
                    }
                    return out;
                }),
                Arguments.of("equal weights instead of the edition's", "/score", (Wrong) (kind, input, out) -> total(kind, input, out, a -> {
                    Rational sum = Rational.ZERO;
                    for (InstrumentResult i : a.instruments()) {
                        sum = sum.plus(i.exactScore().exact());
                    }
                    return sum.dividedBy(a.instruments().size()).round(2, RoundingMode.HALF_UP);
                })),
                Arguments.of("ignoring reversed questions", "/score", (Wrong) (kind, input, out) -> kind.equals("raw")
                        ? MAPPER.readTree(JSON.write(RawRequest.builder(unreversed(input).batch(), unreversed(input).checklist()).build().run()))
                        : out),
                Arguments.of("counting blank responses as respondents", "/findings", (Wrong) (kind, input, out) -> {
                    if (kind.equals("raw")) {
                        ArrayNode findings = (ArrayNode) out.get("findings");
                        for (int k = findings.size() - 1; k >= 0; k--) {
                            if (findings.get(k).toString().contains("BLANK_RESPONSES")) {
                                findings.remove(k);
                            }
                        }
                    }
                    return out;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void eachWrongSystemFailsTheCheckAtTheFieldItGetsWrong(String name, String field, Wrong wrong, @TempDir Path actual)
            throws IOException {
        JsonNode index = MAPPER.readTree(Files.readString(corpus.resolve(Conformance.INDEX)));
        for (JsonNode c : index.get("cases")) {
            String caseName = c.get("name").asString();
            Path inputFile = corpus.resolve(caseName).resolve(Conformance.INPUT);
            // a case of Google Forms exports has its files and no input.json: the mistakes here are of the others
            String input = Files.exists(inputFile) ? Files.readString(inputFile, StandardCharsets.UTF_8) : "";
            ObjectNode expected = (ObjectNode) MAPPER.readTree(Files.readString(corpus.resolve(caseName).resolve(Conformance.EXPECTED)));
            JsonNode answer = wrong.answer(c.get("kind").asString(), input, expected);
            Files.writeString(actual.resolve(caseName + ".json"), answer.toString(), StandardCharsets.UTF_8);
        }
        List<Conformance.Difference> differences = Conformance.check(corpus, actual);
        assertFalse(differences.isEmpty(), name + " passed the check");
        assertTrue(differences.stream().anyMatch(d -> d.pointer().equals(field) || d.pointer().startsWith(field + "/")),
                name + ": no difference at " + field + ": " + differences.subList(0, Math.min(5, differences.size())));
    }

    /** Replaces a grade by another wherever the output gives one. */
    private static void regrade(ObjectNode out, String from, String to) {
        if (out.has("grade") && out.get("grade").asString().equals(from)) {
            out.put("grade", to);
        }
        out.get("indicators").forEach(i -> {
            if (i.get("grade").asString().equals(from)) {
                ((ObjectNode) i).put("grade", to);
            }
        });
    }

    /** A system whose total is made another way: its score, and the grade and pass it decides. */
    private static JsonNode total(String kind, String input, ObjectNode out, java.util.function.Function<Assessment, BigDecimal> total) {
        if (!kind.equals("report")) {
            return out;
        }
        Assessment a = JSON.readReport(input).assess(EDITIONS);
        Edition e = a.edition();
        BigDecimal score = total.apply(a);
        Score s = Score.of(score);
        out.put("score", score);
        out.put("grade", e.grade(s).name());
        out.put("passed", e.passes(s));
        return out;
    }

    /** {@return the raw input as a system that ignores reversed questions reads it: their answers as if not reversed} */
    private static RawInput unreversed(String input) {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(input);
        Edition e = EDITIONS.find(doc.get("batch").get("edition").asString()).orElseThrow();
        for (JsonNode response : doc.get("batch").get("responses")) {
            ObjectNode answers = (ObjectNode) response.get("answers");
            for (Question q : e.questionnaire().orElseThrow().questions(org.itascore.Instrument.valueOf(response.get("instrument").asString()))) {
                JsonNode a = answers.get(q.id());
                if (!q.reversed() || a == null) {
                    continue;
                }
                if (q.kind() == QuestionKind.YES_NO) {
                    answers.put(q.id(), a.asString().equals("yes") ? "no" : "yes");
                } else {
                    answers.put(q.id(), q.kind().options() + 1 - a.asInt());
                }
            }
        }
        return JSON.readRawInput(new java.io.ByteArrayInputStream(doc.toString().getBytes(StandardCharsets.UTF_8)), n -> { });
    }
}
