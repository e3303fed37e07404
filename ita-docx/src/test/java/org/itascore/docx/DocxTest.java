package org.itascore.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.itascore.Indicator;
import org.itascore.Language;
import org.itascore.Score;
import org.itascore.annual.AnnualAnalysis;
import org.itascore.annual.Average;
import org.itascore.annual.Signature;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.json.PlanInput;
import org.itascore.plan.ActionPlan;
import org.itascore.plan.Activity;
import org.itascore.plan.PlanCoverage;
import org.itascore.render.AnnualDocument;
import org.itascore.render.AssessmentDocument;
import org.itascore.render.PlanDocument;
import org.itascore.render.Style;
import org.itascore.report.IndicatorReport;
import org.itascore.samples.Samples;
import org.junit.jupiter.api.Test;

/**
 * The Word files read back with Apache POI, as Word would open them: the page, the styles a navigation pane lists,
 * the tables against figures worked out by hand from the sample, the signature block, the Thai text intact.
 */
class DocxTest {

    private static final Style THAI = new Style(Language.THAI, false);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    /**
     * Khon Kaen FY2566 (samples/khon-kaen-2566.json) in the indicators' order: rank (by score, high first), number,
     * score and grade (AA from 95, A from 85, B from 75), worked out by hand from the sample's scores.
     */
    private static final String[][] KHON_KAEN = {
        {"1", "1", "98.71", "AA"}, {"7", "2", "90.03", "A"}, {"2", "3", "95.49", "AA"}, {"3", "4", "94.20", "A"},
        {"4", "5", "93.24", "A"}, {"6", "6", "90.87", "A"}, {"5", "7", "91.14", "A"}, {"9", "8", "88.02", "A"},
        {"8", "9", "90.00", "A"}, {"10", "10", "83.75", "B"}};

    private static IndicatorReport report() {
        return ItaJson.standard().readReport(Samples.text("khon-kaen-2566.json"));
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        assertEquals('P', (char) docx[0]);
        assertEquals('K', (char) docx[1]); // a zip, as every DOCX is
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static byte[] annual(Signature signature) {
        PlanInput plan = ItaJson.standard().readPlan(Samples.open("khon-kaen-plan-2567.json"));
        AnnualAnalysis a = AnnualAnalysis.of(report(), Editions.builtIn(),
                Optional.of(new Average(Score.of(new BigDecimal("90.10")), OptionalLong.of(245), true)), Optional.of(plan.plan()));
        return Docx.write(AnnualDocument.of(a, DAY, signature, THAI));
    }

    @Test
    void theAnnualAnalysisIsAnA4DocumentWithTheMarginsOfThaiOfficialDocuments() throws Exception {
        try (XWPFDocument doc = open(annual(Signature.UNNAMED))) {
            var section = doc.getDocument().getBody().getSectPr();
            assertEquals("11906", section.getPgSz().getW().toString()); // 210 mm in twentieths of a point
            assertEquals("16838", section.getPgSz().getH().toString()); // 297 mm
            // 3 cm = 3 / 2.54 * 1440 = 1700.8; 2 cm = 1133.9; 2.5 cm = 1417.3
            assertEquals("1701", section.getPgMar().getLeft().toString());
            assertEquals("1134", section.getPgMar().getRight().toString());
            assertEquals("1417", section.getPgMar().getTop().toString());
            assertEquals("1134", section.getPgMar().getBottom().toString());
            String styles = doc.getStyles().getStyle("Normal").getCTStyle().toString() + doc.getStyle().toString();
            assertTrue(styles.contains("TH Sarabun New"), styles);
            assertTrue(doc.getStyle().toString().contains("w:val=\"32\""), "16 pt is 32 half-points"); // the body's size
        }
    }

    @Test
    void itsHeadingsAreWordsOwnSoThatTheNavigationPaneListsThem() throws Exception {
        try (XWPFDocument doc = open(annual(Signature.UNNAMED))) {
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    headings.add(p.getStyle() + ": " + p.getText());
                }
            }
            assertEquals(List.of(
                    "Heading1: 4. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสำนักงานเขตพื้นที่การศึกษา",
                    "Heading2: 2. ผลการประเมิน ITA ของ สพม.ขอนแก่น",
                    "Heading2: 3. เปรียบเทียบผลการประเมิน ITA ของ สพม.ขอนแก่น (2561-2566) สรุปได้ดังนี้",
                    "Heading2: 4. ผลการประเมิน ITA รายตัวชี้วัด",
                    "Heading1: 5. การนำผลการประเมิน ITA ไปสู่การปรับปรุงแก้ไขการดำเนินงาน"), headings);
            // Word lists a style in its navigation pane by its outline level: 0 for heading 1, 1 for heading 2
            assertTrue(doc.getStyles().getStyle("Heading1").getCTStyle().toString().contains("outlineLvl w:val=\"0\""));
            assertTrue(doc.getStyles().getStyle("Heading2").getCTStyle().toString().contains("outlineLvl w:val=\"1\""));
            assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
        }
    }

    @Test
    void theIndicatorTableHasEveryRankScoreAndGradeWithItsHeaderRepeatedAndRowsKeptWhole() throws Exception {
        try (XWPFDocument doc = open(annual(Signature.UNNAMED))) {
            XWPFTable table = tables(doc).stream().filter(t -> t.getRows().size() == 11).findFirst().orElseThrow();
            assertTrue(table.getRow(0).isRepeatHeader());
            for (int r = 1; r < table.getRows().size(); r++) {
                XWPFTableRow row = table.getRow(r);
                assertTrue(row.isCantSplitRow(), "row " + r);
                String[] expected = KHON_KAEN[r - 1];
                assertEquals(expected[0], row.getCell(0).getText());
                assertEquals(expected[1], row.getCell(1).getText());
                assertEquals(expected[2], row.getCell(3).getText());
                assertEquals(expected[3], row.getCell(4).getText());
            }
            assertEquals("ต่ำกว่าเกณฑ์", table.getRow(10).getCell(5).getText()); // indicator 10, 83.75 under 85
        }
    }

    @Test
    void theChartsAreImagesWithTheirDescriptionsUnderTheTablesThatGiveTheirNumbers() throws Exception {
        try (XWPFDocument doc = open(annual(Signature.UNNAMED))) {
            assertEquals(2, doc.getAllPictures().size());
            for (var picture : doc.getAllPictures()) {
                assertEquals("image/png", picture.getPackagePart().getContentType());
            }
            String xml = doc.getDocument().toString();
            assertTrue(xml.contains("descr=\"คะแนนรายปี\""), "the history chart's alternative text");
            assertTrue(xml.contains("descr=\"คะแนนรายตัวชี้วัดเทียบกับเกณฑ์ผ่าน\""), "the indicators chart's alternative text");
            // the history, 2561-2566, with the steps worked out by hand
            XWPFTable history = tables(doc).stream().filter(t -> t.getRows().size() == 7).findFirst().orElseThrow();
            assertEquals("2561", history.getRow(1).getCell(0).getText());
            assertEquals("66.57", history.getRow(1).getCell(1).getText());
            assertEquals("+20.25", history.getRow(2).getCell(3).getText()); // 86.82 - 66.57
            assertEquals("-0.48", history.getRow(6).getCell(3).getText()); // 90.05 - 90.53
        }
    }

    @Test
    void theSignatureBlockNamesTheSignerInParenthesesThenThePositionThenTheDate() throws Exception {
        try (XWPFDocument doc = open(annual(Signature.of("นางสาวสมศรี ใจดี", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น")))) {
            List<String> signature = doc.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Signature"))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(4, signature.size(), signature.toString());
            assertTrue(signature.get(0).startsWith("ลงชื่อ"), signature.get(0));
            assertEquals("(นางสาวสมศรี ใจดี)", signature.get(1));
            assertEquals("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น", signature.get(2));
            assertEquals("วันที่ 3 ธันวาคม พ.ศ. 2569", signature.get(3)); // 2026 + 543
        }
    }

    @Test
    void theThaiTextIsIntactAndTheCorePropertiesNameTheDocumentOfficeAndYear() throws Exception {
        try (XWPFDocument doc = open(annual(Signature.UNNAMED))) {
            String text = all(doc);
            assertFalse(text.contains("\uFFFD"), "no replacement character");
            assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), text);
            assertTrue(text.contains("ตัวชี้วัดที่ 10 การป้องกันการทุจริต"), text);
            var core = doc.getProperties().getCoreProperties();
            assertEquals("การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. 2566 - สพม.ขอนแก่น",
                    core.getTitle());
            assertEquals("สพม.ขอนแก่น", core.getSubject());
            assertEquals("2566", core.getKeywords());
        }
    }

    @Test
    void thaiDigitsAreRespectedInTextAndTables() throws Exception {
        PlanInput plan = ItaJson.standard().readPlan(Samples.open("khon-kaen-plan-2567.json"));
        AnnualAnalysis a = AnnualAnalysis.of(report(), Editions.builtIn(), Optional.empty(), Optional.of(plan.plan()));
        try (XWPFDocument doc = open(Docx.write(AnnualDocument.of(a, DAY, Signature.UNNAMED, new Style(Language.THAI, true))))) {
            String text = all(doc);
            assertTrue(text.contains("๙๐.๐๕"), "the total 90.05 in Thai digits");
            assertFalse(text.contains("90.05"));
        }
    }

    @Test
    void anAssessmentIsOneDocumentWithItsTotalGradeAndIndicators() throws Exception {
        var assessment = report().assess(Editions.builtIn());
        try (XWPFDocument doc = open(Docx.write(AssessmentDocument.of(assessment, assessment.findings(), List.of(), THAI)))) {
            String text = all(doc);
            assertTrue(text.contains("90.05  A"), text);
            XWPFTable indicators = tables(doc).stream().filter(t -> t.getRows().size() == 11).findFirst().orElseThrow();
            // in the indicators' own order, 1 to 10
            assertEquals("1", indicators.getRow(1).getCell(0).getText());
            assertEquals("98.71", indicators.getRow(1).getCell(2).getText());
            assertEquals("83.75", indicators.getRow(10).getCell(2).getText());
            assertEquals("10", indicators.getRow(10).getCell(5).getText()); // its rank
        }
    }

    @Test
    void thePlanDocumentListsEveryActivityTheBudgetTotalAndTheWeakIndicatorsMeasures() throws Exception {
        PlanInput input = ItaJson.standard().readPlan(Samples.open("khon-kaen-plan-2567.json"));
        PlanCoverage c = PlanCoverage.check(input.plan(), input.report().assess(Editions.builtIn()));
        try (XWPFDocument doc = open(Docx.write(PlanDocument.of(c, THAI)))) {
            XWPFTable activities = tables(doc).get(0);
            int count = input.plan().activities().size();
            assertEquals(count + 2, activities.getRows().size(), "a header, each activity, the total");
            BigDecimal sum = BigDecimal.ZERO;
            for (int r = 0; r < count; r++) {
                var activity = input.plan().activities().get(r);
                assertEquals(activity.name(), activities.getRow(r + 1).getCell(1).getText());
                sum = sum.add(activity.budget().orElse(BigDecimal.ZERO));
            }
            assertEquals(0, new BigDecimal("60000").compareTo(sum), "the sample's own total, 60,000 baht");
            assertEquals("รวม", activities.getRow(count + 1).getCell(1).getText());
            assertEquals("60,000", activities.getRow(count + 1).getCell(3).getText());
            String text = all(doc);
            assertTrue(text.contains("แผนปฏิบัติการป้องกันการทุจริต"));
            assertTrue(text.contains("ประจำปีงบประมาณ พ.ศ. 2567"));
            assertTrue(text.contains("ตัวชี้วัดที่ 10 การป้องกันการทุจริต"), "the one indicator under 85, with its measures");
        }
    }

    @Test
    void aWeakIndicatorNoActivityAddressesIsNamedAsNotCoveredAndTheCheckSaysSo() throws Exception {
        PlanInput input = ItaJson.standard().readPlan(Samples.open("khon-kaen-plan-2567.json"));
        // the sample's plan without the three activities for indicator 10 (83.75, the one under 85)
        ActionPlan plan = new ActionPlan(input.plan().office(), input.plan().fiscalYear(), input.plan().activities().stream()
                .filter(a -> !a.indicators().contains(Indicator.ofNumber(10))).collect(ImmutableList.toImmutableList()));
        PlanCoverage c = PlanCoverage.check(plan, input.report().assess(Editions.builtIn()));
        try (XWPFDocument doc = open(Docx.write(PlanDocument.of(c, THAI)))) {
            String text = all(doc);
            assertTrue(text.contains("ตัวชี้วัดที่ 10 การป้องกันการทุจริต (83.75) - แผนยังไม่มีกิจกรรมสำหรับตัวชี้วัดนี้"), text);
            assertTrue(text.contains("ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 83.75 ต่ำกว่าเกณฑ์ แต่ไม่มีกิจกรรมใดแก้ไข"), text);
            XWPFTable activities = tables(doc).get(0);
            assertEquals(4, activities.getRows().size(), "a header, the two activities left, the total");
            assertEquals("20,000", activities.getRow(3).getCell(3).getText()); // 5,000 + 15,000
        }
    }

    @Test
    void aPlansMonthsAreRunsOfThaiMonthsWithTheBuddhistYear() throws Exception {
        PlanInput input = ItaJson.standard().readPlan(Samples.open("khon-kaen-plan-2567.json"));
        Activity first = input.plan().activities().get(0);
        // October to December 2023 and February 2024: two runs; 2023 + 543 = 2566, written 66
        Activity split = new Activity(first.name(), first.budget(), first.responsible(), ImmutableSortedSet.of(YearMonth.of(2023, 10),
                YearMonth.of(2023, 11), YearMonth.of(2023, 12), YearMonth.of(2024, 2)), first.indicators());
        ActionPlan plan = new ActionPlan(input.plan().office(), input.plan().fiscalYear(), ImmutableList.of(split));
        PlanCoverage c = PlanCoverage.check(plan, input.report().assess(Editions.builtIn()));
        try (XWPFDocument doc = open(Docx.write(PlanDocument.of(c, THAI)))) {
            assertEquals("ต.ค. 66 - ธ.ค. 66, ก.พ. 67", tables(doc).get(0).getRow(1).getCell(5).getText());
        }
        try (XWPFDocument doc = open(Docx.write(PlanDocument.of(c, new Style(Language.ENGLISH, false))))) {
            assertEquals("Oct 2023 - Dec 2023, Feb 2024", tables(doc).get(0).getRow(1).getCell(5).getText());
        }
    }

    private static List<XWPFTable> tables(XWPFDocument doc) {
        List<XWPFTable> all = new ArrayList<>();
        for (XWPFTable t : doc.getTables()) {
            all.add(t);
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getTables())));
        }
        return all;
    }

    private static String all(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                text.append(p.getText()).append('\n');
            }
        }
        return text + tables(doc).stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
    }
}
