package org.itascore.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.itascore.InvalidInputException;
import org.itascore.Problem;
import org.itascore.cohort.CohortBuilder;
import org.itascore.cohort.CohortResult;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;

/**
 * A cohort kept as a sheet. The two seed offices were worked by hand (ita-core's SeedAssessmentTest): Khon Kaen
 * FY2566 totals 90.0532 (90.05, A); Chachoengsao 2 FY2562 totals 84.8138 (84.81, B).
 */
class CohortSheetTest {

    private static final Editions EDITIONS = Editions.builtIn();

    @Test
    void rowsOfOfficesAndYearsAreTheCohortsMembers() {
        CohortSheet sheet = CohortSheet.of(EDITIONS, List.of("รหัส", "ชื่อหน่วยงาน", "ปีงบประมาณ", "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่",
                "2", "3", "4", "5", "6", "7", "8", "9", "๑๐", "คะแนนรวม"));
        CohortBuilder builder = CohortBuilder.lenient(EDITIONS);
        sheet.add(builder, List.of("40010000", "สพม.ขอนแก่น", "2566", "98.71", "90.03", "95.49", "94.20", "93.24", "90.87",
                "91.14", "88.02", "90.00", "83.75", "90.10"));
        sheet.add(builder, List.of("24020000", "สพป.ฉะเชิงเทรา เขต 2", "๒๕๖๒", "96.61", "87.26", "93.37", "90.62", "92.57",
                "92.14", "82.55", "79.89", "85.44", "73.21", ""));
        sheet.add(builder, List.of("", "สพม.ก", "2566", "101", "90", "90", "90", "90", "90", "90", "90", "90", "90"));
        CohortResult result = builder.build();
        assertEquals(java.util.Map.of("สพม.ขอนแก่น", "90.05", "สพป.ฉะเชิงเทรา เขต 2", "84.81"), result.cohort().members().stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.office(), m -> m.score().official().toString())));
        assertEquals(Optional.of("40010000"), result.cohort().members().stream().filter(m -> m.office().equals("สพม.ขอนแก่น"))
                .findFirst().orElseThrow().officeId());
        // the printed total column is not read; the third row is left out at its score, named by its office
        assertEquals(1, result.problems().size());
        assertEquals(2, result.problems().get(0).index());
        assertEquals(Optional.of("สพม.ก"), result.problems().get(0).office());
        assertEquals("/indicators/1", result.problems().get(0).problems().get(0).location().toString());
        assertEquals("score.range", result.problems().get(0).problems().get(0).code());
    }

    @Test
    void aHeaderRowWithoutTheRequiredColumnsIsRefusedAtTheHeader() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CohortSheet.of(EDITIONS, List.of("school", "total", "indicator 1", "Indicator 1")));
        assertEquals(List.of("cohort.sheetColumnTwice", "cohort.sheetColumns"), e.problems().stream().map(Problem::code).toList());
        assertEquals(List.of("/0/3", "/0"), e.problems().stream().map(p -> p.location().toString()).toList());
        assertEquals("a cohort sheet has a column of office names, one of fiscal years and one per indicator, told by their"
                + " headers; none for fiscalYear/ปีงบประมาณ", e.problems().get(1).rule(org.itascore.Language.ENGLISH));
    }
}
