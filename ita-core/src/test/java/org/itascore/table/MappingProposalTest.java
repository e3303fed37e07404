package org.itascore.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itascore.Instrument;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.survey.Questionnaire;
import org.junit.jupiter.api.Test;

/** The mapping proposed from a form's headers, and what it leaves unmapped, each at its header cell. */
class MappingProposalTest {

    private static List<String> iitHeaders() {
        List<String> headers = new ArrayList<>();
        headers.add("ประทับเวลา");
        for (int i = 1; i <= 30; i++) {
            headers.add(i + ". ข้อ " + i);
        }
        return headers;
    }

    private static MappingProposal propose(Instrument instrument, List<String> headers) {
        return MappingProposal.responses(instrument, headers, Questionnaire.STANDARD, "obec-esa-2569");
    }

    @Test
    void everyNumberingAFormUsesMapsItself() {
        List<String> headers = List.of("Timestamp", "Email Address", "1. ท่าน, บุคลากร\nปฏิบัติงาน", "ข้อ 2 ท่าน", "ข้อที่ ๓ ท่าน",
                "i4 ท่าน", "I5.", "ความคิดเห็น [6. ท่าน]", "7) ท่าน", "8 ท่าน", "9: ท่าน", "10", "โรงเรียน");
        List<String> all = new ArrayList<>(headers);
        for (int i = 11; i <= 30; i++) {
            all.add("ข้อ " + i);
        }
        MappingProposal p = propose(Instrument.IIT, all);
        assertEquals(List.of(), p.problems());
        Map<String, String> q = p.mapping().questions();
        assertEquals("i1", q.get("1. ท่าน, บุคลากร\nปฏิบัติงาน"));
        assertEquals("i2", q.get("ข้อ 2 ท่าน"));
        assertEquals("i3", q.get("ข้อที่ ๓ ท่าน"));
        assertEquals("i4", q.get("i4 ท่าน"));
        assertEquals("i5", q.get("I5."));
        assertEquals("i6", q.get("ความคิดเห็น [6. ท่าน]"));
        assertEquals("i7", q.get("7) ท่าน"));
        assertEquals("i8", q.get("8 ท่าน"));
        assertEquals("i9", q.get("9: ท่าน"));
        assertEquals("i10", q.get("10"));
        assertEquals(30, q.size());
        assertEquals("Timestamp", p.mapping().timestamp().orElseThrow());
        assertEquals(java.util.Set.of("Email Address", "โรงเรียน"), p.mapping().ignored());
        assertTrue(p.mapping().office().isEmpty(), "an office-like column is never taken as the office unasked");
    }

    @Test
    void anEitSheetMapsItsOwnLettersAndNotTheOthers() {
        List<String> headers = new ArrayList<>(List.of("Timestamp", "i1 wrong letter"));
        for (int e = 1; e <= 15; e++) {
            headers.add("e" + e + " คำถาม");
        }
        MappingProposal p = propose(Instrument.EIT, headers);
        assertEquals(15, p.mapping().questions().size());
        assertEquals("e15", p.mapping().questions().get("e15 คำถาม"));
        assertEquals(List.of(new Problem(ProblemKind.INVALID, Cells.cell(0, 1), "i1 wrong letter", Message.of("sheet.unmapped", "e"))), p.problems());
    }

    @Test
    void whatCannotBeMappedIsListedAtItsHeaderCell() {
        List<String> headers = iitHeaders();
        headers.set(7, "เพศ");                 // i7's column replaced
        headers.add("31. เกินจำนวนข้อ");
        headers.add("2. ซ้ำเลขข้อ");
        headers.add("เพศ");
        MappingProposal p = propose(Instrument.IIT, headers);
        assertEquals(List.of(
                new Problem(ProblemKind.DUPLICATE, Cells.cell(0, 33), "เพศ", Message.of("sheet.headerDuplicate", "H")),
                new Problem(ProblemKind.INVALID, Cells.cell(0, 7), "เพศ", Message.of("sheet.unmapped", "i")),
                new Problem(ProblemKind.INVALID, Cells.cell(0, 31), "31. เกินจำนวนข้อ", Message.of("sheet.questionBeyond", "31", "30", "IIT", "obec-esa-2569")),
                new Problem(ProblemKind.DUPLICATE, Cells.cell(0, 32), "2. ซ้ำเลขข้อ", Message.of("sheet.questionTwice", "i2", "C")),
                new Problem(ProblemKind.MISSING, Cells.row(0), null, Message.of("sheet.questionNoColumn", "i7", "IIT"))),
                p.problems());
        p.problems().forEach(x -> assertTrue(!x.rule().equals(x.rule(org.itascore.Language.THAI)), x.rule()));
    }

    @Test
    void columnLettersAreASpreadsheets() {
        assertEquals("A", Cells.letter(0));
        assertEquals("Z", Cells.letter(25));
        assertEquals("AA", Cells.letter(26));
        assertEquals("AZ", Cells.letter(51));
        assertEquals("BA", Cells.letter(52));
        assertEquals("ZZ", Cells.letter(701));
        assertEquals("AAA", Cells.letter(702));
    }
}
