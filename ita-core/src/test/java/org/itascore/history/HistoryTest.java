package org.itascore.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.InvalidInputException;
import org.itascore.Score;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final Score PASS = Score.of(85);

    @Test
    void seed000HistoryReproducesThePrintedDifferences() {
        History h = History.of(List.of(
                HistoryEntry.of(2566, "90.10", Grade.A), HistoryEntry.of(2561, "66.57", Grade.B),
                HistoryEntry.of(2562, "86.82", Grade.A), HistoryEntry.of(2563, "87.67", Grade.A),
                HistoryEntry.of(2564, "91.50", Grade.A), HistoryEntry.of(2565, "90.53", Grade.A)), PASS);
        assertEquals(List.of("+20.25", "+0.85", "+3.83", "-0.97", "-0.43"),
                h.steps().stream().map(HistoryStep::signedDifference).toList());
        assertEquals(List.of(Trend.IMPROVED, Trend.IMPROVED, Trend.IMPROVED, Trend.DECLINED, Trend.DECLINED),
                h.steps().stream().map(HistoryStep::trend).toList());
        assertEquals("ลดลง", h.latestStep().orElseThrow().trend().word().thai());
        assertEquals(FiscalYear.of(2564), h.best().fiscalYear());
        assertEquals(FiscalYear.of(2561), h.worst().fiscalYear());
        assertEquals(5, h.passingRun());
        assertEquals(List.of(), h.gaps());
    }

    @Test
    void seed004HistoryInThaiDigits() {
        History h = History.of(List.of(
                HistoryEntry.of(2558, "๖๙.๙๕"), HistoryEntry.of(2559, "๗๙.๘๖"), HistoryEntry.of(2560, "๘๔.๓๖"),
                HistoryEntry.of(2561, "๘๐.๒๖"), HistoryEntry.of(2562, "๘๔.๘๒")), PASS);
        assertEquals(List.of("+9.91", "+4.50", "-4.10", "+4.56"),
                h.steps().stream().map(HistoryStep::signedDifference).toList());
        assertEquals(0, h.passingRun());
    }

    @Test
    void gapsAreAllowedReportedAndEndThePassingRun() {
        History h = History.of(List.of(HistoryEntry.of(2560, "90"), HistoryEntry.of(2563, "91"),
                HistoryEntry.of(2564, "91")), PASS);
        assertEquals(List.of(FiscalYear.of(2561), FiscalYear.of(2562)), h.gaps());
        assertTrue(h.steps().get(0).spansGap());
        assertEquals("+1.00", h.steps().get(0).signedDifference());
        assertEquals(Trend.UNCHANGED, h.steps().get(1).trend());
        assertEquals("0.00", h.steps().get(1).signedDifference());
        assertEquals(2, h.passingRun());
        assertEquals(FiscalYear.of(2563), h.best().fiscalYear()); // earliest of the tied best years
    }

    @Test
    void refusesDuplicateYearsAndEmptyHistories() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> History.of(List.of(
                HistoryEntry.of(2566, "90"), HistoryEntry.of(2566, "91")), PASS));
        assertEquals("/history/2566", e.problems().get(0).location().toString());
        assertThrows(InvalidInputException.class, () -> History.of(List.of(), PASS));
    }

    @Test
    void trendWordsParseInThaiAndEnglish() {
        assertEquals(Trend.IMPROVED, Trend.parse("เพิ่มขึ้น"));
        assertEquals(Trend.DECLINED, Trend.parse("Declined"));
        assertThrows(InvalidInputException.class, () -> Trend.parse("up"));
    }
}
