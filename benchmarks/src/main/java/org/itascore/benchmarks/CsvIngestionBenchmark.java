package org.itascore.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.csv.SheetFiles;
import org.itascore.edition.Editions;
import org.itascore.survey.Answer;
import org.itascore.survey.Question;
import org.itascore.survey.QuestionKind;
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
 * Benchmark 5: the national volume's answers as Google Forms exports them (461,440 IIT and 907,795 EIT rows,
 * Thai labels, a timestamp column, CRLF, about 0.9 GB of UTF-8) read through ita-csv into tallies, against the
 * physical baseline, a FastCSV scan of the same bytes through the same UTF-8 decoding: every record read and
 * its cells counted. One operation is both sheets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class CsvIngestionBenchmark {

    private byte[] iit;
    private byte[] eit;

    /** Writes both sheets into memory, the same bytes for both benchmarks. */
    @Setup
    public void setUp() {
        Questionnaire q = Editions.builtIn().get(NationalDataset.EDITION).questionnaire().orElseThrow();
        SplittableRandom random = new SplittableRandom(NationalDataset.SEED);
        iit = sheet(q, Instrument.IIT, NationalDataset.IIT_RESPONSES, random);
        eit = sheet(q, Instrument.EIT, NationalDataset.EIT_RESPONSES, random);
    }

    /** A responses export: answers drawn as the national dataset draws them, written as the form's Thai labels. */
    static byte[] sheet(Questionnaire q, Instrument instrument, int rows, SplittableRandom random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows * (instrument == Instrument.IIT ? 800 : 420));
        List<Question> questions = q.questions(instrument);
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            List<String> header = new ArrayList<>(List.of("ประทับเวลา"));
            for (int i = 0; i < questions.size(); i++) {
                header.add((i + 1) + ". ข้อคำถาม " + questions.get(i).id());
            }
            csv.writeRecord(header);
            String[] cells = new String[questions.size() + 1];
            for (int n = 0; n < rows; n++) {
                cells[0] = (1 + n % 28) + "/" + (1 + n % 12) + "/2567 " + (8 + n % 9) + ":" + (10 + n % 50) + ":00";
                for (int i = 0; i < questions.size(); i++) {
                    Question question = questions.get(i);
                    double u = random.nextDouble();
                    Answer a = u < 0.02 ? null : question.kind() == QuestionKind.YES_NO
                            ? (random.nextDouble() < 0.05 * (1.2 - 0.9) ? Answer.YES : Answer.NO)
                            : Answer.level(NationalDataset.level(random.nextDouble(), 0.9));
                    cells[i + 1] = a == null ? "" : a.label(question.kind()).thai();
                }
                csv.writeRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@return the size of both sheets in bytes} */
    public long size() {
        return (long) iit.length + eit.length;
    }

    /**
     * The library: both sheets read, their headers mapped, every cell decoded and checked, every row tallied.
     *
     * @return what was read
     */
    @Benchmark
    public ImportResult library() {
        TableImport in = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).edition(NationalDataset.EDITION)
                .office("national").build();
        SheetFiles.readResponses(in, Instrument.IIT, "iit.csv", new ByteArrayInputStream(iit));
        SheetFiles.readResponses(in, Instrument.EIT, "eit.csv", new ByteArrayInputStream(eit));
        return in.result();
    }

    /**
     * The physical baseline: every record of the same bytes read by FastCSV through the same decoding.
     *
     * @return the number of cells
     */
    @Benchmark
    public long baseline() {
        return scan(iit) + scan(eit);
    }

    static long scan(byte[] bytes) {
        long cells = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            for (CsvRecord r : csv) {
                cells += r.getFieldCount();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }
}
