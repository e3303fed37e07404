package org.itascore.json;

import org.itascore.samples.Samples;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.itascore.InvalidInputException;
import org.itascore.cohort.CohortBuilder;
import org.itascore.edition.Editions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader fed garbage: valid documents of each format, mutated thousands of times with a fixed seed. The
 * only outcomes allowed are a value or an {@link InvalidInputException} in the library's own words; any other
 * exception (a NullPointerException, an ArithmeticException, Jackson's own) is a defect. The seed is printed
 * in the failure so a case can be replayed.
 */
class GarbageInTest {

    private static final long SEED = 20261122L;
    private static final int MUTATIONS = 1_500;

    /** Pieces that break parsers and arithmetic: extreme numbers, wrong types, broken UTF-8, deep nesting. */
    private static final List<String> PIECES = List.of("null", "true", "[]", "{}", "\"\"", "-1", "1e999999999", "1e-999999999",
            "0E-999999999", "1e-99999999983", "123456789012345678901234567890123456789012345678901234567890123456789",
            "NaN", "\"๙๐.๕\"", "\"200/3\"", "\"1/0\"", "\"\\ud800\"", "\u0000", "\"\u200b\"", "[[[[[[[[[[", "}}}}", ",", ":",
            "\"a\":", "\"office\":", "\"fiscalYear\":", "\"indicators\":", "\"responses\":", "\"edition\":\"nope\"", "\"items\":",
            "2023", "\"2566\"", "\"ม.ค. 0000\"", "\"http://ตัวอย่าง.go.th/\"", "\"http://x.go.th:99999/\"", "-0", "1.", ".5");

    static Stream<Arguments> formats() throws Exception {
        ItaJson json = ItaJson.standard();
        return Stream.of(
                Arguments.of("report", read("khon-kaen-2566.json"),
                        (Consumer<byte[]>) b -> json.readReport(in(b)).assess(Editions.builtIn())),
                Arguments.of("survey batch", read("survey-2564.json"),
                        (Consumer<byte[]>) b -> json.readSurveyBatch(in(b), null)),
                Arguments.of("checklist", read("oit-2564.json"),
                        (Consumer<byte[]>) b -> json.readChecklist(in(b)).toChecklist(Editions.builtIn().get("obec-esa-2564").oitCatalogue())),
                Arguments.of("edition", json.writeValue(Editions.builtIn().get("nacc-2568")).getBytes(StandardCharsets.UTF_8),
                        (Consumer<byte[]>) b -> json.readEdition(in(b))),
                Arguments.of("cohort", firstLines("cohort-2566.ndjson", 3),
                        (Consumer<byte[]>) b -> json.readCohort(in(b), CohortBuilder.lenient(Editions.builtIn()))),
                Arguments.of("plan", read("khon-kaen-plan-2567.json"),
                        (Consumer<byte[]>) b -> json.readPlan(in(b))),
                Arguments.of("import map", json.write(org.itascore.table.ImportMapping.of(
                                java.util.Optional.of(org.itascore.table.SheetMapping.builder(org.itascore.Instrument.IIT)
                                        .question("1. ท่าน", "i1").office("โรงเรียน").timestamp("ประทับเวลา").ignore("อีเมล").build()),
                                java.util.Optional.empty(), java.util.Optional.of(new org.itascore.table.ChecklistColumns("ข้อ", "มี/ไม่มี",
                                        java.util.Optional.of("URL"), java.util.Optional.empty(), java.util.Optional.empty())),
                                java.util.Map.of("ดีมาก", org.itascore.survey.Answer.LEVEL_4))).getBytes(StandardCharsets.UTF_8),
                        (Consumer<byte[]>) b -> json.readImportMapping(in(b))),
                Arguments.of("assessment result", json.write(json.readReport(in(read("khon-kaen-2566.json")))
                                .assess(Editions.builtIn())).getBytes(StandardCharsets.UTF_8),
                        (Consumer<byte[]>) b -> json.readAssessment(in(b))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void onlyDocumentedExceptionsLeaveTheReaders(String format, byte[] valid, Consumer<byte[]> reader) {
        reader.accept(valid); // the unmutated document is valid
        Random random = new Random(SEED + format.hashCode());
        java.util.Set<String> untranslated = new java.util.TreeSet<>();
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] garbage = mutate(valid, random);
            try {
                reader.accept(garbage);
            } catch (InvalidInputException e) {
                Refusals.assertNoJacksonWording(e);
                e.problems().stream().filter(p -> p.rule(org.itascore.Language.THAI).equals(p.rule()))
                        .map(org.itascore.Problem::rule).forEach(untranslated::add);
            } catch (RuntimeException | StackOverflowError e) {
                fail(format + ", seed " + SEED + ", mutation " + i + ": " + e + "\ninput: "
                        + new String(garbage, StandardCharsets.UTF_8), e);
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(), untranslated, "rules with no Thai form");
    }

    /** One to three mutations: a piece inserted, a span deleted or replaced, a byte flipped, the end cut off. */
    static byte[] mutate(byte[] valid, Random random) {
        byte[] out = valid;
        int times = 1 + random.nextInt(3);
        for (int t = 0; t < times; t++) {
            int at = out.length == 0 ? 0 : random.nextInt(out.length);
            switch (random.nextInt(5)) {
                case 0 -> out = splice(out, at, 0, PIECES.get(random.nextInt(PIECES.size())).getBytes(StandardCharsets.UTF_8));
                case 1 -> out = splice(out, at, Math.min(out.length - at, 1 + random.nextInt(12)), new byte[0]);
                case 2 -> out = splice(out, at, Math.min(out.length - at, 1 + random.nextInt(6)),
                        PIECES.get(random.nextInt(PIECES.size())).getBytes(StandardCharsets.UTF_8));
                case 3 -> {
                    if (out.length > 0) {
                        out = out.clone();
                        out[at] = (byte) random.nextInt(256);
                    }
                }
                default -> out = java.util.Arrays.copyOf(out, at);
            }
        }
        return out;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] read(String sample) {
        return Samples.bytes(sample);
    }

    private static byte[] firstLines(String sample, int lines) {
        return (String.join("\n", Samples.text(sample).lines().toList().subList(0, lines)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
