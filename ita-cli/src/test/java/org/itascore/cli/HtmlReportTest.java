package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML page parses as XML and has the structure the issue asks for; nothing is fetched from outside. */
class HtmlReportTest {

    @Test
    void theScorePageHasTheBadgeTheChartAndTheTables() throws Exception {
        Run run = Run.of("score", "--format", "html");
        assertEquals(0, run.exitCode(), run.err());
        String html = run.out();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        Document d = Pages.parse(html);
        assertEquals("สพม.ขอนแก่น", d.getElementsByTagName("h1").item(0).getTextContent());
        Element badge = Pages.byClass(d, "div", "badge").get(0);
        assertEquals("90.05A", badge.getTextContent());
        assertTrue(badge.getAttribute("class").contains("g-a"));
        List<Element> bars = Pages.byClass(d, "rect", "bar");
        assertEquals(10, bars.size());
        assertTrue(bars.get(9).getAttribute("class").contains("below"), "indicator 10 (83.75) is drawn hatched, below the mark");
        assertFalse(bars.get(0).getAttribute("class").contains("below"), "indicator 1 (98.71) passes");
        Element pass = Pages.byClass(d, "line", "pass").get(0);
        // y = 14 + 110 x (1 - 85/100) = 30.5
        assertEquals("30.5", pass.getAttribute("y1"));
        // no value label touches the pass line: a label's box is about 10.5 px above its baseline and 3 below
        double passY = Double.parseDouble(pass.getAttribute("y1"));
        for (Element label : Pages.byClass(d, "text", "value")) {
            double y = Double.parseDouble(label.getAttribute("y"));
            assertFalse(passY >= y - 11 && passY <= y + 3, "label " + label.getTextContent() + " at " + y + " crosses the line");
        }
        assertEquals(1, Pages.byClass(d, "table", "instruments").size());
        assertEquals(10, Pages.byClass(d, "table", "indicators").get(0).getElementsByTagName("tbody").item(0)
                .getChildNodes().getLength() / 2, "ten rows (each followed by a newline)");
        assertTrue(Pages.byClass(d, "section", "findings").isEmpty(), "no findings on a score page of indicator scores");
        assertFalse(html.contains("src="), "no external asset");
        assertFalse(html.matches("(?s).*href=\"http.*"), "no external link");
        assertEquals(1, d.getElementsByTagName("style").getLength());
    }

    @Test
    void theAuditPageListsTheFindings() throws Exception {
        Run run = Run.of("audit", "--format", "html", "--lang", "th", "--thai-digits");
        assertEquals(1, run.exitCode());
        Document d = Pages.parse(run.out());
        Element findings = Pages.byClass(d, "section", "findings").get(0);
        assertTrue(findings.getTextContent().contains("คะแนนรวมไม่ตรงกับที่คำนวณได้"), findings.getTextContent());
        assertTrue(findings.getTextContent().contains("๙๐.๑๐"), findings.getTextContent());
        assertEquals("๙๐.๐๕A", Pages.byClass(d, "div", "badge").get(0).getTextContent());
        assertEquals("th", d.getDocumentElement().getAttribute("lang"));
        String text = d.getDocumentElement().getTextContent();
        // a Thai page shows no code names (edition ids, finding kinds) and, with Thai digits, no ASCII year
        assertFalse(text.matches("(?s).*[A-Z]{2,}_[A-Z_]+.*"), text);
        assertFalse(text.contains("obec-esa"), text);
        assertFalse(text.matches("(?s).*พ\\.ศ\\. [0-9].*"), text);
        assertTrue(text.contains("พ.ศ. ๒๕๖๖"), text);
        // the list below the mark is numbered once, by the indicator's own number
        Element below = Pages.byClass(d, "section", "below").get(0);
        assertEquals(0, below.getElementsByTagName("ol").getLength());
        assertEquals("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต: ๘๓.๗๕", below.getElementsByTagName("li").item(0).getTextContent());
    }

    @Test
    void theRawDataPageListsWhatToPublishNext() throws Exception {
        Run run = Run.of("score", Path.of("..", "samples", "survey-2564.json").toString(), "--oit",
                Path.of("..", "samples", "oit-2564.json").toString(), "--format", "html");
        assertEquals(0, run.exitCode(), run.err());
        Document d = Pages.parse(run.out());
        Element publish = Pages.byClass(d, "section", "publish").get(0);
        assertEquals(6, publish.getElementsByTagName("tbody").item(0).getChildNodes().getLength() / 2);
        assertTrue(publish.getTextContent().contains("O43"), publish.getTextContent());
        // the weakest questions of each survey indicator, as the text output has them (RawScoreCommandTest)
        Element weakest = Pages.byClass(d, "section", "weakest").get(0);
        assertEquals(8, weakest.getElementsByTagName("tbody").item(0).getChildNodes().getLength() / 2);
        assertTrue(weakest.getTextContent().contains("i19 69.05"), weakest.getTextContent());
    }

    @Test
    void thePlanPageIsTheActionPlanWithItsActivitiesBudgetsAndCheck() throws Exception {
        Run run = Run.of("plan", "--format", "html", "--lang", "th");
        assertEquals(0, run.exitCode(), run.err());
        Document d = Pages.parse(run.out());
        assertEquals("สพม.ขอนแก่น", d.getElementsByTagName("h1").item(0).getTextContent());
        assertEquals("แผนปฏิบัติการป้องกันการทุจริต", Pages.byClass(d, "p", "doc").get(0).getTextContent());
        assertEquals("ประจำปีงบประมาณ พ.ศ. 2567", Pages.byClass(d, "p", "meta").get(0).getTextContent());
        Element table = (Element) d.getElementsByTagName("table").item(0);
        var rows = table.getElementsByTagName("tbody").item(0).getChildNodes();
        List<String> budgets = new java.util.ArrayList<>();
        for (int k = 0; k < rows.getLength(); k++) {
            if (rows.item(k) instanceof Element row) {
                budgets.add(row.getElementsByTagName("td").item(3).getTextContent());
            }
        }
        // the sample's five activities (samples/khon-kaen-plan-2567.json) and their total, 5,000 + 5,000 + 20,000 + 15,000 + 15,000
        assertEquals(List.of("5,000", "5,000", "20,000", "15,000", "15,000", "60,000"), budgets);
        assertTrue(Pages.byClass(d, "tr", "strong").get(0).getTextContent().contains("รวม"));
        assertTrue(run.out().contains("ครอบคลุมตัวชี้วัดที่ต่ำกว่าเกณฑ์ทั้งหมด ไม่พบปัญหา"), "the check's finding");
    }

    @Test
    void commandsWithoutAPageSaySo() {
        for (String command : List.of("history", "whatif", "editions")) {
            Run run = command.equals("whatif") ? Run.of(command, "--target", "pass", "--format", "html") : Run.of(command, "--format", "html");
            assertEquals(2, run.exitCode(), command);
            assertEquals("", run.out());
            assertTrue(run.err().contains("--format: \"html\": this command writes text or json"),
                    run.err());
        }
    }
}
