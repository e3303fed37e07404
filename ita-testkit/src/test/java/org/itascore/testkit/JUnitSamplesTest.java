package org.itascore.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.report.IndicatorReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The kit's samples as JUnit 5 takes them: a {@code @MethodSource} of single values, the same every run. */
class JUnitSamplesTest {

    private static final Editions EDITIONS = Editions.builtIn();

    static Stream<IndicatorReport> reports() {
        return JUnitSamples.values(Generators.reports(EDITIONS), 2569L, 200);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aReportWrittenAsJsonAndReadBackHasTheSameTotal(IndicatorReport report) {
        ItaJson json = ItaJson.standard();
        IndicatorReport read = json.readReport(json.writeValue(report));
        // format 1 writes a score with no finite decimal rounded to two: the totals agree to the hundredth
        Oracles.assertWithinTolerance(read, EDITIONS, Oracles.total(report, EDITIONS));
        assertEquals(report.office(), read.office());
    }
}
