package org.itascore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @Test
    void fiscalYear2567RunsFromOctober2023ToSeptember2024() {
        FiscalYear year = FiscalYear.of(2567);
        assertEquals(LocalDate.of(2023, 10, 1), year.start());
        assertEquals(LocalDate.of(2024, 9, 30), year.end());
        assertEquals(2024, year.commonEraEnd());
        assertTrue(year.contains(LocalDate.of(2023, 10, 1)));
        assertFalse(year.contains(LocalDate.of(2023, 9, 30)));
        assertEquals(year, FiscalYear.containing(LocalDate.of(2023, 10, 1)));
        assertEquals(FiscalYear.of(2566), FiscalYear.containing(LocalDate.of(2023, 9, 30)));
        assertEquals(year, FiscalYear.ofCommonEra(2024));
    }

    @Test
    void parsesThaiDigits() {
        assertEquals(FiscalYear.of(2562), FiscalYear.parse("๒๕๖๒"));
        assertEquals(FiscalYear.of(2566), FiscalYear.parse(" 2566 "));
    }

    @Test
    void refusesCommonEraLookingYearsWithAHint() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FiscalYear.of(2023));
        assertEquals("/fiscalYear", e.problems().get(0).location().toString());
        assertEquals("2023", e.problems().get(0).value());
        assertTrue(e.getMessage().contains("did you mean 2566?"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2499", "2701", "0", "๒๐๒๓", "25666", "2566.0", "", "B.E.2566"})
    void refusesYearsOutsideTheRangeOrMalformed(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FiscalYear.parse(text));
        assertEquals(text, e.problems().get(0).value());
    }

    @Test
    void ordersByYear() {
        assertTrue(FiscalYear.of(2561).compareTo(FiscalYear.of(2562)) < 0);
        assertEquals("2566", FiscalYear.of(2566).toString());
        assertEquals(FiscalYear.of(2567), FiscalYear.of(2566).plusYears(1));
    }
}
