package org.itascore.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.Score;
import org.itascore.edition.Editions;
import org.itascore.oit.ChecklistEntry;
import org.itascore.raw.RawAssessment;
import org.itascore.survey.Answer;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;
import org.itascore.survey.Tally;
import org.junit.jupiter.api.Test;

/**
 * Rows pushed into an import: decoded, tallied for their office, or refused with their row and column. Expected
 * tallies are built independently, response by response with {@link Response.Builder}; expected scores are
 * worked by hand with fractions in the comments.
 */
class TableImportTest {

    private static final String EDITION = "obec-esa-2564";

    static List<String> iitHeader(String... extra) {
        List<String> h = new ArrayList<>(List.of("ประทับเวลา"));
        for (int i = 1; i <= 30; i++) {
            h.add(i + ". คำถาม " + i);
        }
        h.addAll(List.of(extra));
        return h;
    }

    static List<String> eitHeader() {
        List<String> h = new ArrayList<>(List.of("Timestamp"));
        for (int e = 1; e <= 15; e++) {
            h.add("ข้อ " + e + " คำถาม");
        }
        return h;
    }

    /** A row of an IIT sheet: a timestamp, then the same answer to every question. */
    static List<String> iitRow(String answer, String... extra) {
        List<String> r = new ArrayList<>(List.of("1/6/2564 9:00:00"));
        r.addAll(Collections.nCopies(30, answer));
        r.addAll(List.of(extra));
        return r;
    }

    static List<String> eitRow(String answer, String e5) {
        List<String> r = new ArrayList<>(List.of("6/1/2021 9:00:00"));
        r.addAll(Collections.nCopies(15, answer));
        r.set(5, e5);
        return r;
    }

    static TableImport.Builder builder() {
        return TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).edition(EDITION);
    }

    /** The classic catalogue's 43 items, all published but O8. */
    static void checklist(TableImport in, String office) {
        List<String> header = office == null ? List.of("ข้อ", "มี/ไม่มี", "URL") : List.of("ข้อ", "มี/ไม่มี", "URL", "หน่วยงาน");
        ChecklistSheet sheet = in.checklist("oit.csv", header);
        for (int i = 1; i <= 43; i++) {
            List<String> row = new ArrayList<>(i == 8 ? List.of("O8", "ไม่มี", "") : List.of("O" + i, "มี", "https://example.go.th/o" + i));
            if (office != null) {
                row.add(office);
            }
            sheet.row(i, row);
        }
    }

    /** An office's two IIT responses (all "most", all "much") and one EIT response, read into an import. */
    private static TableImport answered() {
        TableImport in = builder().office("สพป.ทดสอบ").build();
        ResponseSheet iit = in.responses(Instrument.IIT, "iit.csv", iitHeader());
        iit.row(1, iitRow("มากที่สุด"));
        iit.row(2, iitRow("มาก"));
        in.responses(Instrument.EIT, "eit.csv", eitHeader()).row(1, eitRow("มากที่สุด", "ไม่มี"));
        return in;
    }

    @Test
    void anOfficeIsScoredFromItsSheets() {
        TableImport in = answered();
        checklist(in, null);
        ImportResult result = in.result();
        assertEquals(1, result.offices().size());
        RawAssessment raw = result.offices().get(0).assess(null);
        // IIT: every question (100 + 200/3) / 2 = 250/3; EIT: 100 (e5 is reversed: "no" scores 100)
        // OIT: 9.1 has O1-O9, 8 of 9 published: 800/9; 9.2-9.5 100; indicator 9 = (800/9 + 400) / 5 = 880/9;
        // indicator 10 = 100; OIT = (880/9 + 100) / 2 = 890/9
        // total = 0.3 * 250/3 + 0.3 * 100 + 0.4 * 890/9 = 25 + 30 + 356/9 = 851/9 = 94.5555... -> 94.56
        assertEquals(Score.ofFraction(851, 9), raw.assessment().exactScore());
        assertEquals("94.56", raw.assessment().exactScore().officialDecimal().toPlainString());
        assertEquals("สพป.ทดสอบ", raw.assessment().office());
        assertEquals(2, result.sheets().get(0).tallied());
    }

    @Test
    void aChecklistKeptApartFromTheSheetsScoresTheSame() {
        ImportedOffice office = answered().result().offices().get(0);
        // the checklist of anOfficeIsScoredFromItsSheets, as a JSON checklist would give it: all published but O8
        List<org.itascore.oit.ChecklistEntry> items = new ArrayList<>();
        for (int i = 1; i <= 43; i++) {
            items.add(i == 8 ? org.itascore.oit.ChecklistEntry.absent("O8")
                    : org.itascore.oit.ChecklistEntry.present("O" + i, java.net.URI.create("https://example.go.th/o" + i)));
        }
        RawAssessment raw = office.assess(null, org.itascore.oit.ChecklistInput.of(items));
        // the total worked out in anOfficeIsScoredFromItsSheets: 851/9
        assertEquals(Score.ofFraction(851, 9), raw.assessment().exactScore());
        // an item the edition's catalogue does not have is located in the checklist, under /oit
        items.add(org.itascore.oit.ChecklistEntry.absent("O99"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> office.assess(null, org.itascore.oit.ChecklistInput.of(items)));
        assertEquals(org.itascore.Location.of("oit", "items", "O99"), e.problems().get(0).location(), e.problems().toString());
    }

    @Test
    void labelsInThaiOrEnglishDigitsAndAFormsOwnWordsAreRead() {
        TableImport in = builder().office("x").mapping(ImportMapping.of(Optional.empty(), Optional.empty(), Optional.empty(),
                ImmutableMap.of("ดีมาก", Answer.LEVEL_4, "ไม่เคย", Answer.NO))).build();
        ResponseSheet iit = in.responses(Instrument.IIT, "iit.csv", iitHeader());
        List<String> row = iitRow("");
        String[] forms = {"น้อยที่สุดหรือไม่มีเลย", "none or least", "1", "๑", " น้อย ", "LITTLE", "2", "มาก", "Much", "๓",
            "มากที่สุด", "most", "4", "ดีมาก", ""};
        for (int i = 0; i < forms.length; i++) {
            row.set(1 + i, forms[i]);
        }
        iit.row(1, row);
        ResponseSheet eit = in.responses(Instrument.EIT, "eit.csv", eitHeader());
        eit.row(1, eitRow("", "ไม่เคย"));
        eit.row(2, eitRow("", "Yes"));
        ImportResult result = in.result();

        Questionnaire q = Questionnaire.STANDARD;
        Response.Builder expected = Response.builder(q, Instrument.IIT);
        Answer[] answers = {Answer.LEVEL_1, Answer.LEVEL_1, Answer.LEVEL_1, Answer.LEVEL_1, Answer.LEVEL_2, Answer.LEVEL_2,
            Answer.LEVEL_2, Answer.LEVEL_3, Answer.LEVEL_3, Answer.LEVEL_3, Answer.LEVEL_4, Answer.LEVEL_4, Answer.LEVEL_4, Answer.LEVEL_4};
        for (int i = 0; i < answers.length; i++) {
            expected.answer("i" + (i + 1), answers[i]);
        }
        assertEquals(Tally.accumulator(q, Instrument.IIT).add(expected.build()).toTally(), result.offices().get(0).batch().iit());
        Tally eitExpected = Tally.accumulator(q, Instrument.EIT)
                .add(Response.builder(q, Instrument.EIT).answer("e5", Answer.NO).build())
                .add(Response.builder(q, Instrument.EIT).answer("e5", Answer.YES).build()).toTally();
        assertEquals(eitExpected, result.offices().get(0).batch().eit());
    }

    @Test
    void everyProblemOfARowIsListedAtItsCellAndNothingIsScored() {
        TableImport in = builder().office("x").build();
        ResponseSheet iit = in.responses(Instrument.IIT, "iit.csv", iitHeader());
        iit.row(1, iitRow("มาก"));
        List<String> bad = iitRow("มาก");
        bad.set(0, "31/2/2564 9:00:00");
        bad.set(3, "มากพอสมควร");
        bad.set(4, "บ่อย");
        bad.set(5, "มี");
        iit.row(2, bad);
        iit.row(3, List.of("1/6/2564 9:00:00", "มาก"));
        ImportException e = assertThrows(ImportException.class, in::result);
        assertEquals(1, e.sheets().size());
        SheetReport sheet = e.sheets().get(0);
        assertEquals("iit.csv", sheet.source());
        assertEquals(List.of(
                new Problem(Cells.cell(2, 0), "31/2/2564 9:00:00", Message.of("sheet.timestamp")),
                new Problem(Cells.cell(2, 3), "มากพอสมควร", Message.of("sheet.otherScale", Message.of("term.scale.sixLevel"), "i3", Message.of("term.scale.fourLevel"), "น้อยที่สุดหรือไม่มีเลย, น้อย, มาก, มากที่สุด")),
                new Problem(Cells.cell(2, 4), "บ่อย", Message.of("sheet.labelLevel", "i4", "น้อยที่สุดหรือไม่มีเลย, น้อย, มาก, มากที่สุด", "4")),
                new Problem(Cells.cell(2, 5), "มี", Message.of("sheet.otherScale", Message.of("term.scale.yesNo"), "i5", Message.of("term.scale.fourLevel"), "น้อยที่สุดหรือไม่มีเลย, น้อย, มาก, มากที่สุด")),
                new Problem(Cells.row(3), "2", Message.of("sheet.rowWidth", "31"))), sheet.problems());
        assertEquals(3, sheet.rows());
        assertEquals(1, sheet.tallied());
        sheet.problems().forEach(p -> assertTrue(!p.rule().equals(p.rule(org.itascore.Language.THAI)), p.rule()));
    }

    @Test
    void badRowsAreSkippedOnlyWhenAskedAndThenCounted() {
        TableImport in = builder().office("x").skipBadRows(true).build();
        ResponseSheet iit = in.responses(Instrument.IIT, "iit.csv", iitHeader());
        iit.row(1, iitRow("มาก"));
        iit.row(2, iitRow("บ่อย"));
        iit.row(3, iitRow("4"));
        ImportResult result = in.result();
        assertEquals(1, result.skippedRows());
        SheetReport sheet = result.sheets().get(0);
        assertEquals(3, sheet.rows());
        assertEquals(2, sheet.tallied());
        assertEquals(30, sheet.problems().size(), "the skipped row's problems are kept to be shown");
        assertEquals(2, result.offices().get(0).batch().iit().respondents());
    }

    @Test
    void aHeadersProblemIsNeverSkipped() {
        TableImport in = builder().office("x").skipBadRows(true).build();
        in.responses(Instrument.IIT, "iit.csv", iitHeader("เพศ")).row(1, iitRow("มาก", "ชาย"));
        ImportException e = assertThrows(ImportException.class, in::result);
        assertEquals(Cells.cell(0, 31), e.sheets().get(0).problems().get(0).location());
    }

    private static ImportMapping officeColumn() {
        SheetMapping.Builder iit = SheetMapping.builder(Instrument.IIT).office("โรงเรียน").timestamp("ประทับเวลา");
        for (int i = 1; i <= 30; i++) {
            iit.question(i + ". คำถาม " + i, "i" + i);
        }
        ChecklistColumns oit = new ChecklistColumns("ข้อ", "มี/ไม่มี", Optional.of("URL"), Optional.empty(), Optional.of("หน่วยงาน"));
        return ImportMapping.of(Optional.of(iit.build()), Optional.empty(), Optional.of(oit), ImmutableMap.of());
    }

    /** An IIT sheet with an office column: two rows of school ก (its name spaced two ways), one of school ข. */
    private static ResponseSheet twoSchools(TableImport in) {
        ResponseSheet iit = in.responses(Instrument.IIT, "iit.csv", iitHeader("โรงเรียน"));
        iit.row(1, iitRow("มาก", "โรงเรียน ก"));
        iit.row(2, iitRow("4", "โรงเรียน  ข"));
        iit.row(3, iitRow("มาก", " โรงเรียน ก "));
        return iit;
    }

    @Test
    void anOfficeColumnReadsEveryOfficeInOnePass() {
        TableImport in = builder().mapping(officeColumn()).build();
        ResponseSheet iit = twoSchools(in);
        checklist(in, "โรงเรียน ก");
        ImportException e = assertThrows(ImportException.class, in::result);
        assertEquals(List.of(new Problem(ProblemKind.MISSING, Location.of("โรงเรียน ข"), null, Message.of("sheet.noChecklistRows"))),
                e.sheets().get(0).problems());

        TableImport again = builder().mapping(officeColumn()).build();
        ResponseSheet sheet = twoSchools(again);
        sheet.row(4, iitRow("มาก", ""));
        ImportException blank = assertThrows(ImportException.class, again::result);
        assertEquals(new Problem(ProblemKind.MISSING, Cells.cell(4, 31), null, Message.of("sheet.rowOffice")),
                blank.sheets().get(0).problems().get(0));
    }

    @Test
    void officesAreReadApartAndOneCanBeChosen() {
        TableImport in = builder().mapping(officeColumn()).build();
        ResponseSheet iit = twoSchools(in);
        ImportResult all = in.result();
        assertEquals(List.of("โรงเรียน ก", "โรงเรียน ข"), all.offices().stream().map(ImportedOffice::office).toList());
        assertEquals(2, all.offices().get(0).batch().iit().respondents());
        assertEquals(1, all.offices().get(1).batch().iit().respondents());

        TableImport one = builder().mapping(officeColumn()).office("โรงเรียน ข").build();
        ResponseSheet sheet = one.responses(Instrument.IIT, "iit.csv", iitHeader("โรงเรียน"));
        sheet.row(1, iitRow("มาก", "โรงเรียน ก"));
        sheet.row(2, iitRow("4", "โรงเรียน ข"));
        ImportResult chosen = one.result();
        assertEquals(1, chosen.offices().size());
        assertEquals(1, chosen.sheets().get(0).otherOffices());
    }

    @Test
    void aChecklistSheetIsReadInEveryCommonForm() {
        TableImport in = builder().office("x").build();
        in.responses(Instrument.IIT, "iit.csv", iitHeader()).row(1, iitRow("มาก"));
        ChecklistSheet sheet = in.checklist("oit.csv", List.of("Item", "Present", "Evidence", "Note"));
        String[] published = {"มี", "yes", "1", "✓", "TRUE", "☑", "✔"};
        for (int i = 1; i <= 43; i++) {
            boolean yes = i % 2 == 1;
            sheet.row(i, List.of(i % 3 == 0 ? Integer.toString(i) : "o" + i, yes ? published[i % published.length]
                    : (i % 4 == 0 ? "" : "ไม่มี"), yes ? "https://example.go.th/" + i : "", "หมายเหตุ"));
        }
        sheet.row(44, List.of("", "", "", ""));
        ImportedOffice office = in.result().offices().get(0);
        List<ChecklistEntry> entries = office.checklistInput().orElseThrow().entries();
        assertEquals(43, entries.size());
        assertEquals(new ChecklistEntry("O3", true, Optional.of(URI.create("https://example.go.th/3"))), entries.get(2));
        assertEquals(new ChecklistEntry("O4", false, Optional.empty()), entries.get(3));
        assertEquals(22, office.checklist().orElseThrow().entries().stream().filter(ChecklistEntry::present).count());
    }

    @Test
    void aChecklistsProblemsAreAtTheirRows() {
        TableImport in = builder().office("x").build();
        in.responses(Instrument.IIT, "iit.csv", iitHeader()).row(1, iitRow("มาก"));
        ChecklistSheet sheet = in.checklist("oit.csv", List.of("ข้อ", "มี/ไม่มี", "URL"));
        for (int i = 1; i <= 40; i++) {
            sheet.row(i, List.of("O" + i, "มี", i == 5 ? "ftp://example.go.th/5" : "https://example.go.th/" + i));
        }
        sheet.row(41, List.of("O2", "มี", "https://example.go.th/2"));
        sheet.row(42, List.of("O41", "บางส่วน", ""));
        sheet.row(43, List.of("O99", "ไม่มี", ""));
        ImportException e = assertThrows(ImportException.class, in::result);
        List<Problem> problems = e.sheets().get(0).problems();
        assertEquals(new Problem(Cells.cell(5, 2), "ftp://example.go.th/5", Message.of("evidence.address")), problems.get(0));
        assertEquals(new Problem(Cells.cell(42, 1), "บางส่วน", Message.of("checklistSheet.present")), problems.get(1));
        assertEquals(2, problems.size(), problems.toString());
        // the catalogue's checks come once the rows are read: the repeated O2 at its second row, O99 at its row
        TableImport fixed = builder().office("x").build();
        fixed.responses(Instrument.IIT, "iit.csv", iitHeader()).row(1, iitRow("มาก"));
        ChecklistSheet rows = fixed.checklist("oit.csv", List.of("ข้อ", "มี/ไม่มี", "URL"));
        for (int i = 1; i <= 43; i++) {
            rows.row(i, List.of("O" + i, "ไม่มี", ""));
        }
        rows.row(44, List.of("O2", "ไม่มี", ""));
        rows.row(45, List.of("O99", "ไม่มี", ""));
        ImportException catalogue = assertThrows(ImportException.class, fixed::result);
        assertEquals(List.of(Cells.cell(44, 0), Cells.cell(45, 0)),
                catalogue.sheets().get(0).problems().stream().map(Problem::location).sorted(java.util.Comparator
                        .comparing(Location::toString)).toList());
    }

    @Test
    void whatAnImportNeedsIsSaid() {
        InvalidInputException noYear = assertThrows(InvalidInputException.class,
                () -> TableImport.builder(Editions.builtIn()).build());
        assertEquals(Location.of("fiscalYear"), noYear.problems().get(0).location());
        TableImport nothing = builder().office("x").build();
        assertThrows(InvalidInputException.class, nothing::result);
        TableImport noOffice = builder().build();
        noOffice.responses(Instrument.IIT, "iit.csv", iitHeader()).row(1, iitRow("มาก"));
        ImportException e = assertThrows(ImportException.class, noOffice::result);
        assertTrue(e.sheets().get(0).problems().get(0).rule().startsWith("the sheet has no office column"));
    }
}
