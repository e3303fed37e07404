package org.itascore.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.itascore.Rational;
import org.itascore.cohort.CohortBuilder;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The work of one {@code POST /v1/cohorts} of the bundled 245-report cohort, in process: read the NDJSON, score
 * every report, write the statistics. The baseline the HTTP service's cohort throughput is compared with
 * (benchmarks/http/load.sh); the property {@code ita.cohort} names the file (default samples/cohort-2566.ndjson).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CohortRequestBenchmark {

    private byte[] cohort;

    /** Reads the cohort's bytes once. */
    @Setup
    public void setUp() {
        try {
            cohort = Files.readAllBytes(Path.of(System.getProperty("ita.cohort", "samples/cohort-2566.ndjson")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The endpoint's work without HTTP.
     *
     * @return the statistics as JSON
     */
    @Benchmark
    public String inProcess() {
        ItaJson json = ItaJson.standard();
        return json.write(json.readCohort(new ByteArrayInputStream(cohort), CohortBuilder.lenient(Editions.builtIn())),
                Rational.of(80, 100));
    }
}
