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
}
