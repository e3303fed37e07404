package org.itascore.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Problem;
import org.itascore.Score;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;

/**
 * A written result is confirmed against the recomputation. The Khon Kaen FY2566 figures were worked out by hand in
 * {@link SeedAssessmentTest}: total 90.0532 (90.05, A, passed), indicator 10 at 83.75 is rank 10, grade B, not passed,
 * and the only indicator below the pass mark of 85.
 */
class StatedResultTest {

    private static final Assessment KHON_KAEN = Assessor.assess(Editions.builtIn().get("obec-esa-2566"), "สพม.ขอนแก่น",
            FiscalYear.of(2566), SeedAssessmentTest.SEED_000);

    @Test
    void statementsThatAgreePass() {
        StatedResult.builder().score(Score.parse("90.05")).grade(Grade.A).passed(true)
                .indicator(9, Indicator.ofNumber(10), Optional.of(Grade.B), Optional.of(false), Optional.of(10))
                .belowPassMark(List.of(10)).build().confirm(KHON_KAEN);
        StatedResult.builder().build().confirm(KHON_KAEN);
    }

    @Test
    void everyDisagreementIsListedAtItsField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StatedResult.builder()
                .score(Score.parse("90.10")).grade(Grade.AA).passed(false).verdict("PASS")
                .indicator(9, Indicator.ofNumber(10), Optional.of(Grade.B), Optional.empty(), Optional.of(9))
                .belowPassMark(List.of()).build().confirm(KHON_KAEN));
        assertEquals(List.of("/score", "/grade", "/passed", "/verdict", "/indicators/9", "/belowPassMark"),
                e.problems().stream().map(p -> p.location().toString()).toList());
        assertEquals(List.of("90.10", "AA", "false", "PASS", "grade B, passed null, rank 9", "[]"),
                e.problems().stream().map(Problem::value).toList());
        assertEquals(List.of("result.mismatch", "result.mismatch", "result.mismatch", "result.mismatch",
                "result.indicatorMismatch", "result.mismatch"), e.problems().stream().map(Problem::code).toList());
        // the recomputation is named: the exact total, and the indicator's grade, pass and rank
        assertEquals("does not match the recomputation from the indicator scores: 90.0532",
                e.problems().get(0).rule(org.itascore.Language.ENGLISH));
        assertEquals("does not match the recomputation: grade B, passed false, rank 10",
                e.problems().get(4).rule(org.itascore.Language.ENGLISH));
    }
}
