package org.itascore.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.itascore.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An amount in baht as people write it. */
class BahtTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"5000|5000", "5,000|5000", "๕,๐๐๐|5000", "5000.50|5000.50", "1,234,567.8|1234567.8",
        "-20|-20", "0|0", " 60,000 |60000"})
    void anAmountAsWritten(String text, String amount) {
        Baht baht = Baht.parse(text);
        assertEquals(0, new BigDecimal(amount).compareTo(baht.amount()));
        assertEquals(baht, Baht.parse(baht.toString()));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"5,00", "5000.505", "1e3", "five", "", "50,00,000", "1000000000000000"})
    void notAnAmount(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Baht.parse(text));
        assertEquals("baht.format", e.problems().get(0).code());
        assertEquals("/budget", e.problems().get(0).location().toString());
        assertEquals(text, e.problems().get(0).value());
    }
}
