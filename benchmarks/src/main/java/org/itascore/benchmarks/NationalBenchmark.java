package org.itascore.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.itascore.assess.Assessment;
import org.itascore.cohort.Cohort;
import org.itascore.cohort.CohortStatistics;
import org.itascore.json.ItaJson;
import org.itascore.raw.SurveyBatch;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Benchmark 4: the whole national dataset end to end, in a JVM with a 256 MiB heap: read every office's
 * survey batch and OIT checklist, tally, assess every office, and compute the cohort statistics; against
 * the physical baseline, a raw token scan of the same files. Wall time per run, and the peak heap (the sum
 * of the heap pools' peaks, an upper bound) as a secondary result.
 *
 * <p>The dataset is written on first use into the directory named by the system property
 * {@code ita.national} (default {@code target/national}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class NationalBenchmark {

    private Path dir;
    private final JsonFactory rawFactory = JsonFactory.builder().build();

    /** The peak heap of an iteration, reported beside the time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Memory {
        /** The sum of the heap pools' peak usage, in MiB. */
        public double peakHeapMiB;

        /** Resets the peaks before each iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
        }

        void record() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            peakHeapMiB = peak / (1024.0 * 1024.0);
        }
    }

    /** Writes the dataset if it is not there yet. */
    @Setup(Level.Trial)
    public void setUp() {
        dir = Path.of(System.getProperty("ita.national", "target/national"));
        if (!Files.exists(NationalDataset.checklist(dir, NationalDataset.OFFICES - 1))) {
            NationalDataset.write(dir, NationalDataset.OFFICES);
        }
    }

    /**
     * The library, end to end.
     *
     * @param memory where the peak heap is recorded
     * @return the national statistics
     */
    @Benchmark
    public CohortStatistics library(Memory memory) {
        ItaJson json = ItaJson.standard();
        List<Assessment> assessments = new ArrayList<>(NationalDataset.OFFICES);
        for (int o = 0; o < NationalDataset.OFFICES; o++) {
            try (InputStream survey = open(NationalDataset.survey(dir, o));
                    InputStream oit = open(NationalDataset.checklist(dir, o))) {
                SurveyBatch batch = json.readSurveyBatch(survey, null);
                var checklist = json.readChecklist(oit).toChecklist(batch.edition());
                assessments.add(batch.assess(checklist).assessment());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        CohortStatistics statistics = Cohort.of(assessments).statistics(assessments.get(0).edition());
        memory.record();
        return statistics;
    }

    /**
     * The physical baseline: every token of the same files, read and dropped.
     *
     * @param memory where the peak heap is recorded
     * @return the number of tokens
     */
    @Benchmark
    public long baseline(Memory memory) {
        long tokens = 0;
        for (int o = 0; o < NationalDataset.OFFICES; o++) {
            tokens += scan(NationalDataset.survey(dir, o)) + scan(NationalDataset.checklist(dir, o));
        }
        memory.record();
        return tokens;
    }

    private long scan(Path file) {
        long tokens = 0;
        try (InputStream in = open(file); JsonParser p = rawFactory.createParser(ObjectReadContext.empty(), in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }
}
