package org.itascore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void tenIndicatorsNumberedOneToTenWithTheirInstruments() {
        assertEquals(10, Indicator.values().length);
        for (int n = 1; n <= 10; n++) {
            assertEquals(n, Indicator.ofNumber(n).number());
        }
        assertEquals(List.of(1, 2, 3, 4, 5), numbersOf(Instrument.IIT));
        assertEquals(List.of(6, 7, 8), numbersOf(Instrument.EIT));
        assertEquals(List.of(9, 10), numbersOf(Instrument.OIT));
        assertEquals("การเปิดเผยข้อมูล", Indicator.INFORMATION_DISCLOSURE.title().thai());
        assertEquals("Corruption prevention", Indicator.CORRUPTION_PREVENTION.title().english());
        assertEquals(Indicator.COMMUNICATION_EFFICIENCY, Indicator.parse("๗"));
    }

    private static List<Integer> numbersOf(Instrument instrument) {
        return Arrays.stream(Indicator.values()).filter(i -> i.instrument() == instrument).map(Indicator::number).toList();
    }

    @Test
    void unknownIndicatorNumbersAreRefusedByValue() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Indicator.ofNumber(11));
        assertEquals("11", e.problems().get(0).value());
        assertThrows(InvalidInputException.class, () -> Indicator.ofNumber(0));
        assertThrows(InvalidInputException.class, () -> Indicator.parse("x"));
        assertThrows(InvalidInputException.class, () -> Indicator.parse("99"));
    }

    @Test
    void onlyAaAndAPass() {
        assertTrue(Grade.AA.isPassing());
        assertTrue(Grade.A.isPassing());
        for (Grade g : List.of(Grade.B, Grade.C, Grade.D, Grade.E, Grade.F)) {
            assertFalse(g.isPassing(), g.name());
        }
        assertEquals("Very Good", Grade.A.meaning().english());
        assertEquals(Grade.B, Grade.parse("B"));
        assertThrows(InvalidInputException.class, () -> Grade.parse("A+"));
    }

    @Test
    void instrumentsHaveThaiAndEnglishNames() {
        assertEquals("แบบตรวจการเปิดเผยข้อมูลสาธารณะ", Instrument.OIT.title().thai());
        assertEquals(Instrument.EIT, Instrument.parse("EIT"));
        assertThrows(InvalidInputException.class, () -> Instrument.parse("XIT"));
    }

    @Test
    void weightsParseDecimalsAndFractionsAndRoundTrip() {
        assertEquals(Weight.ofFraction(3, 10), Weight.parse("0.30"));
        assertEquals("0.3", Weight.parse("0.30").toString());
        assertEquals("1/3", Weight.ofFraction(2, 6).toString());
        assertEquals(Weight.ofFraction(1, 3), Weight.parse(Weight.ofFraction(1, 3).toString()));
        assertThrows(InvalidInputException.class, () -> Weight.parse("0"));
        assertThrows(InvalidInputException.class, () -> Weight.parse("1.01"));
        assertThrows(InvalidInputException.class, () -> Weight.parse("1/0"));
        assertThrows(InvalidInputException.class, () -> Weight.parse("a/b"));
    }

    @Test
    void problemsDescribeFieldValueAndRule() {
        Problem p = new Problem(Location.of("indicators", "7"), "105", Message.of("score.range"));
        assertEquals("/indicators/7: \"105\": a score lies between 0 and 100", p.toString());
        assertEquals("/report/indicators/7", p.under(Location.of("report")).location().toString());
        assertEquals("/indicators: missing: required", new Problem(Location.of("indicators"), null, Message.of("json.required")).toString());
    }
}
