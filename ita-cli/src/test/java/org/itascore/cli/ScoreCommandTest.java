package org.itascore.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.itascore.render.TextWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoreCommandTest {

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"score, 0", "audit, 1", "history, 0"})
    void theReadmeShowsWhatTheCommandsPrint(String command, int exitCode) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String begin = "<!-- BEGIN ita " + command + " output -->\n```\n";
        String end = "```\n<!-- END ita " + command + " output -->";
        String block = readme.substring(readme.indexOf(begin) + begin.length(), readme.indexOf(end));
        Run run = Run.of(command);
        assertEquals(exitCode, run.exitCode(), run.err());
        assertEquals(block, run.out());
    }

    @Test
    void theReadmeNamesTheTwoCommands() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("\n./ita score\n"), "the README names the main command");
        assertTrue(readme.contains("\n./mvnw verify\n"), "the README names the test command");
        assertTrue(Files.readString(Path.of("..", ".ci", "run")).contains("./mvnw -B verify"), ".ci/run runs the README's test command");
    }

    @Test
    void theSampleIsSeed000WithItsHandComputedTotal() {
        Run run = Run.of("score");
        assertTrue(run.out().contains("Total: 90.05, grade A (Very Good), passed"), run.out());
        assertTrue(run.out().contains("IIT 94.33 (weight 0.3), EIT 90.01 (weight 0.3), OIT 86.88 (weight 0.4)"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonOutputIsTheResultFormat() {
        Run run = Run.of("score", "--format", "json");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("\"score\" : 90.05,"), run.out());
        assertTrue(run.out().contains("\"belowPassMark\" : [ 10 ]"), run.out());
    }

    @Test
    void jsonNamesThingsWhenAskedForLabels() {
        Run thai = Run.of("score", "--format", "json", "--labels", "th");
        assertEquals(0, thai.exitCode(), thai.err());
        // the sample's total 90.05 is grade A, ดีมาก; indicator 10 is การป้องกันการทุจริต
        assertTrue(thai.out().contains("\"gradeTitle\" : {\n    \"th\" : \"ดีมาก\"\n  }"), thai.out());
        assertTrue(thai.out().contains("\"th\" : \"การป้องกันการทุจริต\""), thai.out());
        assertTrue(!thai.out().contains("\"en\" : \"Very Good\""), thai.out());
        Run both = Run.of("whatif", "--target", "AA", "--format", "json", "--labels", "th,en");
        // AA is out of the sample's reach: exit 1, the what-if printed all the same
        assertEquals(1, both.exitCode(), both.err());
        assertTrue(both.out().contains("\"en\" : \"Corruption prevention\""), both.out());
        Run bad = Run.of("score", "--format", "json", "--labels", "fr");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("a language is en or th"), bad.err());
        assertTrue(!Run.of("score", "--format", "json").out().contains("Title"), "no labels unless asked");
    }

    @Test
    void thaiLabelsAndDigits() {
        Run run = Run.of("score", "--lang", "th", "--thai-digits");
        assertTrue(run.out().contains("คะแนนรวม: ๙๐.๐๕"), run.out());
        assertTrue(run.out().contains("การป้องกันการทุจริต"), run.out());
    }

    @Test
    void thaiTableColumnsLineUpInDisplayColumns() {
        List<String> rows = Run.of("score", "--lang", "th").out().lines()
                .filter(l -> l.matches(" ?[0-9]{1,2}  .*")).toList();
        assertEquals(10, rows.size());
        for (String row : rows) {
            int at = Math.max(row.indexOf(" IIT "), Math.max(row.indexOf(" EIT "), row.indexOf(" OIT ")));
            assertEquals(TextWidth.of(rows.get(0).substring(0, rows.get(0).indexOf(" IIT "))),
                    TextWidth.of(row.substring(0, at)), row);
            assertEquals(TextWidth.of(rows.get(0)), TextWidth.of(row), row);
        }
    }

    @Test
    void readsStandardInputAndThaiDigitReports() throws IOException {
        String report = new String(Input.sample("chachoengsao-2-2562.json").bytes(), StandardCharsets.UTF_8);
        Run run = Run.withInput(report, "score", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Total: 84.81, grade B (Good), not passed"), run.out());
        assertTrue(run.out().contains("Below the pass mark, lowest first: 10 Corruption prevention (73.21), "
                + "8 Improvement of the work system (79.89), 7 Communication efficiency (82.55)"), run.out());
    }

    static Stream<Arguments> invalidReports() {
        String ten = "\"1\":90,\"2\":90,\"3\":90,\"4\":90,\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90,\"10\":90";
        return Stream.of(
                Arguments.of("{\"office\":\"x\",\"fiscalYear\":2023,\"indicators\":{" + ten + "}}",
                        "ita: <stdin>: /fiscalYear: \"2023\": a fiscal year is a Buddhist Era year from 2500 to 2700; "
                                + "2023 looks like a Common Era year: did you mean 2566?"),
                Arguments.of("{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{" + ten.replace("\"7\":90", "\"7\":105") + "}}",
                        "ita: <stdin>: /indicators/7: \"105\": a score lies between 0 and 100"),
                Arguments.of("{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{\"1\":90}}",
                        "ita: <stdin>: /indicators: missing: every indicator of edition obec-esa-2566 needs a score; "
                                + "none for 2, 3, 4, 5, 6, 7, 8, 9, 10"),
                Arguments.of("{\"office\":\"x\",\"fiscalYear\":2566,\"colour\":1,\"indicators\":{" + ten + "}}",
                        "ita: <stdin>: /colour: \"colour\": not a field of this object; see docs/json-format.md for the "
                                + "fields of each format"),
                Arguments.of("{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{\"1\":NaN}}",
                        "ita: <stdin>: /indicators/1: \"NaN\": not a number: NaN and infinities are not JSON numbers"),
                Arguments.of("{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{" + ten + ",\"1\":80}}",
                        "ita: <stdin>: /indicators/1: \"1\": a field is given once in its object"),
                Arguments.of("{\"office\":[\"x\"],\"fiscalYear\":2566,\"indicators\":{" + ten + "}}",
                        "ita: <stdin>: /office: an office is a JSON string, not an array"),
                Arguments.of("{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{" + ten.replace("\"3\":90", "\"3\":1e400") + "}}",
                        "ita: <stdin>: /indicators/3: \"1e400\": a score lies between 0 and 100"),
                Arguments.of("{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{" + ten.replace("\"3\":90", "\"3\":{\"v\":90}") + "}}",
                        "ita: <stdin>: /indicators/3: a score is a JSON number or a string of digits such as \"96.61\" or "
                                + "\"๙๖.๖๑\", not an object"),
                Arguments.of("{\"office\":\"x\",\"fiscalYear\":2566,\"edition\":\"esa-2566\",\"indicators\":{" + ten + "}}",
                        "ita: <stdin>: /edition: \"esa-2566\": unknown edition; did you mean obec-esa-2566? Known editions are obec-esa-2562, obec-esa-2563, "
                                + "obec-esa-2564, obec-esa-2565, obec-esa-2566, obec-esa-2567, obec-esa-2568, obec-esa-2569, "
                                + "nacc-2562, nacc-2563, nacc-2564, "
                                + "nacc-2565, nacc-2566, nacc-2567, nacc-2568, nacc-2569, ovec-2568, ovec-2569"),
                Arguments.of("not json", "ita: <stdin>: /: not valid JSON (line 1, column 1)"),
                Arguments.of("", "ita: <stdin>: /: the input is empty; a JSON document is expected"),
                Arguments.of("null", "ita: <stdin>: /: \"null\": a report is a JSON object, not null"),
                Arguments.of("{\"fiscalYear\":2566,\"colour\":1,\"indicators\":{" + ten.replace("\"7\":90", "\"7\":105") + "}}",
                        "ita: <stdin>: /colour: \"colour\": not a field of this object; see docs/json-format.md for the "
                                + "fields of each format\n"
                                + "ita: <stdin>: /indicators/7: \"105\": a score lies between 0 and 100\n"
                                + "ita: <stdin>: /office: missing: an office is named: its name has a letter or a digit"));
    }

    @ParameterizedTest
    @MethodSource("invalidReports")
    void invalidInputExitsTwoWithOneLineAndNothingOnStdout(String input, String line) {
        Run run = Run.withInput(input, "score", "-");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(line + "\n", run.err());
    }

    @Test
    void aMissingFileExitsThree(@TempDir Path dir) {
        Run run = Run.of("score", dir.resolve("nope.json").toString());
        assertEquals(3, run.exitCode());
        assertEquals("", run.out());
        assertEquals("ita: " + dir.resolve("nope.json") + ": no such file\n", run.err());
    }

    @Test
    void aDirectoryExitsThree(@TempDir Path dir) {
        Run run = Run.of("score", dir.toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().startsWith("ita: " + dir + ": cannot read"), run.err());
    }

    @Test
    void aBadOptionExitsTwo() {
        Run run = Run.of("score", "--format", "xml");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals("ita: --format: \"xml\": a format is text, json, html, csv (cohort) or docx (report, score, audit, plan)\n"
                + "ita: see 'ita score --help'\n", run.err());
        Run lang = Run.of("score", "--lang", "fr");
        assertEquals(2, lang.exitCode());
        assertEquals("ita: --lang: \"fr\": a language is en or th\nita: see 'ita score --help'\n", lang.err());
    }

    @Test
    void anOptionMistakeIsOneLineNotTheUsageBlock() {
        Run unknown = Run.of("score", "--frobnicate");
        assertEquals(2, unknown.exitCode());
        assertEquals("", unknown.out());
        assertEquals("ita: unknown option: --frobnicate\nita: see 'ita score --help'\n", unknown.err());
        Run missing = Run.of("cohort");
        assertEquals(2, missing.exitCode());
        assertEquals("ita: missing FILE\nita: see 'ita cohort --help'\n", missing.err());
    }

    @Test
    void helpListsOnlyTheFormatsACommandWritesAndKeepsSentencesWhole() {
        String history = Run.of("history", "--help").out();
        assertTrue(history.contains("Output format: text, json (default: text)."), history);
        String score = Run.of("score", "--help").out();
        assertTrue(score.replaceAll("\\s+", " ").contains("Output format: text, json, html, docx (default: text)."), score);
        // a description is one sentence that picocli wraps, not lines cut where the source code broke them
        String cohort = Run.of("cohort", "--help").out().replaceAll("\\s+", " ");
        assertTrue(cohort.contains("Statistics across many offices' reports (format 6: a JSON array or newline-delimited JSON"
                + " of format-1 reports): mean, median, spread"), cohort);
    }

    @Test
    void versionComesFromTheBuild() {
        Run version = Run.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().matches("(?s)ita " + java.util.regex.Pattern.quote(System.getProperty("ita.projectVersion"))
                + "( \\(commit [0-9a-f]{12}(, modified)?\\))?\nJava .*"), version.out());
    }

    @Test
    void problemsAreWrittenInThaiWithLangTh() {
        Run run = Run.withInput("{\"office\":\"x\",\"fiscalYear\":2023,\"indicators\":{\"7\":105}}", "score", "-", "--lang", "th");
        assertEquals(2, run.exitCode());
        assertEquals("ita: <stdin>: /fiscalYear: \"2023\": ปีงบประมาณต้องเป็นปีพุทธศักราช 2500 ถึง 2700 ส่วน 2023"
                + " ดูเหมือนปีคริสต์ศักราช หมายถึง 2566 หรือไม่\n"
                + "ita: <stdin>: /indicators/7: \"105\": คะแนนต้องอยู่ระหว่าง 0 ถึง 100\n", run.err());
        Run english = Run.withInput("{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{\"7\":105}}", "score", "-");
        // every problem at once: the score refused and, by the edition's rule, the nine indicators not given
        assertEquals("ita: <stdin>: /indicators/7: \"105\": a score lies between 0 and 100\n"
                + "ita: <stdin>: /indicators: missing: every indicator of edition obec-esa-2566 needs a score; none for 1, 2, 3, 4, 5, 6, 8, 9, 10\n",
                english.err());
    }

    @Test
    void aYearWithoutRulesIsScoredUnderAnEditionDerivedFromTheNearest(@TempDir Path dir) throws IOException {
        String report = "{\"office\":\"x\",\"fiscalYear\":2570,\"indicators\":{\"1\":90,\"2\":90,\"3\":90,\"4\":90,"
                + "\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90,\"10\":80}}";
        Run refused = Run.withInput(report, "score", "-");
        assertEquals(2, refused.exitCode());
        // an office named x is no ESA office or college: an agency, whose family (the NACC's) comes first
        assertTrue(refused.err().contains("the nearest: nacc-2569, obec-esa-2569, ovec-2569. To score under one's rules,"
                + " name it as the edition (nacc-2569)"), refused.err());
        assertTrue(refused.err().endsWith("ita: for example: ita score FILE --edition nacc-2569\n"), refused.err());
        Run thai = Run.withInput(report, "score", "-", "--lang", "th");
        assertTrue(thai.err().contains("ฉบับที่ใกล้ที่สุดคือ nacc-2569, obec-esa-2569, ovec-2569 หากต้องการใช้เกณฑ์ของฉบับหนึ่ง"
                + " ให้ระบุฉบับนั้นเป็นฉบับเกณฑ์ (nacc-2569)"), thai.err());
        // the option the refusal names: an edition derived from nacc-2569 for 2570, which says so
        // 0.3 x 90 + 0.3 x 90 + 0.4 x (90 + 80) / 2 = 27 + 27 + 34 = 88; instruments 90, 90, 85: good pass
        Run named = Run.withInput(report, "score", "-", "--edition", "nacc-2569");
        assertEquals(0, named.exitCode(), named.err());
        assertTrue(named.out().contains("Total: 88.00, grade A (Very Good), passed (pass mark 85.00), verdict: Good pass"), named.out());
        assertTrue(named.out().contains("Edition: nacc-2569-for-2570 ("), named.out());
        Run json = Run.withInput(report, "score", "-", "--edition", "nacc-2569", "--format", "json");
        assertTrue(json.out().startsWith("{\n  \"edition\" : \"nacc-2569-for-2570\",\n"), json.out());
        // the same named in the document
        Run inDocument = Run.withInput(report.replace("{\"office\"", "{\"edition\":\"nacc-2569\",\"office\""), "score", "-");
        assertEquals(named.out(), inDocument.out());
        // a year with an edition of its own is not scored under another year's
        Run covered = Run.withInput(report.replace("2570", "2566"), "score", "-", "--edition", "nacc-2569");
        assertEquals(2, covered.exitCode());
        assertTrue(covered.err().contains("fiscal year 2566 has its own edition, obec-esa-2566"), covered.err());
        Run unknown = Run.withInput(report, "score", "-", "--edition", "nacc-2570");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("ita: --edition: \"nacc-2570\": unknown edition"), unknown.err());
        Path edition = dir.resolve("nacc-2570.json");
        Files.writeString(edition, "{\"id\":\"nacc-2570-mine\",\"derivedFrom\":\"nacc-2568\",\"fiscalYears\":[2570]}");
        Run run = Run.withInput(report, "score", "-", "--editions", edition.toString());
        assertEquals(0, run.exitCode(), run.err());
        // 0.3 x 90 + 0.3 x 90 + 0.4 x (90 + 80) / 2 = 27 + 27 + 34 = 88
        assertTrue(run.out().contains("Total: 88.00, grade A (Very Good), passed"), run.out());
        assertTrue(run.out().contains("Edition: nacc-2570-mine ("), run.out());
        Files.writeString(edition, "{\"id\":\"nacc-2570-mine\",\"derivedFrom\":\"nope\",\"fiscalYears\":[2570]}");
        Run bad = Run.withInput(report, "score", "-", "--editions", edition.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().startsWith("ita: " + edition + ": /derivedFrom: \"nope\": unknown edition"), bad.err());
    }
}
