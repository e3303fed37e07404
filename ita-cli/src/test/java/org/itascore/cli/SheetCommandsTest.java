package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ita score --iit --eit --oit} and {@code ita import} on Google Forms exports: the bundled sample office
 * (samples/csv, made by samples/make-samples.py; its values from samples/check-samples.py) and sheets with
 * problems.
 */
class SheetCommandsTest {

    private static final Path CSV = Path.of("..", "samples", "csv");
    private static final String IIT = CSV.resolve("iit-2564.csv").toString();
    private static final String EIT = CSV.resolve("eit-2564.csv").toString();
    private static final String OIT = CSV.resolve("oit-2564.csv").toString();
    private static final String BATCH = Path.of("..", "samples", "survey-2564.json").toString();
    private static final String JSON_OIT = Path.of("..", "samples", "oit-2564.json").toString();

    private static String[] score(String... more) {
        List<String> args = new ArrayList<>(List.of("score", "--iit", IIT, "--eit", EIT, "--oit", OIT, "--office", "สพม.ตัวอย่าง",
                "--fiscal-year", "2564"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void theSampleSheetsScoreAsTheirJsonBatch() {
        Run sheets = Run.of(score("--staff", "48", "--stakeholders", "420", "--format", "json"));
        assertEquals(0, sheets.exitCode(), sheets.err());
        Run json = Run.of("score", BATCH, "--oit", JSON_OIT, "--format", "json");
        assertEquals(json.out(), sheets.out());
        Run text = Run.of(score());
        assertTrue(text.out().contains("Instruments: IIT 80.02 (weight 0.3), EIT 81.57 (weight 0.3), OIT 76.39 (weight 0.4)"), text.out());
        assertTrue(text.out().contains("Total: 79.03, grade B (Good), not passed"), text.out());
        Run jsonChecklist = Run.of("score", "--iit", IIT, "--eit", EIT, "--oit", JSON_OIT, "--office", "สพม.ตัวอย่าง",
                "--fiscal-year", "2564", "--staff", "48", "--stakeholders", "420", "--format", "json");
        assertEquals(json.out(), jsonChecklist.out(), "the checklist may also be the JSON one");
        // one population known and not the other, as the core allows; a negative one refused, named
        assertEquals(0, Run.of(score("--staff", "48")).exitCode());
        Run negative = Run.of(score("--stakeholders", "-1"));
        assertEquals(2, negative.exitCode());
        assertEquals("ita: --stakeholders: \"-1\": a population is not negative\n", negative.err());
    }

    /** An IIT export with an unmapped column, a six-level label, an unreadable date and a short row. */
    private static Path badSheet(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("Timestamp,Email Address");
        for (int i = 1; i <= 30; i++) {
            csv.append(',').append(i).append(". Question ").append(i);
        }
        csv.append(",Gender\n");
        csv.append("11/22/2026 10:15:30,a@example.com").append(",มากที่สุด".repeat(29)).append(",มากพอสมควร,M\n");
        csv.append("13/13/2026 10:15:30,b@example.com").append(",มาก".repeat(30)).append(",F\n");
        csv.append("11/22/2026 10:15:30,c@example.com").append(",มาก".repeat(29)).append('\n');
        csv.append("11/22/2026 10:15:30,d@example.com").append(",มาก".repeat(30)).append(",F\n");
        Path file = dir.resolve("iit.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void everyProblemOfASheetIsListedAtItsRowAndColumn(@TempDir Path dir) throws IOException {
        Path iit = badSheet(dir);
        Run run = Run.of("score", "--iit", iit.toString(), "--eit", EIT, "--oit", OIT, "--office", "x", "--fiscal-year", "2564");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(List.of(
                "ita: " + iit + ": row 1 (the header), column AG “Gender”: \"Gender\": an unmapped column: its header does not "
                        + "start with a question number (\"1.\", \"ข้อ 1\", \"i1\"); map it to a question, name it as the office, or ignore it in the mapping",
                "ita: " + iit + ": row 2, column AF “30. Question 30”: \"มากพอสมควร\": the label is of the six-level scale; "
                        + "question i30 is answered on the four-level scale (น้อยที่สุดหรือไม่มีเลย, น้อย, มาก, มากที่สุด)",
                "ita: " + iit + ": row 3, column A “Timestamp”: \"13/13/2026 10:15:30\": a timestamp is a date and time as a form "
                        + "writes it (22/11/2569, 10:15:30 or 2026-11-22 10:15:30)",
                "ita: " + iit + ": row 4: \"31\": a row has as many cells as the header row (33)"), run.err().lines().toList());
        Run thai = Run.of("score", "--iit", iit.toString(), "--eit", EIT, "--oit", OIT, "--office", "x", "--fiscal-year", "2564",
                "--lang", "th");
        assertTrue(thai.err().contains(": แถว 2 คอลัมน์ AF “30. Question 30”: \"มากพอสมควร\": ตัวเลือกนี้เป็นของมาตรวัดแบบ หกระดับ แต่ข้อคำถาม i30 ใช้มาตรวัดแบบ สี่ระดับ"),
                thai.err());
        assertFalse(thai.err().contains("Exception"), thai.err());
    }

    @Test
    void badRowsAreSkippedOnRequestAndCounted(@TempDir Path dir) throws IOException {
        Path iit = badSheet(dir);
        Path map = dir.resolve("map.json");
        StringBuilder columns = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            columns.append(i == 1 ? "" : ",").append("\"").append(i).append(". Question ").append(i).append("\":\"i").append(i).append('"');
        }
        Files.writeString(map, "{\"iit\":{\"columns\":{" + columns + "},\"timestamp\":\"Timestamp\",\"ignore\":[\"Email Address\",\"Gender\"]}}");
        Run run = Run.of("score", "--iit", iit.toString(), "--eit", EIT, "--oit", OIT, "--office", "x", "--fiscal-year", "2564",
                "--map", map.toString(), "--skip-bad-rows");
        assertEquals(0, run.exitCode(), run.err());
        List<String> err = run.err().lines().toList();
        assertEquals("ita: " + iit + ": skipped 3 of 4 rows for their problems:", err.get(0));
        assertEquals(4, err.size(), run.err());
        assertTrue(run.out().contains("Total: "), run.out());
    }

    @Test
    void anOfficeColumnScoresEachOfficeInOnePass(@TempDir Path dir) throws IOException {
        // the sample's rows shared between two schools, and its checklist given to each
        Path iit = withOffice(Path.of(IIT), dir.resolve("iit.csv"), false);
        Path eit = withOffice(Path.of(EIT), dir.resolve("eit.csv"), false);
        Path oit = withOffice(Path.of(OIT), dir.resolve("oit.csv"), true);
        Run proposed = Run.of("import", "--iit", iit.toString(), "--eit", eit.toString(), "--oit", oit.toString(), "--fiscal-year", "2564", "--propose-map");
        assertEquals(0, proposed.exitCode(), proposed.err());
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode map = (ObjectNode) json.readTree(proposed.out());
        assertEquals("e1", map.get("eit").get("columns").get("ข้อ 1 ข้อคำถามการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก").asString());
        assertEquals("[\"โรงเรียน\"]", map.get("eit").get("ignore").toString(), "an office-like column is ignored unless named");
        Path mapFile = officeColumnMap(dir, map);

        Run both = Run.of("score", "--iit", iit.toString(), "--eit", eit.toString(), "--oit", oit.toString(), "--fiscal-year", "2564", "--map",
                mapFile.toString(), "--format", "json");
        assertEquals(0, both.exitCode(), both.err());
        JsonNode results = json.readTree(both.out());
        assertEquals(2, results.size());
        assertEquals("โรงเรียน ข", results.get(0).get("office").asString(), "offices in the order first met");
        assertEquals("โรงเรียน ก", results.get(1).get("office").asString());
        Run one = Run.of("score", "--iit", iit.toString(), "--eit", eit.toString(), "--oit", oit.toString(), "--fiscal-year", "2564", "--map",
                mapFile.toString(), "--office", "โรงเรียน ก", "--format", "json");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(results.get(1), json.readTree(one.out()));
        Run html = Run.of("score", "--iit", iit.toString(), "--eit", eit.toString(), "--oit", oit.toString(), "--fiscal-year", "2564", "--map",
                mapFile.toString(), "--format", "html");
        assertEquals(2, html.exitCode());
        assertTrue(html.err().startsWith("ita: --format html: the document shows one office and the sheets hold 2"), html.err());
    }

    /**
     * Copies a sheet with an office column added: a checklist's rows once for each of two schools, a responses
     * sheet's rows alternately to each.
     */
    private static Path withOffice(Path from, Path to, boolean everyRowForEach) throws IOException {
        return withOffice(from, to, everyRowForEach, "โรงเรียน ก", "โรงเรียน ข");
    }

    private static Path withOffice(Path from, Path to, boolean everyRowForEach, String a, String b) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(Files.readString(from).replace("\uFEFF", ""))) {
            csv.forEach(r -> records.add(new ArrayList<>(r.getFields())));
        }
        try (CsvWriter out = CsvWriter.builder().build(to)) {
            records.get(0).add("โรงเรียน");
            out.writeRecord(records.get(0));
            for (String school : everyRowForEach ? List.of(a, b) : List.of("")) {
                for (int r = 1; r < records.size(); r++) {
                    List<String> row = new ArrayList<>(records.get(r));
                    row.add(everyRowForEach ? school : r % 2 == 0 ? a : b);
                    out.writeRecord(row);
                }
            }
        }
        return to;
    }

    /** {@return the proposed map with the column โรงเรียน named as each sheet's office column, written to map.json} */
    private static Path officeColumnMap(Path dir, ObjectNode map) throws IOException {
        for (String sheet : List.of("iit", "eit")) {
            ((ObjectNode) map.get(sheet)).remove("ignore");
            ((ObjectNode) map.get(sheet)).put("office", "โรงเรียน");
        }
        ((ObjectNode) map.get("oit")).put("office", "โรงเรียน");
        Path mapFile = dir.resolve("map.json");
        Files.writeString(mapFile, JsonMapper.builder().build().writeValueAsString(map));
        return mapFile;
    }

    /** Imports two offices of the sample, named as given, from sheets with an office column; {@return the run} */
    private static Run importTwo(Path dir, String a, String b, Path out) throws IOException {
        Path iit = withOffice(Path.of(IIT), dir.resolve("iit.csv"), false, a, b);
        Path eit = withOffice(Path.of(EIT), dir.resolve("eit.csv"), false, a, b);
        Path oit = withOffice(Path.of(OIT), dir.resolve("oit.csv"), true, a, b);
        ObjectNode map = (ObjectNode) JsonMapper.builder().build().readTree(Run.of("import", "--iit", iit.toString(), "--eit",
                eit.toString(), "--oit", oit.toString(), "--fiscal-year", "2564", "--propose-map").out());
        Path mapFile = officeColumnMap(dir, map);
        return Run.of("import", "--iit", iit.toString(), "--eit", eit.toString(), "--oit", oit.toString(), "--fiscal-year", "2564",
                "--map", mapFile.toString(), "--out", out.toString());
    }

    @Test
    void distinctOfficesGetDistinctFoldersOrNothingIsWritten(@TempDir Path dir) throws IOException {
        // "A/B" and "A:B" both replace their separator: a suffix of each name's SHA-256 keeps them apart
        Path out = dir.resolve("out");
        Run separators = importTwo(dir, "โรงเรียน A/B", "โรงเรียน A:B", out);
        assertEquals(0, separators.exitCode(), separators.err());
        try (Stream<Path> folders = Files.list(out)) {
            List<String> names = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertEquals(List.of(ImportCommand.folderName("โรงเรียน A/B"), ImportCommand.folderName("โรงเรียน A:B")).stream().sorted().toList(), names);
            assertTrue(names.stream().allMatch(n -> n.matches("โรงเรียน A_B-[0-9a-f]{8}")), names.toString());
            for (String n : names) {
                assertTrue(Files.exists(out.resolve(n).resolve("survey-batch.json")), n);
            }
        }
        // names of 100 Thai letters (300 bytes in UTF-8), beyond what a file system allows: shortened, kept apart
        Path longOut = dir.resolve("long");
        Run longNames = importTwo(dir, "ก".repeat(99) + "ข", "ก".repeat(99) + "ค", longOut);
        assertEquals(0, longNames.exitCode(), longNames.err());
        try (Stream<Path> folders = Files.list(longOut)) {
            List<String> names = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.stream().allMatch(n -> n.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 255), names.toString());
        }
        // told apart only by case (one folder where the file system ignores case): the second takes its suffix
        Path caseOut = dir.resolve("case");
        Run cased = importTwo(dir, "School A", "SCHOOL A", caseOut);
        assertEquals(0, cased.exitCode(), cased.err());
        try (Stream<Path> folders = Files.list(caseOut)) {
            List<String> names = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            // the office met first keeps its name (the responses alternate, the second school's row first)
            assertTrue(names.contains("SCHOOL A"), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.matches("School A-[0-9a-f]{8}")), names.toString());
        }
    }

    @Test
    void importWritesTheJsonFormatsWholeOrNotAtAll(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Run run = Run.of("import", "--iit", IIT, "--eit", EIT, "--oit", OIT, "--office", "สพม.ตัวอย่าง", "--fiscal-year", "2564",
                "--staff", "48", "--stakeholders", "420", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Run again = Run.of("score", out.resolve("survey-batch.json").toString(), "--oit", out.resolve("oit-checklist.json").toString(),
                "--format", "json");
        assertEquals(Run.of("score", BATCH, "--oit", JSON_OIT, "--format", "json").out(), again.out());

        Path refused = dir.resolve("refused");
        Run bad = Run.of("import", "--iit", badSheet(dir).toString(), "--office", "x", "--fiscal-year", "2564", "--out", refused.toString());
        assertEquals(2, bad.exitCode());
        try (Stream<Path> left = Files.exists(refused) ? Files.list(refused) : Stream.empty()) {
            assertEquals(List.of(), left.toList(), "nothing is half-written");
        }
    }

    private static String readString(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void answersOfTwoFiscalYearsNeedTheYearNamed(@TempDir Path dir) throws IOException {
        // the sample's 30 IIT answers of June and July 2564 (FY2564), the last two moved to October 2564 (FY2565)
        List<String> lines = new ArrayList<>(readString(IIT).lines().toList());
        for (int i = lines.size() - 2; i < lines.size(); i++) {
            lines.set(i, lines.get(i).replaceFirst("^[0-9]+/[0-9]+/2564", "15/10/2564"));
        }
        Path iit = dir.resolve("iit.csv");
        Files.writeString(iit, String.join("\n", lines) + "\n");
        Run run = Run.of("score", "--iit", iit.toString(), "--eit", EIT, "--oit", OIT, "--office", "x");
        assertEquals(2, run.exitCode());
        assertEquals("ita: --fiscal-year: missing: the fiscal year (B.E.) is not given and the answers' timestamps fall in several "
                + "fiscal years (answers in each): 2564 (73), 2565 (2); name the fiscal year the answers were given for\n", run.err());
    }

    @Test
    void whatIsMissingIsNamed() {
        // a sheet on standard input cannot be read twice, so its timestamps cannot give the year
        Run noYear = Run.withInput(readString(IIT), "score", "--iit", "-", "--oit", OIT, "--office", "x");
        assertEquals(2, noYear.exitCode());
        assertEquals("ita: --fiscal-year: missing: reading answers from tables needs the fiscal year (B.E.) they were given for\n",
                noYear.err());
        Run badYear = Run.of("score", "--iit", IIT, "--oit", OIT, "--office", "x", "--fiscal-year", "2026x");
        assertEquals(2, badYear.exitCode());
        assertTrue(badYear.err().startsWith("ita: --fiscal-year: \"2026x\": a fiscal year is a four-digit Buddhist Era year"), badYear.err());
        Run noOit = Run.of("score", "--iit", IIT, "--office", "x", "--fiscal-year", "2564");
        assertEquals(2, noOit.exitCode());
        assertEquals("ita: --oit: missing: scoring raw data needs the office's OIT checklist, a sheet or JSON\n", noOit.err());
        Run noOffice = Run.of("score", "--iit", IIT, "--oit", OIT, "--fiscal-year", "2564");
        assertEquals(2, noOffice.exitCode());
        assertTrue(noOffice.err().contains("row 1 (the header): missing: the sheet has no office column"), noOffice.err());
        assertEquals(3, Run.of("score", "--iit", "no-such.csv", "--oit", OIT, "--office", "x", "--fiscal-year", "2564").exitCode());
    }
}
