package org.itascore.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.itascore.Finding;
import org.itascore.FindingKind;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.Language;
import org.itascore.Problem;
import org.itascore.edition.Editions;
import org.itascore.survey.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * Exports whose headers carry no question numbers, mapped by the form's order; exports given as the wrong
 * instrument; answers time-stamped outside the fiscal year. Every export is built by {@link FormExport} from a
 * seed; the expected tallies are those of the same answers under numbered headers, which map by number.
 */
class FormOrderTest {

    private static final Questionnaire Q = Questionnaire.STANDARD;
    private static final LocalDateTime JUNE_2564 = LocalDateTime.of(2021, 6, 1, 9, 5, 7);

    private static TableImport open() {
        return TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).edition("obec-esa-2564")
                .office("สพป.ทดสอบ").build();
    }

    private static ImportResult read(FormExport iit, FormExport eit) {
        TableImport in = open();
        iit.into(in, Instrument.IIT, "iit.csv");
        eit.into(in, Instrument.EIT, "eit.csv");
        return in.result();
    }

    private static FormExport export(Instrument instrument, boolean numbered, boolean respondentColumns, Language language,
            int respondents) {
        return FormExport.of(Q, instrument, respondents, numbered, respondentColumns, language, JUNE_2564,
                instrument == Instrument.IIT ? 7 : 11);
    }

    @Test
    void unnumberedHeadersWithRespondentColumnsTallyAsTheNumberedExportOfTheSameAnswers() {
        for (Language language : Language.values()) {
            ImportResult numbered = read(export(Instrument.IIT, true, false, language, 40),
                    export(Instrument.EIT, true, false, language, 60));
            ImportResult byOrder = read(export(Instrument.IIT, false, true, language, 40),
                    export(Instrument.EIT, false, true, language, 60));
            assertEquals(numbered.offices().get(0).batch().iit(), byOrder.offices().get(0).batch().iit(), language.name());
            assertEquals(numbered.offices().get(0).batch().eit(), byOrder.offices().get(0).batch().eit(), language.name());
            assertEquals(40, byOrder.offices().get(0).batch().iit().respondents());
            SheetReport iit = byOrder.sheets().get(0);
            assertEquals(List.of("sheet.byOrderSetAside"), iit.notes().stream().map(m -> m.code()).toList());
            // the e-mail and position columns are known by name; sex and contact are set aside by their answers
            assertEquals("no header carries a question number, so the 30 answer columns were mapped to i1-i30 in the "
                    + "form's order, each checked to hold answers on its question's scale; set aside as not answers "
                    + "(their answers are on no question's scale): เพศ, ท่านติดต่อหน่วยงานในฐานะ",
                    iit.notes().get(0).text(Language.ENGLISH));
        }
    }

    @Test
    void moreRowsThanTheSampleAreReadAlikeAfterTheDecision() {
        ImportResult numbered = read(export(Instrument.IIT, true, false, Language.THAI, FormOrder.SAMPLE + 37),
                export(Instrument.EIT, true, false, Language.THAI, 3));
        ImportResult byOrder = read(export(Instrument.IIT, false, true, Language.THAI, FormOrder.SAMPLE + 37),
                export(Instrument.EIT, false, true, Language.THAI, 3));
        assertEquals(FormOrder.SAMPLE + 37, byOrder.offices().get(0).batch().iit().respondents());
        assertEquals(numbered.offices().get(0).batch().iit(), byOrder.offices().get(0).batch().iit());
        assertEquals(FormOrder.SAMPLE + 37, byOrder.sheets().get(0).rows());
    }

    @Test
    void aQuestionColumnMissingIsRefusedSayingWhatWasSeen() {
        FormExport iit = export(Instrument.IIT, false, true, Language.THAI, 30).without(9);
        ImportException e = assertThrows(ImportException.class, () -> read(iit, export(Instrument.EIT, false, false, Language.THAI, 30)));
        List<Problem> problems = e.sheets().get(0).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("sheet.orderCount", problems.get(0).message().code());
        assertEquals("no header carries a question number, and the columns cannot be mapped in the form's order: 29 "
                + "columns hold answers on a question's scale (or none yet), but the IIT questionnaire of edition "
                + "obec-esa-2564 has 30 questions; set aside as not answers: เพศ, ท่านติดต่อหน่วยงานในฐานะ. Map the columns in an "
                + "import map", problems.get(0).message().text(Language.ENGLISH));
        assertEquals(1, e.sheets().size(), "the EIT sheet read by order is fine");
    }

    @Test
    void aYesNoQuestionOutOfPlaceIsRefusedAtItsColumn() {
        // EIT e5 (column F: timestamp, e1..e4, e5) is yes/no; swapping it with e6 puts a four-level column in its place
        FormExport eit = export(Instrument.EIT, false, false, Language.THAI, 30).swap(5, 6);
        ImportException e = assertThrows(ImportException.class, () -> read(export(Instrument.IIT, false, false, Language.THAI, 30), eit));
        List<Problem> problems = e.sheets().get(0).problems();
        assertEquals("eit.csv", e.sheets().get(0).source());
        assertEquals("sheet.orderScale", problems.get(0).message().code());
        assertEquals(Cells.cell(0, 5), problems.get(0).location());
        assertTrue(problems.get(0).message().text(Language.ENGLISH).startsWith(
                "in the form's order this column would answer e5, a question of the yes/no scale, but it holds \""),
                problems.get(0).message().text(Language.ENGLISH));
    }

    @Test
    void swappedNumberedSheetsAreOneProblemEach() {
        ImportException e = assertThrows(ImportException.class, () -> {
            TableImport in = open();
            export(Instrument.EIT, true, false, Language.THAI, 30).into(in, Instrument.IIT, "eit.csv");
            export(Instrument.IIT, true, false, Language.THAI, 30).into(in, Instrument.EIT, "iit.csv");
            in.result();
        });
        assertEquals(2, e.sheets().size());
        for (SheetReport sheet : e.sheets()) {
            assertEquals(1, sheet.problems().size(), sheet.problems().toString());
            assertEquals("sheet.swapped", sheet.problems().get(0).message().code());
        }
        assertEquals("this sheet fits the EIT questionnaire, not the IIT: the IIT and EIT files look swapped; give this "
                + "file as the EIT sheet and the other as the IIT sheet", e.sheets().get(0).problems().get(0).message().text(Language.ENGLISH));
        assertEquals("แผ่นงานนี้ตรงกับแบบสำรวจ IIT ไม่ใช่ EIT: ดูเหมือนแฟ้ม IIT กับ EIT สลับกัน ให้ส่งแฟ้มนี้เป็นแผ่นงาน IIT "
                + "และอีกแฟ้มเป็นแผ่นงาน EIT", e.sheets().get(1).problems().get(0).message().text(Language.THAI));
    }

    @Test
    void swappedUnnumberedSheetsAreOneProblemEach() {
        ImportException e = assertThrows(ImportException.class, () -> {
            TableImport in = open();
            export(Instrument.EIT, false, true, Language.THAI, 30).into(in, Instrument.IIT, "eit.csv");
            export(Instrument.IIT, false, true, Language.THAI, 30).into(in, Instrument.EIT, "iit.csv");
            in.result();
        });
        assertEquals(List.of("sheet.swapped", "sheet.swapped"), e.sheets().stream()
                .flatMap(s -> s.problems().stream()).map(p -> p.message().code()).toList());
    }

    @Test
    void theProposalFromRowsMapsByOrderAndScoresAsTheImport() {
        FormExport iit = export(Instrument.IIT, false, true, Language.ENGLISH, 25);
        MappingProposal proposal = open().propose(Instrument.IIT, iit.headers, iit.rows);
        assertEquals(List.of(), proposal.problems());
        assertEquals(30, proposal.mapping().questions().size());
        assertEquals("i1", proposal.mapping().questions().values().iterator().next());
        assertTrue(proposal.mapping().ignored().containsAll(FormExport.RESPONDENT_HEADERS), proposal.mapping().ignored().toString());
        assertEquals("sheet.byOrderSetAside", proposal.notes().get(0).code());
        // the proposal given back as the mapping reads the same tally, with no note
        TableImport mapped = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).edition("obec-esa-2564")
                .office("สพป.ทดสอบ").mapping(ImportMapping.of(java.util.Optional.of(proposal.mapping()), java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Map.of())).build();
        iit.into(mapped, Instrument.IIT, "iit.csv");
        TableImport byOrder = open();
        iit.into(byOrder, Instrument.IIT, "iit.csv");
        assertEquals(byOrder.result().offices().get(0).batch().iit(), mapped.result().offices().get(0).batch().iit());
    }

    @Test
    void answersTimeStampedOutsideTheFiscalYearAreAFinding() {
        // FY2564 runs from 1 October 2563 to 30 September 2564 (B.E.): 10 rows from 25 September 2021 (2564 B.E.)
        // fall 6 in FY2564 (25-30 September) and 4 in FY2565 (1-4 October)
        FormExport iit = FormExport.of(Q, Instrument.IIT, 10, true, false, Language.THAI, LocalDateTime.of(2021, 9, 25, 8, 0), 3);
        FormExport eit = FormExport.of(Q, Instrument.EIT, 10, true, false, Language.THAI, LocalDateTime.of(2021, 6, 1, 8, 0), 3);
        ImportedOffice office = read(iit, eit).offices().get(0);
        assertEquals(1, office.findings().size());
        Finding f = office.findings().get(0);
        assertEquals(FindingKind.ANSWERS_OUTSIDE_FISCAL_YEAR, f.kind());
        assertEquals(Instrument.IIT, f.instrument().orElseThrow());
        assertEquals(FiscalYear.of(2564), f.fiscalYear().orElseThrow());
        assertEquals("IIT: 4 of 10 answers are time-stamped outside fiscal year 2564 (1 October to 30 September), from "
                + "25/9/2564 to 4/10/2564; most answers are time-stamped in fiscal year 2564", f.message().english());
    }

    @Test
    void aUnitedStatesLocaleIsReadMonthFirstWhenADaySaysSo() {
        // English exports write month/day/year: 13 days from 1 June 2021 include 6/13/2021, which only month-first reads
        FormExport iit = FormExport.of(Q, Instrument.IIT, 13, true, false, Language.ENGLISH, LocalDateTime.of(2021, 6, 1, 8, 0), 5);
        FormExport eit = FormExport.of(Q, Instrument.EIT, 13, true, false, Language.ENGLISH, LocalDateTime.of(2021, 6, 1, 8, 0), 5);
        assertEquals(List.of(), read(iit, eit).offices().get(0).findings(),
                "read day first, 6/13 would be no date and 6/2-6/12 would be in February to December");
    }
}
