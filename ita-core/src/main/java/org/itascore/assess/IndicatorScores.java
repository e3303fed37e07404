package org.itascore.assess;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.Score;

/**
 * The scores of an office's indicators, one score per indicator.
 *
 * <p>Build with {@link #builder()}, which refuses an indicator given twice, or with {@link #of(Map)}.
 * Whether the set is complete is checked against an edition by {@link Assessor}. Immutable and
 * thread-safe; equal when they hold the same scores.
 */
public final class IndicatorScores {

    private final ImmutableSortedMap<Indicator, Score> scores;

    private IndicatorScores(Map<Indicator, Score> scores) {
        this.scores = ImmutableSortedMap.copyOf(scores, Comparator.comparingInt(Indicator::number));
    }

    /**
     * Returns the scores of a map.
     *
     * @param scores scores by indicator
     * @return the scores
     */
    public static IndicatorScores of(Map<Indicator, Score> scores) {
        requireNonNull(scores, "scores");
        scores.forEach((k, v) -> {
            requireNonNull(k, "indicator");
            requireNonNull(v, "score");
        });
        return new IndicatorScores(scores);
    }

    /**
     * Returns the scores of indicators 1, 2, 3 ... in order, written as text with ASCII or Thai digits.
     *
     * @param scores the scores of indicators 1 to {@code scores.length}
     * @return the scores
     * @throws InvalidInputException listing every score that is malformed or outside [0, 100], or if there
     *     are more than ten
     */
    public static IndicatorScores parse(String... scores) {
        Builder builder = builder();
        for (int i = 0; i < scores.length; i++) {
            builder.put(i + 1, scores[i]);
        }
        return builder.build();
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the scores by indicator, by number} */
    public ImmutableSortedMap<Indicator, Score> asMap() {
        return scores;
    }

    /**
     * {@return its score, if given}
     *
     * @param indicator an indicator
     */
    public Optional<Score> get(Indicator indicator) {
        return Optional.ofNullable(scores.get(indicator));
    }

    /**
     * Returns these scores with one indicator's score replaced or added.
     *
     * @param indicator the indicator
     * @param score its new score
     * @return the new scores
     */
    public IndicatorScores with(Indicator indicator, Score score) {
        Map<Indicator, Score> copy = new TreeMap<>(scores);
        copy.put(requireNonNull(indicator, "indicator"), requireNonNull(score, "score"));
        return new IndicatorScores(copy);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IndicatorScores other && scores.equals(other.scores);
    }

    @Override
    public int hashCode() {
        return scores.hashCode();
    }

    /** {@return for example {@code "{1=98.71, 2=90.03}"}} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        scores.forEach((k, v) -> out.append(out.length() == 1 ? "" : ", ").append(k.number()).append('=').append(v));
        return out.append('}').toString();
    }

    /**
     * Builds {@link IndicatorScores}; {@link #build()} lists every problem at once. Not thread-safe.
     */
    public static final class Builder {
        private final Map<Indicator, Score> scores = new TreeMap<>();
        private final List<Problem> problems = new ArrayList<>();

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param indicator the indicator
         * @param score its score
         */
        public Builder put(Indicator indicator, Score score) {
            requireNonNull(indicator, "indicator");
            requireNonNull(score, "score");
            if (scores.putIfAbsent(indicator, score) != null) {
                problems.add(new Problem(ProblemKind.DUPLICATE, field(indicator.number()), score.toString(), Message.of("indicators.duplicate")));
            }
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param number the indicator's number, 1 to 10
         * @param score its score
         */
        public Builder put(int number, Score score) {
            try {
                return put(Indicator.ofNumber(number), score);
            } catch (InvalidInputException e) {
                problems.add(new Problem(field(number), score.toString(), Message.of("indicators.unknown")));
                return this;
            }
        }

        /**
         * {@return this builder}
         *
         * @param number the indicator's number, 1 to 10
         * @param score its score as text with ASCII or Thai digits, for example {@code "๙๖.๖๑"}
         */
        public Builder put(int number, String score) {
            try {
                return put(number, Score.parse(score));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(p.under(field(number))));
                return this;
            }
        }

        private static Location field(int number) {
            return Location.of("indicators", Integer.toString(number));
        }

        /**
         * {@return the scores}
         *
         * @throws InvalidInputException listing every problem found while putting scores
         */
        public IndicatorScores build() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new IndicatorScores(scores);
        }
    }
}
