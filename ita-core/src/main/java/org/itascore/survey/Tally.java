package org.itascore.survey;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collector;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Rational;
import org.itascore.Score;

/**
 * The exact tally of one instrument's survey: for every question, how many respondents gave each answer,
 * and how many responses there were.
 *
 * <p>Counts are exact and order-free, so tallies merge: {@link #merge} is associative and commutative
 * and {@link #empty} is its identity. Scoring a batch in chunks (in parallel, or on several machines) and
 * merging gives exactly the tally of one pass; {@link #collector} does that for a stream. Scores are
 * computed from the counts with exact fractions: a question's score is the mean of its respondents' points.
 *
 * <p>Immutable and thread-safe. For adding responses one by one use an {@link Accumulator}.
 */
public final class Tally {

    /** Each question's counts take this many slots of the flat count array, whatever its kind (six levels at most). */
    static final int STRIDE = 6;

    private final Questionnaire questionnaire;
    private final Instrument instrument;
    private final long[] counts;
    private final long respondents;
    private final long blankResponses;

    private Tally(Questionnaire questionnaire, Instrument instrument, long[] counts, long respondents, long blankResponses) {
        this.questionnaire = questionnaire;
        this.instrument = instrument;
        this.counts = counts;
        this.respondents = respondents;
        this.blankResponses = blankResponses;
    }

    /**
     * Returns the tally of no responses.
     *
     * @param questionnaire the questionnaire
     * @param instrument the instrument, IIT or EIT
     * @return the empty tally
     */
    public static Tally empty(Questionnaire questionnaire, Instrument instrument) {
        return accumulator(questionnaire, instrument).toTally();
    }

    /**
     * Returns a mutable accumulator, for adding responses one by one. Not thread-safe: use one per thread
     * and {@linkplain Accumulator#combine combine} them.
     *
     * @param questionnaire the questionnaire
     * @param instrument the instrument, IIT or EIT
     * @return a new, empty accumulator
     */
    public static Accumulator accumulator(Questionnaire questionnaire, Instrument instrument) {
        return new Accumulator(requireNonNull(questionnaire, "questionnaire"), requireNonNull(instrument, "instrument"));
    }

    /**
     * Returns a collector that tallies a stream of responses, in parallel if the stream is.
     *
     * @param questionnaire the questionnaire
     * @param instrument the instrument, IIT or EIT
     * @return the collector
     */
    public static Collector<Response, Accumulator, Tally> collector(Questionnaire questionnaire, Instrument instrument) {
        return Collector.of(() -> accumulator(questionnaire, instrument), Accumulator::add, Accumulator::combine,
                Accumulator::toTally, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns the tally of both batches.
     *
     * @param other a tally of the same questionnaire and instrument
     * @return the merged tally
     * @throws IllegalArgumentException if the questionnaires or instruments differ
     */
    public Tally merge(Tally other) {
        requireNonNull(other, "other");
        checkCompatible(questionnaire, instrument, other.questionnaire, other.instrument);
        long[] sum = counts.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] = Math.addExact(sum[i], other.counts[i]);
        }
        return new Tally(questionnaire, instrument, sum, Math.addExact(respondents, other.respondents),
                Math.addExact(blankResponses, other.blankResponses));
    }

    private static void checkCompatible(Questionnaire q1, Instrument i1, Questionnaire q2, Instrument i2) {
        if (i1 != i2 || !q1.equals(q2)) {
            throw new IllegalArgumentException("cannot merge tallies of different instruments or questionnaires: "
                    + i1 + " and " + i2);
        }
    }

    /** {@return the questionnaire} */
    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** {@return the instrument} */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * {@return the number of respondents: responses that answered at least one question}; a blank response,
     * with no answer at all, says nothing of the office and is not a respondent (see {@link #blankResponses()})
     */
    public long respondents() {
        return respondents;
    }

    /**
     * {@return the number of blank responses: responses with no answer at all, which were not counted as
     * respondents, so that they cannot make up the minimum number of respondents}
     */
    public long blankResponses() {
        return blankResponses;
    }

    /**
     * {@return how many respondents answered it}
     *
     * @param question a question of the instrument
     */
    public long answered(Question question) {
        int[] range = range(question);
        long n = 0;
        for (int i = range[0]; i < range[1]; i++) {
            n += counts[i];
        }
        return n;
    }

    /**
     * {@return how many respondents gave that answer}
     *
     * @param question a question of the instrument
     * @param answer an answer of the question's kind
     */
    public long count(Question question, Answer answer) {
        if (!answer.fits(question.kind())) {
            return 0;
        }
        return counts[range(question)[0] + answer.option()];
    }

    /**
     * Returns a question's score: the mean of the points its respondents' answers earn on a scale.
     *
     * @param question a question of the instrument
     * @param scale the scale of the four-level answers
     * @return the exact score, or empty when nobody answered the question
     */
    public Optional<Score> questionScore(Question question, AnswerScale scale) {
        int[] range = range(question);
        // sum of count x points over a common denominator, reduced once at the end
        BigInteger denominator = scale.commonDenominator();
        BigInteger sum = BigInteger.ZERO;
        long n = 0;
        for (int option = 0; range[0] + option < range[1]; option++) {
            long c = counts[range[0] + option];
            if (c != 0) {
                n += c;
                Rational points = scale.points(question, option);
                BigInteger scaled = points.numerator().multiply(denominator.divide(points.denominator()));
                sum = sum.add(scaled.multiply(BigInteger.valueOf(c)));
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(Score.ofFraction(sum, denominator.multiply(BigInteger.valueOf(n))));
    }

    private int[] range(Question question) {
        int position = questionnaire.position(instrument, question.id());
        if (position < 0 || !questionnaire.questions(instrument).get(position).equals(question)) {
            throw new IllegalArgumentException(question.id() + " is not a question of this " + instrument + " tally");
        }
        return new int[] {position * STRIDE, position * STRIDE + question.kind().options()};
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Tally other && instrument == other.instrument && respondents == other.respondents
                && blankResponses == other.blankResponses && Arrays.equals(counts, other.counts)
                && questionnaire.equals(other.questionnaire);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + Long.hashCode(respondents);
    }

    @Override
    public String toString() {
        return instrument + " tally of " + respondents + " responses" + (blankResponses == 0 ? "" : " (and " + blankResponses + " blank)");
    }

    /**
     * Adds responses to a tally, one by one. Mutable and not thread-safe; {@link #toTally()} takes an
     * immutable snapshot.
     */
    public static final class Accumulator {
        private final Questionnaire questionnaire;
        private final Instrument instrument;
        /** The width of one hot counter: six of them fit a long. */
        private static final int LANE_BITS = 10;
        private static final long LANE_MASK = (1L << LANE_BITS) - 1;
        /** Each response adds at most one to a lane, so this many responses never overflow a lane. */
        private static final int FLUSH_EVERY = (int) LANE_MASK;

        private final byte[] widths;
        private final long[] counts;
        /**
         * The hot counters: per question, six 10-bit lanes (one per answer option) in one long, so adding an
         * answer is one add at a fixed address. Flushed into {@link #counts} every {@value #FLUSH_EVERY}
         * responses and before the counts are read.
         */
        private final long[] packed;
        private int pending;
        private long respondents;
        private long blankResponses;

        private Accumulator(Questionnaire questionnaire, Instrument instrument) {
            this.questionnaire = questionnaire;
            this.instrument = instrument;
            this.widths = questionnaire.widths(instrument);
            this.counts = new long[widths.length * STRIDE];
            this.packed = new long[widths.length];
        }

        /**
         * Adds one response.
         *
         * @param response a response to this accumulator's questionnaire and instrument
         * @return this accumulator
         * @throws InvalidInputException if the response is to another instrument or questionnaire
         */
        public Accumulator add(Response response) {
            if (response.instrument() != instrument || response.questionnaire() != questionnaire
                    && !response.questionnaire().equals(questionnaire)) {
                throw InvalidInputException.of(Location.of("instrument"), response.instrument().name(),
                        Message.of("tally.instrument", instrument));
            }
            addOptions(response.options());
            return this;
        }

        /**
         * Adds one response given as answer options by question position, the fast path for readers that
         * decode answers themselves.
         *
         * @param options for each question of the instrument in questionnaire order, the answer's
         *     {@link Answer#option()}, or -1 when unanswered
         * @return this accumulator
         * @throws InvalidInputException if the array has the wrong length or an option outside its question's kind
         */
        public Accumulator addOptions(byte[] options) {
            byte[] width = widths;
            int questions = width.length;
            if (options.length != questions) {
                throw wrongLength(options.length);
            }
            long[] lanes = packed;
            boolean answered = false;
            for (int i = 0; i < questions; i++) {
                int option = options[i];
                // one unsigned compare: -1 (unanswered) becomes 255 and fails it like any bad option
                if ((option & 0xFF) < width[i]) {
                    lanes[i] += 1L << (option * LANE_BITS);
                    answered = true;
                } else if (option != Response.UNANSWERED) {
                    throw refuse(options, i);
                }
            }
            if (!answered) {
                blankResponses++;
                return this;
            }
            respondents++;
            if (++pending == FLUSH_EVERY) {
                flush();
            }
            return this;
        }

        // The cold paths live in their own methods, so that addOptions stays small enough to be inlined.

        private InvalidInputException wrongLength(int length) {
            return InvalidInputException.of(Location.of("answers"), Integer.toString(length),
                    Message.of("tally.slots", instrument, widths.length));
        }

        /** Undoes the counts a refused response added before its bad option, so nothing is half-written. */
        private InvalidInputException refuse(byte[] options, int bad) {
            for (int i = 0; i < bad; i++) {
                if (options[i] >= 0) {
                    packed[i] -= 1L << (options[i] * LANE_BITS);
                }
            }
            return InvalidInputException.of(Location.of("answers", questionnaire.questions(instrument).get(bad).id()),
                    Integer.toString(options[bad]), Message.of("tally.option"));
        }

        /** Moves the hot 16-bit counters into the exact counts. */
        private void flush() {
            for (int i = 0; i < packed.length; i++) {
                long lanes = packed[i];
                for (int k = 0; k < STRIDE; k++) {
                    counts[i * STRIDE + k] += (lanes >>> (k * LANE_BITS)) & LANE_MASK;
                }
                packed[i] = 0;
            }
            pending = 0;
        }

        /**
         * Adds the counts of another accumulator.
         *
         * @param other an accumulator of the same questionnaire and instrument
         * @return this accumulator
         * @throws IllegalArgumentException if the questionnaires or instruments differ
         */
        public Accumulator combine(Accumulator other) {
            checkCompatible(questionnaire, instrument, other.questionnaire, other.instrument);
            flush();
            other.flush();
            for (int i = 0; i < counts.length; i++) {
                counts[i] = Math.addExact(counts[i], other.counts[i]);
            }
            respondents = Math.addExact(respondents, other.respondents);
            blankResponses = Math.addExact(blankResponses, other.blankResponses);
            return this;
        }

        /** {@return the number of respondents added so far: responses with at least one answer} */
        public long respondents() {
            return respondents;
        }

        /** {@return the number of blank responses added so far: responses with no answer at all} */
        public long blankResponses() {
            return blankResponses;
        }

        /** {@return an immutable tally of what was added so far} */
        public Tally toTally() {
            flush();
            return new Tally(questionnaire, instrument, counts.clone(), respondents, blankResponses);
        }
    }
}
