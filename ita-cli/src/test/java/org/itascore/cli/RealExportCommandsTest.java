package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sheet commands on exports as offices make them, each built by the test from the bundled sample's answers
 * (samples/csv): headers without question numbers and respondent columns first, semicolons and tabs, swapped
 * files, another year's checklist, answers of another fiscal year, the year left out; and the refusals that help:
 * a sheet given as a report, typos, a year without rules. Every variant of the sample must score as the sample.
 */
class RealExportCommandsTest {

    private static final Path CSV = Path.of("..", "samples", "csv");
    private static final String IIT = CSV.resolve("iit-2564.csv").toString();
    private static final String EIT = CSV.resolve("eit-2564.csv").toString();
    private static final String OIT = CSV.resolve("oit-2564.csv").toString();
    private static final String OFFICE = "สพม.ตัวอย่าง";

    /** The sample's rows. */
    private static List<List<String>> rows(String file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(Path.of(file))) {
            for (CsvRecord r : csv) {
                List<String> fields = new ArrayList<>(r.getFields());
                fields.set(0, fields.get(0).replace("\uFEFF", ""));
                rows.add(fields);
            }
        }
        return rows;
    }

    /** The sample with its question numbers taken out of the headers, and e-mail and sex asked first. */
    private static List<List<String>> unnumbered(String file) throws IOException {
        List<List<String>> rows = rows(file);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (r == 0) {
                for (int c = 1; c < row.size(); c++) {
                    row.set(c, row.get(c).replaceAll("(?:ข้อที่\\s*|ข้อ\\s+)?[ieIE]?\\d+\\.?\\s*", "").strip() + " (" + (char) ('ก' + c) + ")");
                }
                row.addAll(1, List.of("ที่อยู่อีเมล", "เพศ"));
            } else {
                row.addAll(1, List.of("r" + r + "@example.ac.th", r % 3 == 0 ? "ชาย" : "หญิง"));
            }
        }
        return rows;
    }

    private static Path write(Path dir, String name, List<List<String>> rows, char delimiter) throws IOException {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                boolean quote = cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n") || cell.contains(",");
                cells.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append(String.join(String.valueOf(delimiter), cells)).append("\r\n");
        }
        Path file = dir.resolve(name);
        Files.writeString(file, out);
        return file;
    }

    private static Run score(Object iit, Object eit, String... more) {
        List<String> args = new ArrayList<>(List.of("score", "--iit", iit.toString(), "--eit", eit.toString(), "--oit", OIT,
                "--office", OFFICE));
        args.addAll(List.of(more));
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void unnumberedExportsWithRespondentColumnsScoreAsTheSample(@TempDir Path dir) throws IOException {
        Run sample = score(IIT, EIT, "--fiscal-year", "2564", "--format", "json");
        assertEquals(0, sample.exitCode(), sample.err());
        Path iit = write(dir, "iit.csv", unnumbered(IIT), ',');
        Path eit = write(dir, "eit.csv", unnumbered(EIT), ',');
        Run plain = score(iit, eit, "--fiscal-year", "2564", "--format", "json");
        assertEquals(0, plain.exitCode(), plain.err());
        assertEquals(sample.out(), plain.out());
        assertEquals(List.of(
                "ita: " + iit + ": no header carries a question number, so the 30 answer columns were mapped to i1-i30 in the "
                        + "form's order, each checked to hold answers on its question's scale; set aside as not answers (their "
                        + "answers are on no question's scale): เพศ",
                "ita: " + eit + ": no header carries a question number, so the 15 answer columns were mapped to e1-e15 in the "
                        + "form's order, each checked to hold answers on its question's scale; set aside as not answers (their "
                        + "answers are on no question's scale): เพศ"), plain.err().lines().toList());
        Run thai = score(iit, eit, "--fiscal-year", "2564", "--lang", "th");
        assertTrue(thai.err().contains(": หัวคอลัมน์ไม่มีเลขข้อคำถาม จึงจับคู่คอลัมน์คำตอบ 30 คอลัมน์กับข้อ i1-i30 ตามลำดับในแบบฟอร์ม"),
                thai.err());
        for (char delimiter : new char[] {';', '\t'}) {
            Path i = write(dir, "iit-" + (int) delimiter + ".csv", rows(IIT), delimiter);
            Path e = write(dir, "eit-" + (int) delimiter + ".csv", unnumbered(EIT), delimiter);
            Run other = score(i, e, "--fiscal-year", "2564", "--format", "json");
            assertEquals(sample.out(), other.out(), other.err());
        }
    }

    @Test
    void theProposedMapSavedScoresUnchanged(@TempDir Path dir) throws IOException {
        Path iit = write(dir, "iit.csv", unnumbered(IIT), ',');
        Path eit = write(dir, "eit.csv", unnumbered(EIT), ',');
        Run propose = Run.of("import", "--iit", iit.toString(), "--eit", eit.toString(), "--fiscal-year", "2564", "--propose-map");
        assertEquals(0, propose.exitCode(), propose.err());
        assertTrue(propose.err().contains("mapped to i1-i30 in the form's order"), propose.err());
        JsonNode map = JsonMapper.builder().build().readTree(propose.out());
        assertEquals(30, map.get("iit").get("columns").size());
        assertEquals(15, map.get("eit").get("columns").size());
        assertTrue(map.get("iit").get("ignore").toString().contains("เพศ"), map.toString());
        Path saved = dir.resolve("map.json");
        Files.writeString(saved, propose.out());
        Run byOrder = score(iit, eit, "--fiscal-year", "2564", "--format", "json");
        Run mapped = score(iit, eit, "--fiscal-year", "2564", "--format", "json", "--map", saved.toString());
        assertEquals(0, mapped.exitCode(), mapped.err());
        assertEquals(byOrder.out(), mapped.out());
        assertEquals("", mapped.err(), "a map given is used as given, with no note");
    }

    @Test
    void aColumnMissingOrSwappedFilesAreRefusedSayingWhatWasSeen(@TempDir Path dir) throws IOException {
        List<List<String>> short1 = unnumbered(IIT);
        short1.forEach(row -> row.remove(7));
        Path iit = write(dir, "iit.csv", short1, ',');
        Path eit = write(dir, "eit.csv", unnumbered(EIT), ',');
        Run missing = score(iit, eit, "--fiscal-year", "2564");
        assertEquals(2, missing.exitCode());
        assertEquals(List.of("ita: " + iit + ": row 1 (the header): no header carries a question number, and the columns cannot "
                + "be mapped in the form's order: 29 columns hold answers on a question's scale (or none yet), but the IIT "
                + "questionnaire of edition obec-esa-2564 has 30 questions; set aside as not answers: เพศ. Map the columns in an "
                + "import map"), missing.err().lines().toList());
        Run swapped = score(EIT, IIT, "--fiscal-year", "2564", "--lang", "th");
        assertEquals(2, swapped.exitCode());
        assertEquals(2, swapped.err().lines().count(), swapped.err());
        assertTrue(swapped.err().contains("ดูเหมือนแฟ้ม IIT กับ EIT สลับกัน"), swapped.err());
    }

    @Test
    void anotherYearsChecklistScoresWithItsCatalogueAndOutOfYearAnswersAreAFinding() {
        Run refused = score(IIT, EIT, "--fiscal-year", "2566");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("has no built-in OIT catalogue"), refused.err());
        assertTrue(refused.err().contains("ita: name it with --catalogue, for example --catalogue classic"), refused.err());
        Run typo = score(IIT, EIT, "--fiscal-year", "2566", "--catalogue", "clasic");
        assertTrue(typo.err().contains("\"clasic\": unknown catalogue; did you mean classic?"), typo.err());
        Run text = score(IIT, EIT, "--fiscal-year", "2566", "--catalogue", "classic");
        assertEquals(0, text.exitCode(), text.err());
        // the sample's IIT answers are time-stamped 1 June to 2 July 2564 (B.E.), its EIT answers 3 July to 19 August
        assertTrue(text.out().contains("Finding: IIT: 30 of 30 answers are time-stamped outside fiscal year 2566 (1 October to "
                + "30 September), from 1/6/2564 to 2/7/2564; most answers are time-stamped in fiscal year 2564"), text.out());
        JsonNode json = JsonMapper.builder().build().readTree(score(IIT, EIT, "--fiscal-year", "2566", "--catalogue", "classic",
                "--format", "json").out());
        JsonNode finding = json.get("findings").get(0);
        assertEquals("ANSWERS_OUTSIDE_FISCAL_YEAR", finding.get("kind").asString());
        assertEquals(2564, finding.get("fiscalYear").asInt());
        assertEquals("30", finding.get("printed").asString());
        Run html = score(IIT, EIT, "--fiscal-year", "2566", "--catalogue", "classic", "--format", "html", "--lang", "th");
        assertTrue(html.out().contains("คำตอบ 45 จาก 45 ชุดมีเวลาประทับนอกปีงบประมาณ 2566"), html.out());
    }

    @Test
    void theFiscalYearIsTakenFromTimestampsAllInOneYear() {
        Run given = score(IIT, EIT, "--fiscal-year", "2564", "--format", "json");
        Run taken = score(IIT, EIT, "--format", "json");
        assertEquals(0, taken.exitCode(), taken.err());
        assertEquals(given.out(), taken.out());
        assertEquals("ita: --fiscal-year: fiscal year 2564, taken from the answers' timestamps: all 75 fall in it "
                + "(1 October to 30 September)\n", taken.err());
    }

    @Test
    void aSheetGivenAsAReportSaysWhichOptionsTakeSheets() {
        Run run = Run.of("score", IIT);
        assertEquals(2, run.exitCode());
        assertEquals(List.of("ita: " + IIT + ": /: this file is a sheet (CSV or XLSX), not the JSON document read here",
                "ita: sheets are read with --iit and --eit (Google Forms exports) and --oit (the checklist sheet), as in: "
                        + "ita score --iit iit.csv --eit eit.csv --oit oit.csv --fiscal-year 2569"), run.err().lines().toList());
        Run thai = Run.of("audit", IIT, "--lang", "th");
        assertTrue(thai.err().startsWith("ita: " + IIT + ": /: แฟ้มนี้เป็นแผ่นงาน (CSV หรือ XLSX)"), thai.err());
        assertTrue(thai.err().contains("as in: ita score --iit"), "audit takes no sheets: " + thai.err());
    }

    @Test
    void typosAreAnsweredWithTheNearestName() {
        Run option = Run.of("score", "--year", "2569");
        assertEquals("ita: unknown option: --year; did you mean --fiscal-year?", option.err().lines().findFirst().orElseThrow());
        Run edition = Run.of("score", "--edition", "obec-esa-2656");
        assertTrue(edition.err().contains("\"obec-esa-2656\": unknown edition; did you mean obec-esa-2566?"), edition.err());
        Run report = Run.of("report", "--iti", IIT);
        assertTrue(report.err().startsWith("ita: unknown option: --iti; did you mean --iit"), report.err());
        assertFalse(report.err().contains(IIT), "only the word not understood is named: " + report.err());
        // a typed option's value is told in the library's words and the reader's language, never a Java type's
        Run port = Run.of("serve", "--port", "abc", "--lang", "th");
        assertEquals("ita: --port: \"abc\": ต้องเป็นจำนวนเต็มที่เขียนด้วยตัวเลข", port.err().lines().findFirst().orElseThrow());
        Run threads = Run.of("serve", "--threads", "1e3");
        assertEquals("ita: --threads: \"1e3\": a whole number written in digits is expected",
                threads.err().lines().findFirst().orElseThrow());
    }

    @Test
    void aYearWithoutRulesSuggestsTheOfficesOwnFamilyAndACommandThatWorks(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "{\"office\":\"สพป.ขอนแก่น เขต 1\",\"fiscalYear\":2570,\"indicators\":{\"1\":90,\"2\":90,\"3\":90,"
                + "\"4\":90,\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90,\"10\":90}}");
        Run run = Run.of("score", report.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the nearest: obec-esa-2569, nacc-2569, ovec-2569. To score under one's rules, name it as "
                + "the edition (obec-esa-2569)"), run.err());
        assertTrue(run.err().endsWith("ita: for example: ita score FILE --edition obec-esa-2569\n"), run.err());
        Run derived = Run.of("score", report.toString(), "--edition", "obec-esa-2569");
        assertEquals(0, derived.exitCode(), derived.err());
        // obec-esa-2569-for-2570: FY2569's weights and bands carried over, no verdicts assumed, and the derivation
        assertTrue(derived.out().contains("Note: 4 of the rules of edition obec-esa-2569-for-2570 that decide this result are "
                + "assumed, not confirmed by an official document; its provenance lists them"), derived.out());
        JsonNode json = JsonMapper.builder().build().readTree(Run.of("score", report.toString(), "--edition", "obec-esa-2569",
                "--format", "json").out());
        assertEquals(4, json.get("assumedRules").size());
        assertEquals("derivation", json.get("assumedRules").get(3).asString());
        Run confirmed = Run.of("score", "--format", "json");
        assertFalse(confirmed.out().contains("assumedRules"), "FY2566's rules are all confirmed");
    }

    @Test
    void theAnnualAnalysisReadsSheetsAsItReadsTheirJsonBatch() {
        Run sheets = Run.of("report", "--iit", IIT, "--eit", EIT, "--oit", OIT, "--office", OFFICE, "--fiscal-year", "2564",
                "--staff", "48", "--stakeholders", "420", "--date", "2026-12-03");
        assertEquals(0, sheets.exitCode(), sheets.err());
        Run batch = Run.of("report", Path.of("..", "samples", "survey-2564.json").toString(), "--oit",
                Path.of("..", "samples", "oit-2564.json").toString(), "--date", "2026-12-03");
        assertEquals(batch.out(), sheets.out());
    }

    @Test
    void skippedRowsArePartOfTheJsonResult(@TempDir Path dir) throws IOException {
        List<List<String>> iit = rows(IIT);
        iit.get(3).set(4, "ดีมาก");
        iit.get(9).set(2, "");
        iit.get(9).set(5, "บ่อย");
        Path file = write(dir, "iit.csv", iit, ',');
        Run run = score(file, EIT, "--fiscal-year", "2564", "--skip-bad-rows", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode skipped = JsonMapper.builder().build().readTree(run.out()).get("skippedRows");
        assertEquals(1, skipped.size());
        assertEquals(file.toString(), skipped.get(0).get("sheet").asString());
        assertEquals(30, skipped.get(0).get("rows").asInt());
        assertEquals(2, skipped.get(0).get("skipped").asInt());
        JsonNode first = skipped.get(0).get("problems").get(0);
        assertEquals(4, first.get("row").asInt());
        assertEquals("E", first.get("column").asString());
        assertEquals("ดีมาก", first.get("value").asString());
        assertEquals("sheet.labelLevel", first.get("code").asString());
        assertEquals(10, skipped.get(0).get("problems").get(1).get("row").asInt());
        assertFalse(score(IIT, EIT, "--fiscal-year", "2564", "--format", "json").out().contains("skippedRows"));
    }
}
