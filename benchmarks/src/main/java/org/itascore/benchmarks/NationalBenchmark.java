package org.itascore.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
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
 * the physical baseline, a raw token scan of the same files. Wall time per run, and the heap (see
 * {@link Memory}) as secondary results.
 *
 * <p>The dataset is written on first use into the directory named by the system property
 * {@code ita.national} (default {@code target/national}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class NationalBenchmark {

    private Path dir;
    private final JsonFactory rawFactory = JsonFactory.builder().build();

    /**
     * The heap of an iteration, reported beside the time: the most heap in use at any sampled moment (every
     * 5 ms; at most the 256 MiB limit), and the most heap still in use right after a garbage collection,
     * which is the data the run really keeps.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Memory {
        /** The most heap in use at a sampled moment, in MiB. */
        public double peakHeapMiB;
        /** The most heap in use right after a collection, in MiB. */
        public double peakLiveMiB;

        private final AtomicLong maxUsed = new AtomicLong();
        private final AtomicLong maxLive = new AtomicLong();
        private volatile boolean sampling;
        private Thread sampler;
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener onCollection = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long after = 0;
                for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (HEAP_POOLS.contains(pool.getKey())) {
                        after += pool.getValue().getUsed();
                    }
                }
                maxLive.accumulateAndGet(after, Math::max);
            }
        };

        private static final List<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList();

        /** Starts watching before each iteration. */
        @Setup(Level.Iteration)
        public void start() {
            System.gc();
            maxUsed.set(0);
            maxLive.set(0);
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(onCollection, null, null);
                    emitters.add(emitter);
                }
            }
            sampling = true;
            sampler = new Thread(() -> {
                while (sampling) {
                    maxUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    LockSupport.parkNanos(5_000_000);
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void record() {
            sampling = false;
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(onCollection);
                } catch (javax.management.ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
            emitters.clear();
            peakHeapMiB = maxUsed.get() / (1024.0 * 1024.0);
            peakLiveMiB = maxLive.get() / (1024.0 * 1024.0);
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
        // each assessment becomes a cohort member as it comes (Cohort.collector), so only members are kept
        Cohort cohort = java.util.stream.IntStream.range(0, NationalDataset.OFFICES)
                .mapToObj(o -> assess(json, o)).collect(Cohort.collector());
        CohortStatistics statistics = cohort.statistics(org.itascore.edition.Editions.builtIn().get(NationalDataset.EDITION));
        memory.record();
        return statistics;
    }

    /**
     * The library on every core: the offices' files read, tallied and assessed on the common fork-join pool (its
     * threads and the caller's, as many as the machine has cores), the assessments gathered into a cohort by
     * {@link Cohort#collector()}, whose merge is exact and independent of order, so the statistics equal
     * {@link #library}'s.
     *
     * @param memory where the peak heap is recorded
     * @return the national statistics
     */
    @Benchmark
    public CohortStatistics parallel(Memory memory) {
        ItaJson json = ItaJson.standard();
        Cohort cohort = java.util.stream.IntStream.range(0, NationalDataset.OFFICES).parallel()
                .mapToObj(o -> assess(json, o)).collect(Cohort.collector());
        CohortStatistics statistics = cohort.statistics(org.itascore.edition.Editions.builtIn().get(NationalDataset.EDITION));
        memory.record();
        return statistics;
    }

    /** {@return an office's assessment from its survey batch and checklist} */
    private Assessment assess(ItaJson json, int office) {
        try (InputStream survey = open(NationalDataset.survey(dir, office));
                InputStream oit = open(NationalDataset.checklist(dir, office))) {
            SurveyBatch batch = json.readSurveyBatch(survey, null);
            var checklist = batch.checklist(json.readChecklist(oit));
            return batch.assess(checklist).assessment();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
