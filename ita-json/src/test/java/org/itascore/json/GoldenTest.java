package org.itascore.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.itascore.edition.Editions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two seed reports in, the exact JSON out. The expected files were written by hand from the values
 * worked out in ita-core's SeedAssessmentTest, not produced by this code.
 */
class GoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed-000-fy2566", "seed-004-fy2562"})
    void seedReportsGiveTheExactResult(String name) throws IOException {
        ItaJson json = ItaJson.standard().compact();
        var report = json.readReport(resource(name + ".json"));
        String expected = new String(resource(name + ".result.json").readAllBytes(), StandardCharsets.UTF_8).strip();
        String actual = json.write(report.assess(Editions.builtIn()));
        assertEquals(expected, actual);
        assertEquals(actual, json.write(json.readReport(resource(name + ".json")).assess(Editions.builtIn())),
                "equal input gives byte-identical output");
    }

    private static InputStream resource(String name) {
        return GoldenTest.class.getResourceAsStream("/golden/" + name);
    }
}
