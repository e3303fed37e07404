package org.itascore.table;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The timestamps forms write in Thai, United States and ISO locales, and dates that are none. */
class TimestampsTest {

    @ParameterizedTest
    @ValueSource(strings = {"22/11/2569, 10:15:30", "22/11/2026 10:15:30", "11/22/2026 10:15:30", "1/2/2026 9:05",
        "2026-11-22 10:15:30", "2026-11-22T10:15:30", "11/22/2026 10:15:30 PM", "๒๒/๑๑/๒๕๖๙ ๑๐:๑๕:๓๐", "29/2/2567 08:00:00"})
    void readable(String text) {
        assertTrue(Timestamps.readable(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13/13/2026 10:15:30", "22/11/2026", "yesterday", "22/11/2026 25:00:00", "2026-02-30 10:00:00",
        "29/2/2566 08:00:00", "22/11/2026 10:61"})
    void unreadable(String text) {
        assertFalse(Timestamps.readable(text), text);
    }

    @org.junit.jupiter.api.Test
    void epochDaysAreTheCalendarsForEveryDayOfFourCenturies() {
        // java.time counts the days independently: every day from 1900 to 2300, leap centuries included
        for (java.time.LocalDate d = java.time.LocalDate.of(1900, 1, 1); d.getYear() < 2300; d = d.plusDays(1)) {
            org.junit.jupiter.api.Assertions.assertEquals(d.toEpochDay(), Timestamps.epochDay(d.getYear(), d.getMonthValue(),
                    d.getDayOfMonth()), d.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void aTimestampIsReadInBothOrdersUntilTheSheetTellsWhich() {
        long both = Timestamps.read("3/7/2564 11:30:30");
        // day first: 3 July 2021; month first: 7 March 2021 (2564 B.E.)
        org.junit.jupiter.api.Assertions.assertEquals(java.time.LocalDate.of(2021, 7, 3).toEpochDay(), Timestamps.dayFirstDay(both));
        org.junit.jupiter.api.Assertions.assertEquals(java.time.LocalDate.of(2021, 3, 7).toEpochDay(), Timestamps.monthFirstDay(both));
        long monthOnly = Timestamps.read("6/13/2021 8:00:00");
        org.junit.jupiter.api.Assertions.assertEquals(Timestamps.NO_DATE, Timestamps.dayFirstDay(monthOnly));
        org.junit.jupiter.api.Assertions.assertEquals(java.time.LocalDate.of(2021, 6, 13).toEpochDay(), Timestamps.monthFirstDay(monthOnly));
        long iso = Timestamps.read("2026-11-22 10:15:30");
        org.junit.jupiter.api.Assertions.assertEquals(Timestamps.dayFirstDay(iso), Timestamps.monthFirstDay(iso));
        org.junit.jupiter.api.Assertions.assertTrue(Timestamps.buddhistEra("22/11/2569 10:15:30"));
        org.junit.jupiter.api.Assertions.assertFalse(Timestamps.buddhistEra("11/22/2026 10:15:30"));
        // FY2564 runs from 1 October 2020 to 30 September 2021
        org.junit.jupiter.api.Assertions.assertEquals(2564, DateSpan.fiscalYearOf((int) java.time.LocalDate.of(2020, 10, 1).toEpochDay()));
        org.junit.jupiter.api.Assertions.assertEquals(2564, DateSpan.fiscalYearOf((int) java.time.LocalDate.of(2021, 9, 30).toEpochDay()));
        org.junit.jupiter.api.Assertions.assertEquals(2563, DateSpan.fiscalYearOf((int) java.time.LocalDate.of(2020, 9, 30).toEpochDay()));
    }
}
