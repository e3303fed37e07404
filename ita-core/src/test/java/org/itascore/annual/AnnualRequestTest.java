package org.itascore.annual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.itascore.InvalidInputException;
import org.itascore.Score;
import org.junit.jupiter.api.Test;

/** The annual analysis' settings: one average, offices with it, a date as written. */
class AnnualRequestTest {

    @Test
    void theNationalAverageWithItsOfficesAndADate() {
        AnnualRequest r = AnnualRequest.builder().nationalAverage("90.10").nationalOffices("๒๔๕").date("2026-11-22").build();
        assertEquals(new Average(Score.parse("90.10"), OptionalLong.of(245), true), r.average(null).orElseThrow());
        assertEquals(LocalDate.of(2026, 11, 22), r.date());
    }

    @Test
    void byDefaultNoAverageAndTodayInThailand() {
        AnnualRequest r = AnnualRequest.builder().today(LocalDate.of(2027, 1, 5)).build();
        assertTrue(r.average(null).isEmpty());
        assertEquals(LocalDate.of(2027, 1, 5), r.date());
    }

    @Test
    void everyProblemIsToldAtItsField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AnnualRequest.builder()
                .nationalAverage("ninety").cohort(true).nationalOffices("0").date("22/11/2569").build());
        assertEquals(List.of("/nationalAverage annual.oneAverage", "/nationalOffices average.offices",
                "/nationalAverage score.format", "/date annual.date"),
                e.problems().stream().map(p -> p.location() + " " + p.code()).toList());
        InvalidInputException alone = assertThrows(InvalidInputException.class,
                () -> AnnualRequest.builder().nationalOffices("245").build());
        assertEquals("annual.officesAlone", alone.problems().get(0).code());
        assertEquals("245", alone.problems().get(0).value());
        assertThrows(InvalidInputException.class, () -> new Average(Score.parse("90"), OptionalLong.of(0), true));
    }
}
