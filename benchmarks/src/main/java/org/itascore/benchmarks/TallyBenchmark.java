package org.itascore.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.survey.AnswerScale;
import org.itascore.survey.Question;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Tally;
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
 * Benchmark 1: the library tallying and scoring 100,000 pre-parsed IIT responses (30 answers each), against
 * the physical baseline, a hand-written loop that adds the same answer codes into {@code long[]} sums and
 * counts. One operation is the whole batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TallyBenchmark {

    static final int RESPONSES = 100_000;

    private Questionnaire questionnaire;
    private byte[][] responses;

    /** Generates the pre-parsed answers, the same for both benchmarks. */
    @Setup
    public void setUp() {
        questionnaire = Questionnaire.STANDARD;
        responses = NationalDataset.options(questionnaire, Instrument.IIT, RESPONSES, NationalDataset.SEED);
    }

    /**
     * The library: an accumulator adds every response (checking each option), then the exact score of every
     * question is computed from the tally.
     *
     * @return the question scores
     */
    @Benchmark
    public List<Score> library() {
        Tally.Accumulator accumulator = Tally.accumulator(questionnaire, Instrument.IIT);
        for (byte[] response : responses) {
            accumulator.addOptions(response);
        }
        Tally tally = accumulator.toTally();
        List<Score> scores = new ArrayList<>(30);
        for (Question q : questionnaire.questions(Instrument.IIT)) {
            scores.add(tally.questionScore(q, AnswerScale.EXACT_THIRDS).orElseThrow());
        }
        return scores;
    }

    /**
     * The library on every core: the batch split into as many chunks as the common fork-join pool has threads
     * (its own and the caller's), each tallied by an accumulator of its own, the accumulators combined (exactly,
     * in any order) and scored once.
     *
     * @return the thirty question scores
     */
    @Benchmark
    public List<Score> parallel() {
        int chunks = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1;
        Tally tally = java.util.stream.IntStream.range(0, chunks).parallel().mapToObj(c -> {
            Tally.Accumulator accumulator = Tally.accumulator(questionnaire, Instrument.IIT);
            for (int i = c * responses.length / chunks; i < (c + 1) * responses.length / chunks; i++) {
                accumulator.addOptions(responses[i]);
            }
            return accumulator;
        }).reduce(Tally.Accumulator::combine).orElseThrow().toTally();
        List<Score> scores = new ArrayList<>(30);
        for (Question q : questionnaire.questions(Instrument.IIT)) {
            scores.add(tally.questionScore(q, AnswerScale.EXACT_THIRDS).orElseThrow());
        }
        return scores;
    }

    /**
     * The physical baseline: add each answer code into a per-question sum and count, nothing else.
     *
     * @return the sums and counts
     */
    @Benchmark
    public long[] baseline() {
        long[] sums = new long[60];
        for (byte[] response : responses) {
            for (int i = 0; i < response.length; i++) {
                int code = response[i];
                if (code >= 0) {
                    sums[i] += code;
                    sums[30 + i]++;
                }
            }
        }
        return sums;
    }
}
