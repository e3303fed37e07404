package org.itascore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.itascore.Grade;
import org.itascore.InvalidInputException;
import org.itascore.Problem;
import org.itascore.assess.Assessment;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;

/**
 * Typed results. Khon Kaen FY2566 (seed 000), worked by hand: IIT 471.67 / 5 = 94.334, EIT 270.03 / 3 = 90.01,
 * OIT 173.75 / 2 = 86.875; total 0.3 x 94.334 + 0.3 x 90.01 + 0.4 x 86.875 = 90.0532, printed 90.05, grade A.
 */
class ReportRequestTest {

    private static final String[] KHON_KAEN = {"98.71", "90.03", "95.49", "94.20", "93.24", "90.87", "91.14", "88.02",
        "90.00", "83.75"};

    @Test
    void tenTypedScoresGiveTheOfficialResult() {
        ReportRequest.Builder b = ReportRequest.builder(Editions.builtIn()).office("สพม.ขอนแก่น").fiscalYear("2566");
        for (int i = 0; i < KHON_KAEN.length; i++) {
            b.score(i + 1, KHON_KAEN[i]);
        }
        Assessment a = b.build().run();
        assertEquals("90.05", a.score().toString());
        assertEquals("90.0532", a.exactScore().toExactString());
        assertEquals(Grade.A, a.grade());
        assertEquals("obec-esa-2566", a.edition().id());
    }

    @Test
    void aRowPastedFromASpreadsheetOrItasIsTheSameResult() {
        for (String row : List.of(String.join("\t", KHON_KAEN), String.join(", ", KHON_KAEN), String.join(" ", KHON_KAEN) + "\n",
                "๙๘.๗๑\t๙๐.๐๓\t๙๕.๔๙\t๙๔.๒๐\t๙๓.๒๔\t๙๐.๘๗\t๙๑.๑๔\t๘๘.๐๒\t๙๐.๐๐\t๘๓.๗๕")) {
            Assessment a = ReportRequest.builder(Editions.builtIn()).office("สพม.ขอนแก่น").fiscalYear("๒๕๖๖").scores(row)
                    .build().run();
            assertEquals("90.0532", a.exactScore().toExactString(), row);
        }
    }

    @Test
    void everyProblemIsListedAtItsField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportRequest.builder(Editions.builtIn())
                .office("  ").fiscalYear("66").score(1, "98.71").score(3, "101").score(4, "abc").build());
        assertEquals(List.of("/office", "/fiscalYear", "/indicators/3", "/indicators/4"),
                e.problems().stream().map(p -> p.location().toString()).toList());
        assertEquals(List.of("office.blank", "fiscalYear.format", "score.range", "score.format"),
                e.problems().stream().map(Problem::code).toList());
        assertEquals(List.of("  ", "66", "101", "abc"), e.problems().stream().map(Problem::value).toList());
    }

    @Test
    void missingFieldsAndRowsOfTheWrongLengthAreRefused() {
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> ReportRequest.builder(Editions.builtIn()).scores("1 2 3 4 5 6 7 8 9 10 11").build());
        assertEquals(List.of("office.blank", "report.fiscalYear", "report.rowLength"),
                missing.problems().stream().map(Problem::code).toList());
        assertEquals("a pasted row has at most 10 scores, one per indicator from indicator 1, separated by tabs, commas or"
                + " spaces; this one has 11", missing.problems().get(2).rule(org.itascore.Language.ENGLISH));
        InvalidInputException both = assertThrows(InvalidInputException.class, () -> ReportRequest.builder(Editions.builtIn())
                .office("ก").fiscalYear("2566").scores("90").score(2, "90").build());
        assertEquals("/scores", both.problems().get(0).location().toString());
        assertEquals("report.scoresTwice", both.problems().get(0).code());
    }

    @Test
    void aMissingIndicatorIsToldWhenTheEditionAssessesTheScores() {
        ReportRequest request = ReportRequest.builder(Editions.builtIn()).office("ก").fiscalYear("2566")
                .scores("90 90 90 90 90 90 90 90 90").build();
        InvalidInputException e = assertThrows(InvalidInputException.class, request::run);
        assertEquals("indicators.missing", e.problems().get(0).code());
    }

    @Test
    void earlierYearsTypedGiveTheAnnualAnalysisItsHistory() {
        // Khon Kaen's printed history (seed 000): 2565 90.53; this year recomputed 90.05: 90.05 - 90.53 = -0.48, declined
        ReportRequest request = ReportRequest.builder(Editions.builtIn()).office("สพม.ขอนแก่น").fiscalYear("2566")
                .scores(String.join(" ", KHON_KAEN))
                .history("2561\t66.57\tB\n2562 86.82 A\n\n2563, 87.67\n๒๕๖๔ ๙๑.๕๐\r\n2565 90.53 A\n").build();
        var analysis = org.itascore.annual.AnnualAnalysis.of(request.report(), Editions.builtIn(), java.util.Optional.empty(),
                java.util.Optional.empty());
        var history = analysis.history().orElseThrow();
        assertEquals(List.of(2561, 2562, 2563, 2564, 2565, 2566),
                history.entries().stream().map(e -> e.fiscalYear().buddhistEra()).toList());
        assertEquals("-0.48", history.latestStep().orElseThrow().signedDifference());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportRequest.builder(Editions.builtIn())
                .office("ก").fiscalYear("2566").scores(String.join(" ", KHON_KAEN)).history("2565 90.53\n2564\n2563 101 A\n2562 80 Z")
                .build());
        assertEquals(List.of("/history/1", "/history/2/score", "/history/3/grade"),
                e.problems().stream().map(p -> p.location().toString()).toList());
        assertEquals(List.of("report.historyLine", "score.range", "grade.unknown"), e.problems().stream().map(Problem::code).toList());
    }
}
