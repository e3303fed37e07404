package org.itascore.assess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Score;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;

/**
 * The two seed reports (DOMAIN.md section 5). Expected values were worked out by hand:
 *
 * <pre>
 * Seed 000, Khon Kaen Secondary ESA, FY2566
 *   IIT = (98.71 + 90.03 + 95.49 + 94.20 + 93.24) / 5 = 471.67 / 5 = 94.334   -> 94.33
 *   EIT = (90.87 + 91.14 + 88.02) / 3               = 270.03 / 3 = 90.01    -> 90.01
 *   OIT = (90.00 + 83.75) / 2                       = 173.75 / 2 = 86.875   -> 86.88
 *   total = 0.3 x 94.334 + 0.3 x 90.01 + 0.4 x 86.875 = 28.3002 + 27.003 + 34.75 = 90.0532 -> 90.05 (A)
 * Seed 004, Chachoengsao Primary ESA 2, FY2562
 *   IIT = 460.43 / 5 = 92.086; EIT = 254.58 / 3 = 84.86; OIT = 158.65 / 2 = 79.325
 *   total = 27.6258 + 25.458 + 31.73 = 84.8138 -> 84.81 (B, not passed)
 * </pre>
 */
class SeedAssessmentTest {

    static final IndicatorScores SEED_000 = IndicatorScores.parse(
            "98.71", "90.03", "95.49", "94.20", "93.24", "90.87", "91.14", "88.02", "90.00", "83.75");
    static final IndicatorScores SEED_004 = IndicatorScores.parse(
            "๙๖.๖๑", "๘๗.๒๖", "๙๓.๓๗", "๙๐.๖๒", "๙๒.๕๗", "๙๒.๑๔", "๘๒.๕๕", "๗๙.๘๙", "๘๕.๔๔", "๗๓.๒๑");

    @Test
    void seed000KhonKaenFy2566() {
        Assessment a = Assessor.assess(Editions.builtIn().get("obec-esa-2566"), "สพม.ขอนแก่น", FiscalYear.of(2566), SEED_000);
        assertEquals("94.33", a.instrument(Instrument.IIT).score().toString());
        assertEquals("94.334", a.instrument(Instrument.IIT).exactScore().toExactString());
        assertEquals("90.01", a.instrument(Instrument.EIT).score().toString());
        assertEquals("86.88", a.instrument(Instrument.OIT).score().toString());
        assertEquals("86.875", a.instrument(Instrument.OIT).exactScore().toExactString());
        assertEquals("90.0532", a.exactScore().toExactString());
        assertEquals(new BigDecimal("90.05"), a.score().officialDecimal());
        assertEquals(Grade.A, a.grade());
        assertTrue(a.passed());
        assertEquals(Optional.empty(), a.verdict());
        assertEquals(List.of(1, 7, 2, 3, 4, 6, 5, 9, 8, 10), a.indicators().stream().map(IndicatorResult::rank).toList());
        assertEquals(List.of(Grade.AA, Grade.A, Grade.AA, Grade.A, Grade.A, Grade.A, Grade.A, Grade.A, Grade.A, Grade.B),
                a.indicators().stream().map(IndicatorResult::grade).toList());
        assertEquals(List.of(Indicator.CORRUPTION_PREVENTION), a.belowPassMark());
        assertEquals("สพม.ขอนแก่น", a.office());
    }

    @Test
    void seed004ChachoengsaoFy2562WithThaiDigits() {
        Assessment a = Assessor.assess(Editions.builtIn().get("obec-esa-2562"), "สพป.ฉะเชิงเทรา เขต ๒", FiscalYear.of(2562), SEED_004);
        assertEquals("84.8138", a.exactScore().toExactString());
        assertEquals("84.81", a.score().toString());
        assertEquals(Grade.B, a.grade());
        assertFalse(a.passed());
        assertEquals("92.09", a.instrument(Instrument.IIT).score().toString());
        assertEquals("84.86", a.instrument(Instrument.EIT).score().toString());
        assertEquals("79.33", a.instrument(Instrument.OIT).score().toString()); // 79.325 rounds half up
        assertEquals(List.of(Indicator.CORRUPTION_PREVENTION, Indicator.IMPROVEMENT_OF_WORK_SYSTEM,
                Indicator.COMMUNICATION_EFFICIENCY), a.belowPassMark());
        assertEquals(List.of(Grade.AA, Grade.A, Grade.A, Grade.A, Grade.A, Grade.A, Grade.B, Grade.B, Grade.A, Grade.C),
                a.indicators().stream().map(IndicatorResult::grade).toList());
        assertEquals(List.of(true, true, true, true, true, true, false, false, true, false),
                a.indicators().stream().map(IndicatorResult::passed).toList());
    }

    @Test
    void tiedScoresShareARankAndTheNextRankIsSkipped() {
        IndicatorScores scores = IndicatorScores.parse("90", "95", "90", "80", "95", "70", "90", "60", "100", "90.001");
        Assessment a = Assessor.assess(Editions.builtIn().get("obec-esa-2566"), "x", FiscalYear.of(2566), scores);
        // 100 -> 1; 95, 95 -> 2; 90, 90, 90, 90.001 (prints 90.00) -> 4; 80 -> 8; 70 -> 9; 60 -> 10
        assertEquals(List.of(4, 2, 4, 8, 2, 9, 4, 10, 1, 4), a.indicators().stream().map(IndicatorResult::rank).toList());
    }

    @Test
    void verdictsUnderNacc2567() {
        Assessment a = Assessor.assess(Editions.builtIn().get("nacc-2567"), "x", FiscalYear.of(2567), SEED_000);
        // total 90.05 >= 85 and IIT 94.33, EIT 90.01, OIT 86.88 all >= 85: good pass
        assertEquals(Optional.of(org.itascore.Verdict.GOOD_PASS), a.verdict());
    }

    @Test
    void refusesMissingUnknownAndDuplicateIndicatorsNamingThem() {
        var edition = Editions.builtIn().get("obec-esa-2566");
        IndicatorScores nine = IndicatorScores.parse("90", "90", "90", "90", "90", "90", "90", "90", "90");
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> Assessor.assess(edition, "x", FiscalYear.of(2566), nine));
        assertTrue(missing.getMessage().contains("none for 10"), missing.getMessage());

        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> IndicatorScores.builder().put(11, Score.of(90)).put(0, "50").build());
        assertEquals(List.of("/indicators/11", "/indicators/0"), unknown.problems().stream().map(p -> p.location().toString()).toList());

        InvalidInputException duplicate = assertThrows(InvalidInputException.class,
                () -> IndicatorScores.builder().put(3, "90").put(Indicator.USE_OF_AUTHORITY, Score.of(80)).build());
        assertEquals("/indicators/3", duplicate.problems().get(0).location().toString());
        assertTrue(duplicate.getMessage().contains("given once"));

        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> IndicatorScores.parse("90", "101", "/NaN"));
        assertEquals(List.of("/indicators/2", "/indicators/3"), bad.problems().stream().map(p -> p.location().toString()).toList());
    }

    @Test
    void refusesAYearTheEditionDoesNotCoverAndABlankOffice() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Assessor.assess(Editions.builtIn().get("obec-esa-2566"), " ", FiscalYear.of(2565), SEED_000));
        assertEquals(List.of("/office", "/fiscalYear"), e.problems().stream().map(p -> p.location().toString()).toList());
    }
}
