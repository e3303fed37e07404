package org.itascore.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.json.SurveyBatchWriter;
import org.itascore.raw.Populations;
import org.itascore.raw.SurveyBatch;
import org.itascore.survey.Response;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Benchmark 2: bytes of survey JSON (format 2; 20,000 IIT and 40,000 EIT responses, about 12 MB) to
 * tallies through ita-json, against the physical baseline, a raw Jackson 3 token scan
 * ({@code JsonParser.nextToken()} to the end) of the same bytes. One operation is the whole batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestionBenchmark {

    private byte[] json;
    private final JsonFactory rawFactory = JsonFactory.builder().build();

    /** Writes the batch into memory, the same bytes for both benchmarks. */
    @Setup
    public void setUp() {
        Edition edition = Editions.builtIn().get(NationalDataset.EDITION);
        SplittableRandom random = new SplittableRandom(NationalDataset.SEED);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 20);
        try (SurveyBatchWriter writer = ItaJson.standard().compact().surveyBatchWriter(out, edition, "office", FiscalYear.of(2564),
                Populations.UNKNOWN)) {
            var q = edition.questionnaire().orElseThrow();
            for (Response r : NationalDataset.responses(q, Instrument.IIT, 20_000, 0.9, random)) {
                writer.write(r);
            }
            for (Response r : NationalDataset.responses(q, Instrument.EIT, 40_000, 0.9, random)) {
                writer.write(r);
            }
        }
        json = out.toByteArray();
    }

    /** {@return the size of the batch in bytes} */
    public int size() {
        return json.length;
    }

    /**
     * The library: strict, bounded reading of format 2 into tallies.
     *
     * @return the tallied batch
     */
    @Benchmark
    public SurveyBatch library() {
        return ItaJson.standard().readSurveyBatch(new ByteArrayInputStream(json), null);
    }

    /**
     * The physical baseline: every token of the same bytes, read and dropped.
     *
     * @return the number of tokens
     */
    @Benchmark
    public long baseline() {
        long tokens = 0;
        try (JsonParser p = rawFactory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(json))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens++;
            }
        }
        return tokens;
    }
}
