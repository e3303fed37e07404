package org.itascore.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.Weight;
import org.junit.jupiter.api.Test;

/** An edition's three parts each check themselves, and an edition is made of them. */
class EditionPartsTest {

    @Test
    void aWeightingSumsToOneAndOwnsEachIndicatorOnce() {
        Map<Instrument, Weight> instruments = new LinkedHashMap<>();
        instruments.put(Instrument.IIT, Weight.ofFraction(1, 2));
        instruments.put(Instrument.OIT, Weight.ofFraction(1, 2));
        Map<Instrument, Map<Indicator, Weight>> members = new LinkedHashMap<>();
        members.put(Instrument.IIT, Map.of(Indicator.ofNumber(1), Weight.ONE));
        members.put(Instrument.OIT, Map.of(Indicator.ofNumber(9), Weight.ONE));
        Weighting w = Weighting.of(instruments, members);
        assertEquals(List.of(Indicator.ofNumber(1), Indicator.ofNumber(9)), w.indicators());
        assertEquals(Rational.of(1, 2), w.effectiveWeights().get(Indicator.ofNumber(9)));

        instruments.put(Instrument.EIT, Weight.ofFraction(1, 2));
        members.put(Instrument.EIT, Map.of(Indicator.ofNumber(1), Weight.ofFraction(1, 2)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Weighting.of(instruments, members));
        assertEquals(List.of("edition.instrumentWeights", "edition.indicatorWeights", "edition.indicatorOwner"),
                e.problems().stream().map(p -> p.code()).toList());
    }

    @Test
    void aPassMarkIsWhereABandStartsOrMovesTheBandAboveIt() {
        assertEquals(Grading.STANDARD, Grading.of(GradeScale.STANDARD, Score.of(85), Optional.empty()));
        InvalidInputException off = assertThrows(InvalidInputException.class,
                () -> Grading.of(GradeScale.STANDARD, Score.of(80), Optional.empty()));
        assertEquals("edition.passMarkEdge", off.problems().get(0).code());
        Grading moved = Grading.ofMovingBand(GradeScale.STANDARD, Score.of(80), Optional.empty());
        assertEquals(Grade.A, moved.grade(Score.parse("80.00")));
        assertEquals(Grade.B, moved.grade(Score.parse("79.99")));
        assertTrue(moved.passes(Grade.A));
        assertFalse(moved.passes(Grade.B));
        assertEquals("edition.passMarkTopBand", assertThrows(InvalidInputException.class,
                () -> Grading.ofMovingBand(GradeScale.STANDARD, Score.of(97), Optional.empty())).problems().get(0).code());
    }

    @Test
    void aBuiltInEditionIsItsParts() {
        Edition e = Editions.builtIn().get("obec-esa-2564");
        assertEquals(e.passMark(), e.grading().passMark());
        assertEquals(e.indicators(), e.weighting().indicators());
        assertEquals(e.questionnaire(), e.rawDataRules().questionnaire());
        e.rawDataRules().check(e.weighting());
        assertEquals(e, e.toBuilder().build());
        // raw-data rules that do not fit the weighting: a questionnaire for an edition without its instruments
        Weighting oitOnly = Weighting.of(Map.of(Instrument.OIT, Weight.ONE),
                Map.of(Instrument.OIT, Map.of(Indicator.ofNumber(9), Weight.ofFraction(1, 2), Indicator.ofNumber(10), Weight.ofFraction(1, 2))));
        InvalidInputException misfit = assertThrows(InvalidInputException.class, () -> e.rawDataRules().check(oitOnly));
        assertEquals("edition.questionInstrument", misfit.problems().get(0).code());
    }
}
