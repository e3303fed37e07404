package org.itascore.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit, history, cohort, whatif and plan: output and exit codes. */
class AnalysisCommandsTest {

    private static final String COHORT = Path.of("..", "samples", "cohort-2566.ndjson").toString();

    /** Output with runs of spaces collapsed: column widths are tested by the table's own test. */
    private static String words(String out) {
        return out.replaceAll(" +", " ");
    }

    private static String sample(String name) {
        return new String(Input.sample(name).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void auditFindsSeed000sTotalAndExitsOne() {
        Run run = Run.of("audit");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("TOTAL_MISMATCH  total    90.10     90.05"), run.out());
        Run json = Run.of("audit", "--format", "json");
        assertTrue(json.out().startsWith("{\n  \"consistent\" : false,\n  \"findings\" : [ {\n    \"kind\" : \"TOTAL_MISMATCH\","),
                json.out());
        assertTrue(json.out().contains("\"tolerance\" : 0.01"), json.out());
    }

    @Test
    void auditFindsSeed004sGradesAndPassLabel() {
        Run run = Run.withInput(sample("chachoengsao-2-2562.json"), "audit", "-");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("3 finding(s)"), run.out());
        assertTrue(words(run.out()).contains("GRADE_MISMATCH indicator 7 A B\nPASS_LABEL_MISMATCH indicator 7 true false\n"
                + "GRADE_MISMATCH indicator 10 B C\n"), run.out());
    }

    @Test
    void aConsistentReportExitsZero() {
        String consistent = sample("khon-kaen-2566.json").replace("\"score\": 90.10,", "\"score\": 90.05,")
                .replace("\"score\": 90.05, \"grade\": \"A\", \"difference\": \"-0.43\"",
                        "\"score\": 90.05, \"grade\": \"A\", \"difference\": \"-0.48\"");
        Run run = Run.withInput(consistent, "audit", "-");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("consistent, no findings"), run.out());
    }

    @Test
    void historyReproducesThePrintedDifferences() {
        Run run = Run.of("history");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2562  86.82  A      +20.25  improved"), run.out());
        assertTrue(run.out().contains("2566  90.10  A       -0.43  declined"), run.out());
        assertTrue(run.out().contains("Passing run: 5 year(s) up to 2566"), run.out());
        Run thai = Run.of("history", "--lang", "th", "--thai-digits");
        assertTrue(words(thai.out()).contains("๒๕๖๕ ๙๐.๕๓ A -๐.๙๗ ลดลง"), thai.out());
        String noHistory = "{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{\"1\":90,\"2\":90,\"3\":90,\"4\":90,"
                + "\"5\":90,\"6\":90,\"7\":90,\"8\":90,\"9\":90,\"10\":90}}";
        Run none = Run.withInput(noHistory, "history", "-");
        assertEquals(2, none.exitCode());
        assertEquals("ita: <stdin>: /published/history: missing: the office's history is read from the report's printed history table\n",
                none.err());
    }

    @Test
    void cohortMatchesThePythonOracle() {
        // samples/check-samples.py: 245 offices, mean 86.66, median 87.10, 147 passed, weakest indicator 10 (83.38)
        Run run = Run.of("cohort", COHORT);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Offices: 245\nMean 86.66, median 87.10"), run.out());
        assertTrue(run.out().contains("Passed: 147 (60.00%), target 80.00% not met"), run.out());
        assertTrue(run.out().contains("Weakest indicator: 10 Corruption prevention (83.38)"), run.out());
        Run json = Run.of("cohort", COHORT, "--format", "json", "--target", "60");
        assertTrue(json.out().contains("\"targetMet\" : true"), json.out());
        assertEquals(2, Run.of("cohort", COHORT, "--target", "120").exitCode());
        Run word = Run.of("cohort", COHORT, "--target", "pass");
        assertEquals(2, word.exitCode());
        assertEquals("ita: --pass-rate: \"pass\": a pass-rate target is a percentage such as 80 or 80%\n", word.err());
        assertTrue(Run.of("cohort", COHORT, "--pass-rate", "60%").out().contains("target 60.00% met"));
    }

    /** JSON without blanks and without the bilingual labels ({@code title}, {@code trendTitle}, ...), to compare values. */
    private static String untitled(String json) {
        return json.replaceAll("\\s+", "").replaceAll(",\"\\w*[tT]itle\":\\{[^}]*\\}", "");
    }

    /** The seven offices of CohortPlansTest in ita-core, worked by hand there. */
    private static String sevenOffices() {
        String[][] offices = {
            {"A", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90"},
            {"B", "90", "90", "90", "90", "90", "90", "90", "90", "90", "60"},
            {"C", "90", "90", "90", "90", "90", "90", "90", "90", "80", "80"},
            {"D", "80", "80", "80", "80", "80", "80", "80", "80", "80", "80"},
            {"E", "85", "85", "85", "85", "85", "85", "85", "85", "85", "85"},
            {"F", "70", "70", "70", "70", "70", "95", "95", "95", "95", "95"},
            {"G", "95", "95", "95", "95", "95", "95", "95", "95", "50", "50"}};
        StringBuilder ndjson = new StringBuilder();
        for (String[] o : offices) {
            ndjson.append("{\"edition\":\"nacc-2566\",\"office\":\"").append(o[0]).append("\",\"fiscalYear\":2566,\"indicators\":{");
            for (int i = 1; i <= 10; i++) {
                ndjson.append(i == 1 ? "" : ",").append('"').append(i).append("\":").append(o[i]);
            }
            ndjson.append("}}\n");
        }
        return ndjson.toString();
    }

    @Test
    void cohortPlansEveryFailingOfficeAndWhomToHelpFirst() {
        Run run = Run.withInput(sevenOffices(), "cohort", "-", "--plan-to", "pass");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Plans to reach pass: 3 of 7 offices do not reach it yet\n"
                + "Indicators most often needing work: 9 Information disclosure (2 offices), 10 Corruption prevention (2 offices)\n"
                + "For 80.00% of offices (6 of 7): 2 more must reach it; help first, cheapest plan first:\n"
                + "  B: 4.98 points\n  D: 24.98 points\n  29.96 points in all\n\n"
                + "Each office's cheapest plan (fewest points):\n"
                + "  B (84.00, short by 1.00): 10 60.00 -> 64.98\n"
                + "  D (80.00, short by 5.00): 9 80.00 -> 100.00, 10 80.00 -> 84.98\n"
                + "  G (77.00, short by 8.00): 9 50.00 -> 89.98\n"), run.out());
        Run json = Run.withInput(sevenOffices(), "cohort", "-", "--plan-to", "pass", "--format", "json");
        assertTrue(json.out().replaceAll("\\s+", "").contains("\"indicatorsNeedingWork\":[{\"number\":9,\"title\":{\"en\":\"Informationdisclosure\","
                + "\"th\":\"การเปิดเผยข้อมูล\"},\"offices\":2}"), json.out());
        String compact = untitled(json.out());
        assertTrue(compact.contains("\"plans\":{\"target\":\"pass\",\"offices\":7,\"reaching\":4,\"failing\":[{\"index\":1,"
                + "\"office\":\"B\",\"fiscalYear\":2566,\"score\":84.00,\"combined\":{\"shortBy\":1.00,\"reachable\":true,"
                + "\"points\":4.98,\"indicators\":[{\"number\":10,\"now\":60.00,\"needed\":64.98}]"), compact);
        assertTrue(compact.contains("\"shareGoal\":{\"targetPercent\":80.00,\"needed\":6,\"more\":2,\"reachable\":true,"
                + "\"points\":29.96,\"helpFirst\":[{\"index\":1,\"office\":\"B\",\"points\":4.98},{\"index\":3,\"office\":\"D\","
                + "\"points\":24.98}]}"), compact);
        Run bad = Run.withInput(sevenOffices(), "cohort", "-", "--plan-to", "excellent");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().startsWith("ita: --plan-to: \"excellent\": a target is pass"), bad.err());
    }

    @Test
    void cohortOfficesAsCsvForSpreadsheets() throws IOException {
        Run run = Run.withInput(sevenOffices().replace("\"office\":\"B\"", "\"office\":\"B, \\\"east\\\"\",\"officeId\":\"1002\""),
                "cohort", "-", "--plan-to", "pass", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("\uFEFFoffice,office id,fiscal year,score,grade,passed,indicators below the pass mark,"
                + "short by,plan points,plan\r\n"), run.out());
        // read back with a CSV reader: seven offices in canonical order, the quoted name whole
        List<de.siegmar.fastcsv.reader.CsvRecord> rows;
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(run.out().substring(1))) {
            rows = reader.stream().toList();
        }
        assertEquals(8, rows.size());
        assertEquals(List.of("B, \"east\"", "1002", "2566", "84.00", "B", "no", "10", "1.00", "4.98", "10: 60.00 -> 64.98"),
                rows.stream().filter(r -> r.getField(1).equals("1002")).findFirst().orElseThrow().getFields());
        assertEquals(List.of("A", "", "2566", "90.00", "A", "yes", "", "", "", ""), rows.get(1).getFields());
        Run thai = Run.withInput(sevenOffices(), "cohort", "-", "--format", "csv", "--lang", "th");
        assertTrue(thai.out().startsWith("\uFEFFหน่วยงาน,รหัสหน่วยงาน,ปีงบประมาณ,คะแนน,ระดับ,ผ่านเกณฑ์,ตัวชี้วัดที่ต่ำกว่าเกณฑ์\r\n"), thai.out());
        Run refused = Run.of("whatif", "--target", "pass", "--format", "csv");
        assertEquals(2, refused.exitCode());
        assertEquals("ita: whatif: --format: \"csv\": this command writes text or json\n", refused.err());
    }

    @Test
    void theSameOfficeTwiceIsLeftOutWithBothPositionsOrMergedWhenAsked(@TempDir Path dir) throws IOException {
        Path twice = dir.resolve("twice.ndjson");
        String good = Files.readAllLines(Path.of(COHORT), StandardCharsets.UTF_8).get(0);
        Files.writeString(twice, good + "\n" + good + "\n");
        Run run = Run.of("cohort", twice.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("ita: " + twice + ": /1/office: \"สพป.ตัวอย่าง 001\": office สพป.ตัวอย่าง 001 appears twice"
                + " for fiscal year 2566: records 0 and 1; give each office once a year, or merge records that repeat exactly"), run.err());
        Run thai = Run.of("cohort", twice.toString(), "--lang", "th");
        assertTrue(thai.err().contains("หน่วยงาน สพป.ตัวอย่าง 001 ปรากฏสองครั้งในปีงบประมาณ 2566 คือรายการที่ 0 และ 1"), thai.err());
        Run merged = Run.of("cohort", twice.toString(), "--merge-duplicates");
        assertEquals(0, merged.exitCode(), merged.err());
        assertTrue(merged.out().startsWith("Offices: 1\n"), merged.out());
    }

    /** CohortPlansTest's three years with a gap, as NDJSON: every indicator at the office's total that year. */
    static String threeYears() {
        StringBuilder ndjson = new StringBuilder();
        String[][] rows = {{"A", "2566", "90"}, {"B", "2566", "80"}, {"C", "2566", "95"}, {"A", "2567", "84"},
            {"C", "2567", "96"}, {"A", "2568", "88"}, {"B", "2568", "86"}, {"C", "2568", "97"}};
        for (String[] r : rows) {
            ndjson.append("{\"office\":\"").append(r[0]).append("\",\"fiscalYear\":").append(r[1]).append(",\"indicators\":{");
            for (int i = 1; i <= 10; i++) {
                ndjson.append(i == 1 ? "" : ",").append('"').append(i).append("\":").append(r[2]);
            }
            ndjson.append("}}\n");
        }
        return ndjson.toString();
    }

    /** CohortPlansTest's three years with a gap, worked by hand there: 2/3, 1/2, 3/3 passed; B lacks 2567. */
    @Test
    void aCohortOverSeveralYearsGivesEachYearsPassRateAndTheOfficesMissingAYear() {
        StringBuilder ndjson = new StringBuilder(threeYears());
        Run run = Run.withInput(ndjson.toString(), "cohort", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Year  Offices  Passed  Pass rate  Change   Mean  Target\n"
                + "2566        3       2     66.67%       -  88.33  not met\n"
                + "2567        2       1     50.00%  -16.67  90.00  not met\n"
                + "2568        3       3    100.00%  +50.00  90.33  met\n"
                + "Offices missing a year:\n  B: 2567\n"), run.out());
        String compact = untitled(Run.withInput(ndjson.toString(), "cohort", "-", "--format", "json").out());
        assertTrue(compact.contains("{\"fiscalYear\":2567,\"offices\":2,\"passed\":1,\"passRatePercent\":50.00,\"targetMet\":false,"
                + "\"changePercent\":-16.67,\"mean\":90.00}"), compact);
        assertTrue(compact.contains("{\"office\":\"B\",\"years\":[{\"fiscalYear\":2566,\"score\":80.00},{\"fiscalYear\":2568,"
                + "\"score\":86.00,\"difference\":6.00,\"trend\":\"IMPROVED\"}],\"passingRun\":1,\"missing\":[2567]}"), compact);
    }

    @Test
    void cohortErrorsNameTheReport(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("c.ndjson");
        String good = Files.readAllLines(Path.of(COHORT), StandardCharsets.UTF_8).get(0);
        String second = Files.readAllLines(Path.of(COHORT), StandardCharsets.UTF_8).get(1);
        Files.writeString(bad, good + "\n" + second.replace("\"obec-esa-2566\"", "\"nope\"") + "\n");
        // by default a bad report is left out, named with its index and office, and the rest is scored: exit 1
        Run run = Run.of("cohort", bad.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("ita: " + bad + ": /1/edition: \"nope\": unknown edition"), run.err());
        assertTrue(run.err().contains("(office สพป.ตัวอย่าง 002)"), run.err());
        assertTrue(run.out().startsWith("Offices: 1\n"), run.out());
        assertTrue(run.out().contains("Left out: 1 of 2 report(s) with problems"), run.out());
        // --strict stops at the first: exit 2, nothing on standard output
        Run strict = Run.of("cohort", bad.toString(), "--strict");
        assertEquals(2, strict.exitCode());
        assertEquals("", strict.out());
        assertTrue(strict.err().startsWith("ita: " + bad + ": /1/edition: \"nope\": unknown edition"), strict.err());
        Path array = dir.resolve("c.json");
        Files.writeString(array, "[" + good + "," + second.replace("\"10\": \"", "\"10\": \"1") + "]");
        Run arrayRun = Run.of("cohort", array.toString(), "--strict");
        assertEquals(2, arrayRun.exitCode());
        assertTrue(arrayRun.err().contains(": /1/indicators/10: "), arrayRun.err());
        Path trailing = dir.resolve("t.json");
        Files.writeString(trailing, "[" + good + "] {}");
        Run trailingRun = Run.of("cohort", trailing.toString());
        assertEquals(2, trailingRun.exitCode());
        assertTrue(trailingRun.err().contains("content follows the end of the cohort's array"), trailingRun.err());
        Path empty = dir.resolve("e.json");
        Files.writeString(empty, "[]");
        assertEquals(2, Run.of("cohort", empty.toString()).exitCode());
    }

    @Test
    void whatifTellsEachIndicatorsNeed() {
        String seed004 = sample("chachoengsao-2-2562.json");
        Run run = Run.withInput(seed004, "whatif", "-", "--target", "pass");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("10  Corruption prevention                 20  73.21   74.12  +0.91"), run.out());
        Run aa = Run.withInput(seed004, "whatif", "-", "--target", "AA");
        assertEquals(1, aa.exitCode(), "no indicator alone reaches AA");
        assertTrue(aa.out().contains("unreachable"), aa.out());
        // but a combination does. AA needs 94.995, 10.1812 more than 84.8138. Heaviest first, weaker first:
        // 10 -> 100 (+0.2 x 26.79 = 5.358), 9 -> 100 (+0.2 x 14.56 = 2.912), then EIT's weakest, 8 (79.89):
        // 1.9112 / 0.1 = 19.112 -> 99.01, total 94.9958 -> 95.00. Points 26.79 + 14.56 + 19.12 = 60.47.
        assertTrue(aa.out().startsWith("What-if: สพป.ฉะเชิงเทรา เขต ๒, fiscal year 2562\n"), aa.out());
        assertTrue(aa.out().contains("The total is short of the target by 10.19 points.\n"
                + "Combined, fewest points: 60.47 points in all\n"
                + "  8 Improvement of the work system: 79.89 -> 99.01 (+19.12)\n"
                + "  9 Information disclosure: 85.44 -> 100.00 (+14.56)\n"
                + "  10 Corruption prevention: 73.21 -> 100.00 (+26.79)\n"), aa.out());
        Run json = Run.withInput(seed004, "whatif", "-", "--target", "AA", "--format", "json");
        assertTrue(json.out().contains("\"title\" : {\n      \"en\" : \"Improvement of the work system\",\n      \"th\" : \"การปรับปรุงระบบการทำงาน\"\n    }"),
                json.out());
        String compact = untitled(json.out());
        assertTrue(compact.contains("\"combined\":{\"shortBy\":10.19,\"reachable\":true,\"points\":60.47,\"indicators\":["
                + "{\"number\":8,\"now\":79.89,\"needed\":99.01},{\"number\":9,\"now\":85.44,\"needed\":100.00},"
                + "{\"number\":10,\"now\":73.21,\"needed\":100.00}],\"fewestIndicators\":{"), compact);
        Run bad = Run.of("whatif", "--target", "excellent");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().startsWith("ita: --target: \"excellent\": a target is pass"), bad.err());
        Run verdict = Run.of("whatif", "--target", "PASS");
        assertEquals(2, verdict.exitCode(), "the sample's edition gives no verdicts");
        assertEquals("ita: --target: \"PASS\": edition obec-esa-2566 gives no verdicts; a target under it is pass,"
                + " a grade (AA to F) or a score\n", verdict.err());
        Run precise = Run.of("whatif", "--target", "90.054");
        assertEquals(2, precise.exitCode());
        assertTrue(precise.err().contains("a target score has at most two decimals"), precise.err());
        assertEquals(2, Run.of("whatif").exitCode(), "--target is required");
    }

    @Test
    void planChecksSeed000sPlan(@TempDir Path dir) throws IOException {
        Run run = Run.of("plan");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("5 activities, 60,000 baht"), run.out());
        assertTrue(run.out().contains("       10         40,000"), run.out());
        String broken = sample(PlanCommand.SAMPLE).replace("\"indicators\": [10]}", "\"indicators\": [1]}")
                .replace("\"indicators\": [9, 10]}", "\"indicators\": [9]}")
                .replace("\"budget\": \"5,000\"", "\"budget\": \"-5,000\"")
                .replace("\"ก.ย. 67\"]", "\"ต.ค. 67\"]");
        Run issues = Run.withInput(broken, "plan", "-");
        assertEquals(1, issues.exitCode(), issues.out() + issues.err());
        assertTrue(issues.out().contains("- UNCOVERED_INDICATOR: indicator 10 Corruption prevention scored 83.75"), issues.out());
        assertTrue(issues.out().contains("- NEGATIVE_BUDGET: activity"), issues.out());
        assertTrue(issues.out().contains("- OUTSIDE_FISCAL_YEAR: activity"), issues.out());
        Run badMonth = Run.withInput(sample(PlanCommand.SAMPLE).replace("\"ม.ค. 67\"", "\"January\""), "plan", "-");
        assertEquals(2, badMonth.exitCode());
        assertTrue(badMonth.err().startsWith("ita: <stdin>: /activities/0/months/0: \"January\": a month is written like"),
                badMonth.err());
    }
}
