package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The cohort dashboard parses as XML, and every number it shows is the JSON output's. */
class CohortDashboardTest {

    private static final String COHORT = "../samples/cohort-2566.ndjson";

    private static String byId(Document d, String id) {
        for (String tag : List.of("span", "strong", "text")) {
            NodeList nodes = d.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                if (e.getAttribute("id").equals(id)) {
                    return e.getTextContent();
                }
            }
        }
        throw new AssertionError("no element " + id);
    }

    private static List<String> cells(Document d, String cls) {
        List<String> found = new ArrayList<>();
        NodeList nodes = d.getElementsByTagName("td");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if ((" " + e.getAttribute("class") + " ").contains(" " + cls + " ")) {
                found.add(e.getTextContent());
            }
        }
        return found;
    }

    private static String two(JsonNode n) {
        return n.decimalValue().setScale(2).toPlainString();
    }

    @Test
    void theDashboardsNumbersAreTheJsonOutputs() throws Exception {
        Run html = Run.of("cohort", COHORT, "--format", "html");
        assertEquals(0, html.exitCode(), html.err());
        Run json = Run.of("cohort", COHORT, "--format", "json", "--plan-to", "pass");
        JsonNode j = JsonMapper.builder().build().readTree(json.out());
        Document d = Pages.parse(html.out());
        assertEquals(j.get("count").asString(), byId(d, "count"));
        assertEquals(two(j.get("mean")), byId(d, "mean"));
        assertEquals(j.get("passed").asString(), byId(d, "passed"));
        assertEquals(two(j.get("passRatePercent")) + "%", byId(d, "pass-rate"));
        for (String grade : List.of("AA", "A", "B", "C", "D", "E", "F")) {
            assertEquals(j.get("grades").get(grade).asString(), byId(d, "grade-" + grade), grade);
        }
        for (int i = 1; i <= 10; i++) {
            String shown = byId(d, "mean-" + i).replace(" (weakest)", "");
            assertEquals(two(j.get("indicatorMeans").get(Integer.toString(i))), shown, "indicator " + i);
        }
        assertTrue(byId(d, "mean-" + j.get("weakestIndicator").asInt()).endsWith(" (weakest)"));
        JsonNode failing = j.get("plans").get("failing");
        List<String> shortBy = new ArrayList<>();
        List<String> points = new ArrayList<>();
        failing.forEach(f -> {
            shortBy.add(two(f.get("combined").get("shortBy")));
            points.add(two(f.get("combined").get("points")));
        });
        assertEquals(98, failing.size());
        assertEquals(shortBy, cells(d, "short"));
        assertEquals(points, cells(d, "points"));
        assertEquals(two(j.get("plans").get("shareGoal").get("points")), byId(d, "goal-points"));
        assertFalse(html.out().contains("src="), "no external asset");
        assertFalse(html.out().matches("(?s).*href=\"http.*"), "no external link");
    }

    @Test
    void severalYearsAddTheTrendWithEachYearsPassRate() throws Exception {
        String ndjson = AnalysisCommandsTest.threeYears();
        Document d = Pages.parse(Run.withInput(ndjson, "cohort", "-", "--format", "html").out());
        // 2/3, 1/2 and 3/3 passed, worked by hand in CohortPlansTest
        assertEquals("66.67%", byId(d, "year-2566"));
        assertEquals("50.00%", byId(d, "year-2567"));
        assertEquals("100.00%", byId(d, "year-2568"));
        Run thai = Run.withInput(ndjson, "cohort", "-", "--format", "html", "--lang", "th", "--thai-digits");
        assertTrue(thai.out().startsWith("<!DOCTYPE html>\n<html lang=\"th\">"), thai.out());
        assertEquals("๕๐.๐๐%", byId(Pages.parse(thai.out()), "year-2567"));
        assertTrue(thai.out().contains("หน่วยงานที่ขาดบางปี: <bdi>B</bdi> (๒๕๖๗)"), thai.out());
    }
}
