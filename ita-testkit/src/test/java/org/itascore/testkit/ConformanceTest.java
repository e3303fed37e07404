package org.itascore.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.itascore.Indicator;
import org.itascore.Score;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.report.IndicatorReport;
import org.itascore.Instrument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance corpus is the same every time; the library's outputs pass it and a wrong one is reported. */
class ConformanceTest {

    private static final Editions EDITIONS = Editions.builtIn();

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void theSameSeedWritesTheSameBytesAndCoversEveryEditionAndEdge(@TempDir Path a, @TempDir Path b) throws IOException {
        List<String> names = Conformance.generate(EDITIONS, 2569L, 40, a);
        assertEquals(names, Conformance.generate(EDITIONS, 2569L, 40, b));
        List<Path> first = files(a);
        List<Path> second = files(b);
        // two files a case of a report (34) or of raw data (4: every tenth), five a case of Google Forms exports (2: every
        // twentieth): the three exports, the fields and the expected result; and the index and the README
        assertEquals(34 * 2 + 4 * 2 + 2 * 5 + 2, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(a.relativize(first.get(i)), b.relativize(second.get(i)));
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)));
        }
        assertEquals(EDITIONS.ids().stream().sorted().toList(),
                names.stream().filter(n -> !n.contains("-raw-") && !n.contains("-sheets-")).map(n -> n.substring(5)).distinct().sorted().toList(),
                "every edition has a case");
        String inputs = String.join("", first.stream().filter(p -> p.endsWith(Conformance.INPUT)).map(ConformanceTest::read).toList());
        assertTrue(inputs.contains("84.995") && inputs.contains("94.995"), "the rounding edges are in the corpus");
    }

    /**
     * The corpus of seed 2569 and 60 cases, hashed (SHA-256 of every file's bytes in the order of their paths),
     * as JDK 17 first wrote it (again when results gained assumedRules): the suite runs on JDK 17 and JDK 25, so both
     * write these bytes.
     */
    @Test
    void theCorpusIsTheSameBytesOnEveryJdk(@TempDir Path dir) throws Exception {
        Conformance.generate(EDITIONS, 2569L, 60, dir);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        List<Path> all = files(dir).stream().sorted(java.util.Comparator.comparing(p -> dir.relativize(p).toString())).toList();
        for (Path p : all) {
            sha.update(Files.readAllBytes(p));
        }
        assertEquals(131, all.size());
        assertEquals("4944d635df016db9d7d9cf00100138212322bd800a0e6d2829f645d2804d6115", java.util.HexFormat.of().formatHex(sha.digest()),
                "java.version " + System.getProperty("java.version"));
    }

    /**
     * The mix of the default corpus, on its seed and two others: most offices pass, every grade comes several times,
     * each edition with verdicts gives each of its verdicts several times, every edition is covered, a tenth of the
     * cases or more are raw data (blank responses and too few respondents among them), and each rule has its case.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {2569L, 1L, 42L})
    void theDefaultCorpusIsShapedLikeRealResults(long seed, @TempDir Path dir) throws IOException {
        Conformance.generate(EDITIONS, seed, 200, dir);
        tools.jackson.databind.JsonNode index = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(Files.readString(dir.resolve(Conformance.INDEX)));
        java.util.Map<String, Integer> covered = new java.util.HashMap<>();
        java.util.Map<String, java.util.Map<String, Integer>> verdicts = new java.util.HashMap<>();
        java.util.Set<String> editions = new java.util.TreeSet<>();
        int raw = 0;
        for (tools.jackson.databind.JsonNode c : index.get("cases")) {
            editions.add(c.get("edition").asString());
            raw += c.get("kind").asString().equals("report") ? 0 : 1;
            for (tools.jackson.databind.JsonNode x : c.get("covers")) {
                covered.merge(x.asString(), 1, Integer::sum);
                if (x.asString().startsWith("verdict ")) {
                    verdicts.computeIfAbsent(c.get("edition").asString(), k -> new java.util.HashMap<>()).merge(x.asString(), 1, Integer::sum);
                }
            }
        }
        assertEquals(200, index.get("cases").size());
        assertTrue(covered.getOrDefault("passed", 0) > 100, "most pass: " + covered.get("passed"));
        for (org.itascore.Grade g : org.itascore.Grade.values()) {
            assertTrue(covered.getOrDefault("grade " + g.name(), 0) >= 2, "grade " + g + " comes several times: " + covered);
        }
        for (org.itascore.edition.Edition e : EDITIONS.all()) {
            for (org.itascore.Verdict v : CorpusCases.verdicts(e)) {
                assertTrue(verdicts.getOrDefault(e.id(), java.util.Map.of()).getOrDefault("verdict " + v.name(), 0) >= 2,
                        e.id() + " gives " + v + " several times: " + verdicts.get(e.id()));
            }
        }
        assertEquals(new java.util.TreeSet<>(EDITIONS.ids()), editions, "every edition");
        assertTrue(raw >= 20, "a tenth are raw data: " + raw);
        for (String c : List.of("blank responses", "too few respondents", "unpublished OIT items", "tied ranks", "Google Forms exports")) {
            assertTrue(covered.getOrDefault(c, 0) >= 1, c);
        }
        for (String rule : CorpusCases.RULES) {
            assertEquals(1, covered.get("rule " + rule), rule);
        }
        assertTrue(Files.readString(dir.resolve(Conformance.README)).contains("standard competition ranking"), "the tie rules");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theLibrarysOwnOutputsPassAndAWrongOneIsReportedByCaseAndField(@TempDir Path corpus, @TempDir Path actual) throws IOException {
        List<String> names = Conformance.generate(EDITIONS, 7L, 20, corpus);
        ItaJson json = ItaJson.standard();
        for (String name : names) {
            // a system's output: the library's, written again from the input, compact and with 90.1 for 90.10
            Path input = corpus.resolve(name).resolve(Conformance.INPUT);
            if (name.contains("-sheets-")) {
                // the library's answer to the exports, as another system would write it: compact
                Files.writeString(actual.resolve(name + ".json"), tools.jackson.databind.json.JsonMapper.builder().build()
                        .readTree(Files.readString(corpus.resolve(name).resolve(Conformance.EXPECTED))).toString());
                continue;
            }
            if (name.contains("-raw-")) {
                try (java.io.InputStream in = Files.newInputStream(input)) {
                    org.itascore.json.RawInput raw = json.readRawInput(in, n -> { });
                    Files.writeString(actual.resolve(name + ".json"), json.compact().write(
                            org.itascore.raw.RawRequest.builder(raw.batch(), raw.checklist()).build().run()));
                }
                continue;
            }
            IndicatorReport report = json.readReport(Files.readString(input));
            Files.writeString(actual.resolve(name + ".json"), json.compact().write(report.assess(EDITIONS)));
        }
        assertEquals(List.of(), Conformance.check(corpus, actual));

        String wrongCase = names.get(3);
        String text = Files.readString(actual.resolve(wrongCase + ".json"));
        String expectedScore = json.readAssessment(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .exactScore().officialDecimal().toPlainString();
        tools.jackson.databind.node.ObjectNode wrong = (tools.jackson.databind.node.ObjectNode) tools.jackson.databind.json.JsonMapper
                .builder().build().readTree(text);
        wrong.put("score", new BigDecimal("1.23"));
        Files.writeString(actual.resolve(wrongCase + ".json"), wrong.toString());
        Files.delete(actual.resolve(names.get(5) + ".json"));
        List<Conformance.Difference> differences = Conformance.check(corpus, actual);
        assertEquals(2, differences.size(), differences.toString());
        Conformance.Difference score = differences.get(0);
        assertEquals(wrongCase, score.caseName());
        assertEquals("/score", score.pointer());
        assertEquals("1.23", score.actual());
        assertEquals(0, new BigDecimal(score.expected()).compareTo(new BigDecimal(expectedScore)), score.toString());
        assertEquals(names.get(5), differences.get(1).caseName());
        assertTrue(differences.get(1).actual().startsWith("no file"), differences.get(1).toString());
    }

    @Test
    void aFolderWithNoCaseIsNotAPassingCorpus(@TempDir Path empty, @TempDir Path actual) {
        List<Conformance.Difference> differences = Conformance.check(empty, actual);
        assertEquals(1, differences.size(), differences.toString());
        assertTrue(differences.get(0).actual().startsWith("no case in "), differences.toString());
    }

    @Test
    void theOraclesAndLawsHoldForTheLibraryAndCatchAWrongSystem() {
        IndicatorReport report = JUnitSamples.values(Generators.reports(EDITIONS), 3L, 1).findFirst().orElseThrow();
        BigDecimal total = Oracles.total(report, EDITIONS);
        Oracles.assertTotal(report, EDITIONS, total);
        Oracles.assertWithinTolerance(report, EDITIONS, total);
        Oracles.assertGrade(report, EDITIONS, report.assess(EDITIONS).grade().name());
        AssertionError off = assertThrows(AssertionError.class, () -> Oracles.assertTotal(report, EDITIONS, total.add(new BigDecimal("0.01"))));
        assertTrue(off.getMessage().contains("the total is " + total), off.getMessage());
        assertThrows(AssertionError.class, () -> Oracles.assertWithinTolerance(report, EDITIONS, total.add(new BigDecimal("0.02"))));
        Indicator first = report.indicators().asMap().firstKey();
        Laws.monotonic(report, first, Score.HUNDRED, r -> Oracles.total(r, EDITIONS));
        // a scoring function that falls when a score rises is caught
        assertThrows(AssertionError.class, () -> Laws.monotonic(report, first, Score.HUNDRED,
                r -> BigDecimal.valueOf(100).subtract(Oracles.total(r, EDITIONS))));

        var questionnaire = org.itascore.survey.Questionnaire.STANDARD;
        var responses = JUnitSamples.values(Generators.lists(Generators.responses(questionnaire, Instrument.IIT)), 5L, 30)
                .filter(l -> l.size() > 3).findFirst().orElseThrow();
        java.util.function.Function<List<org.itascore.survey.Response>, org.itascore.survey.Tally> tally = list -> {
            var acc = org.itascore.survey.Tally.accumulator(questionnaire, Instrument.IIT);
            list.forEach(acc::add);
            return acc.toTally();
        };
        Laws.orderIndependent(responses, tally, 1L);
        Laws.mergeable(responses.subList(0, 2), responses.subList(2, responses.size()), tally, org.itascore.survey.Tally::merge);
        // a "tally" that keeps only the first response depends on the order
        assertThrows(AssertionError.class, () -> Laws.orderIndependent(responses, list -> list.get(0), 1L));
    }
}
