package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ita report}: the golden Thai text of seed 000, the A4 page's numbers against the JSON result, the options. */
class AnnualReportTest {

    private static final String[] SEED = {"report", "--national-average", "90.10", "--national-offices", "245", "--date", "2026-11-22"};
    private static final String PLAN = Path.of("..", "samples",
            "khon-kaen-plan-2567.json").toString();

    private static String[] with(String... more) {
        List<String> args = new ArrayList<>(List.of(SEED));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void theThaiTextIsTheGoldenWrittenFromTheSeed() throws IOException {
        Run run = Run.of(SEED);
        assertEquals(0, run.exitCode(), run.err());
        String golden;
        try (InputStream in = AnnualReportTest.class.getResourceAsStream("golden/khon-kaen-2566-th.txt")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(golden, run.out());
    }

    @Test
    void thaiDigitsReachEveryNumberYearsAndTheDateIncluded() {
        Run run = Run.of(with("--thai-digits"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"), run.out());
        assertTrue(run.out().contains("วันที่ ๒๒ พฤศจิกายน พ.ศ. ๒๕๖๙"), run.out());
        assertTrue(run.out().contains("๒๕๖๖\t๙๐.๐๕\tA\t-๐.๔๘\tลดลง"), run.out());
        assertFalse(run.out().matches("(?s).*[0-9].*"), "no ASCII digit is left: " + run.out());
    }

    @Test
    void englishOnRequest() {
        Run run = Run.of(with("--lang", "en"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Analysis of the Integrity and Transparency Assessment (ITA), fiscal year 2566\n"), run.out());
        assertTrue(run.out().contains("Note: the published report printed a total of 90.10, but its indicator scores give 90.05"), run.out());
        assertTrue(run.out().contains("22 November 2026"), run.out());
    }

    private static Element table(Document d, String cls) {
        NodeList tables = d.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            if (t.getAttribute("class").equals(cls)) {
                return t;
            }
        }
        throw new AssertionError("no table " + cls);
    }

    @Test
    void thePageIsXmlAndItsNumbersAreTheJsonResults() throws Exception {
        Run page = Run.of(with("--format", "html", "--plan", PLAN));
        assertEquals(0, page.exitCode(), page.err());
        Document d = Pages.parse(page.out());
        JsonNode json = JsonMapper.builder().build().readTree(Run.of("score", "--format", "json").out());
        NodeList rows = table(d, "indicators").getElementsByTagName("tbody").item(0).getChildNodes();
        List<Element> cells = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            if (rows.item(i) instanceof Element row) {
                cells.add(row);
            }
        }
        assertEquals(10, cells.size());
        for (int i = 0; i < 10; i++) {
            NodeList td = cells.get(i).getElementsByTagName("td");
            JsonNode indicator = json.get("indicators").get(i);
            assertEquals(indicator.get("rank").asString(), td.item(0).getTextContent());
            assertEquals(indicator.get("number").asString(), td.item(1).getTextContent());
            assertEquals(indicator.get("score").decimalValue().setScale(2).toPlainString(), td.item(3).getTextContent());
            assertEquals(indicator.get("grade").asString(), td.item(4).getTextContent());
        }
        String text = d.getDocumentElement().getTextContent();
        assertTrue(text.contains("ได้คะแนน " + json.get("score").decimalValue().setScale(2).toPlainString() + " คะแนน"), text);
        // the plan's activities for indicator 10 are listed under it
        assertTrue(text.contains("1.1 กิจกรรมเสริมสร้างค่านิยมร่วมด้านทุจริต"), text);
        assertEquals("A4", page.out().replaceAll("(?s).*@page\\{size:(A4);.*", "$1"));
        assertEquals(2, d.getElementsByTagName("svg").getLength(), "the indicators and the years");
    }

    @Test
    void aCohortsAverageIsComparedWith() {
        Run run = Run.of("report", "--cohort", Path.of("..", "samples", "cohort-2566.ndjson").toString(), "--date", "2026-11-22");
        assertEquals(0, run.exitCode(), run.err());
        // samples/check-samples.py: cohort 245 mean 86.66
        assertTrue(run.out().contains("ในภาพรวมของกลุ่มที่เปรียบเทียบ จากการประเมินสำนักงานเขตพื้นที่การศึกษาทั้งสิ้น 245 เขต "
                + "ได้คะแนนเฉลี่ยร้อยละ 86.66 ซึ่งถือว่ามีคุณธรรมและความโปร่งใสในการดำเนินงานอยู่ในระดับ A"), run.out());
    }

    @Test
    void rawDataIsAnalysedToo() {
        Run run = Run.of("report", Path.of("..", "samples", "survey-2564.json").toString(), "--oit",
                Path.of("..", "samples", "oit-2564.json").toString(), "--date", "2026-11-22");
        assertEquals(0, run.exitCode(), run.err());
        // samples/check-samples.py: total 79.03; indicator 9 90.28 the highest, indicator 10 62.50 the lowest
        assertTrue(run.out().contains("ได้คะแนน 79.03 คะแนน ซึ่งถือว่ามีคุณธรรมและความโปร่งใสในการดำเนินงานอยู่ในระดับ B โดยตัวชี้วัดที่ 9 "
                + "การเปิดเผยข้อมูล ได้คะแนนสูงสุด 90.28 คะแนน"), run.out());
        assertTrue(run.out().contains("ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้คะแนน 62.50 คะแนน"), run.out());
        assertFalse(run.out().contains("เปรียบเทียบผลการประเมิน"), "raw data has no history table");
        assertEquals(2, Run.of("report", "--oit", Path.of("..", "samples", "oit-2564.json").toString()).exitCode());
    }

    @Test
    void badOptionsAreNamed() {
        Run offices = Run.of("report", "--national-offices", "245");
        assertEquals(2, offices.exitCode());
        assertEquals("ita: --national-offices: \"245\": the number of offices goes with the national average it is the average of\n",
                offices.err());
        Run none = Run.of("report", "--national-average", "90.10", "--national-offices", "0", "--date", "2026-11-22");
        assertEquals("ita: --national-offices: \"0\": an average is of a whole number of offices, one or more\n", none.err());
        Run twoAverages = Run.of("report", "--national-average", "90.10", "--cohort",
                Path.of("..", "samples", "cohort-2566.ndjson").toString());
        assertEquals(2, twoAverages.exitCode());
        assertEquals("ita: --national-average: \"90.10\": the office is compared with one average: the national one or a cohort's\n",
                twoAverages.err());
        Run date = Run.of("report", "--date", "22/11/2569");
        assertEquals(2, date.exitCode());
        assertTrue(date.err().startsWith("ita: --date: \"22/11/2569\": a date is written YYYY-MM-DD"), date.err());
        Run average = Run.of("report", "--national-average", "ninety");
        assertEquals(2, average.exitCode());
        assertTrue(average.err().startsWith("ita: --national-average: \"ninety\""), average.err());
        Run both = Run.of("report", "--national-average", "90", "--cohort", "x.json");
        assertEquals(2, both.exitCode());
        Run json = Run.of("report", "--format", "json");
        assertEquals(2, json.exitCode());
        assertFalse(json.err().contains("Exception"), json.err());
    }
}
