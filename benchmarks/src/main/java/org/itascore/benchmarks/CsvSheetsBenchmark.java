package org.itascore.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.csv.SheetFiles;
import org.itascore.edition.Editions;
import org.itascore.survey.Questionnaire;
import org.itascore.table.ImportResult;
import org.itascore.table.TableImport;
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
 * Benchmark 6: a national set of sheets, the national volume's answers as each of the 8,325 offices exports them
 * from its own Google Form (an IIT and an EIT sheet each, 55 and 109 rows on average), read through ita-csv into
 * each office's tallies: one office after another ({@link #library}), and the offices on every core
 * ({@link #parallel}); against the physical baseline, a FastCSV scan of the same bytes on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class CsvSheetsBenchmark {

    private byte[][] iit;
    private byte[][] eit;

    /** Writes every office's two sheets into memory. */
    @Setup
    public void setUp() {
        Questionnaire q = Editions.builtIn().get(NationalDataset.EDITION).questionnaire().orElseThrow();
        SplittableRandom random = new SplittableRandom(NationalDataset.SEED);
        int offices = NationalDataset.OFFICES;
        iit = new byte[offices][];
        eit = new byte[offices][];
        for (int o = 0; o < offices; o++) {
            iit[o] = CsvIngestionBenchmark.sheet(q, Instrument.IIT, share(NationalDataset.IIT_RESPONSES, o), random);
            eit[o] = CsvIngestionBenchmark.sheet(q, Instrument.EIT, share(NationalDataset.EIT_RESPONSES, o), random);
        }
    }

    /** {@return an office's share of the national responses, so that the shares add up to the total} */
    private static int share(int total, int office) {
        long n = NationalDataset.OFFICES;
        return (int) (total * (office + 1L) / n - total * (long) office / n);
    }

    /**
     * The library, one office after another.
     *
     * @return the number of rows tallied
     */
    @Benchmark
    public long library() {
        long rows = 0;
        for (int o = 0; o < iit.length; o++) {
            rows += tallied(office(o));
        }
        return rows;
    }

    /**
     * The library, the offices on the common fork-join pool (as many threads as the machine has cores).
     *
     * @return the number of rows tallied
     */
    @Benchmark
    public long parallel() {
        return IntStream.range(0, iit.length).parallel().mapToLong(o -> tallied(office(o))).sum();
    }

    private static long tallied(ImportResult result) {
        return result.sheets().stream().mapToLong(org.itascore.table.SheetReport::tallied).sum();
    }

    private ImportResult office(int o) {
        TableImport in = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).edition(NationalDataset.EDITION)
                .office("office " + o).build();
        SheetFiles.readResponses(in, Instrument.IIT, "iit.csv", new ByteArrayInputStream(iit[o]));
        SheetFiles.readResponses(in, Instrument.EIT, "eit.csv", new ByteArrayInputStream(eit[o]));
        return in.result();
    }

    /**
     * The physical baseline: every record of the same bytes read by FastCSV through the same decoding, on one core.
     *
     * @return the number of cells
     */
    @Benchmark
    public long baseline() {
        long cells = 0;
        for (int o = 0; o < iit.length; o++) {
            cells += CsvIngestionBenchmark.scan(iit[o]) + CsvIngestionBenchmark.scan(eit[o]);
        }
        return cells;
    }
}
