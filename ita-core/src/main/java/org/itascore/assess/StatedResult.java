package org.itascore.assess;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.Score;

/**
 * What a written result states beyond its indicator scores (its total, grade, pass, verdict, each indicator's
 * grade, pass and rank, the indicators below the pass mark), to be confirmed against the recomputation: a
 * result read back is trusted only where it agrees with what the engine gives for its indicator scores.
 *
 * <p>Every statement is optional; a statement left out is not checked. The problems are located at the fields
 * of a result as the library writes one ({@code score}, {@code grade}, {@code passed}, {@code verdict},
 * {@code indicators/2}, {@code belowPassMark}), so that a reader of a written result reports them where the
 * document has them.
 *
 * <pre>{@code
 * StatedResult stated = StatedResult.builder().score(Score.parse("90.10")).grade(Grade.A).build();
 * stated.confirm(assessment);   // throws InvalidInputException at "score" when the recomputation gives 90.05
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StatedResult {

    private final Optional<Score> score;
    private final Optional<Grade> grade;
    private final Optional<Boolean> passed;
    private final Optional<String> verdict;
    private final ImmutableList<StatedIndicator> indicators;
    private final Optional<ImmutableList<Integer>> belowPassMark;

    /** One indicator's statements, at its position in the written list. */
    private record StatedIndicator(int position, Indicator indicator, Optional<Grade> grade, Optional<Boolean> passed,
            Optional<Integer> rank) {
    }

    private StatedResult(Builder b) {
        this.score = b.score;
        this.grade = b.grade;
        this.passed = b.passed;
        this.verdict = b.verdict;
        this.indicators = ImmutableList.copyOf(b.indicators);
        this.belowPassMark = b.belowPassMark;
    }

    /** {@return a builder of the statements, none yet} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Confirms the statements against an assessment of the result's indicator scores.
     *
     * @param recomputed the assessment the engine gives for the written indicator scores
     * @throws InvalidInputException listing every statement that disagrees (code {@code result.mismatch} or
     *     {@code result.indicatorMismatch}), each with the value as written and the recomputed one
     */
    public void confirm(Assessment recomputed) {
        requireNonNull(recomputed, "recomputed");
        List<Problem> problems = new ArrayList<>();
        score.filter(s -> !s.equals(recomputed.score())).ifPresent(s -> mismatch(problems, "score", s,
                recomputed.exactScore()));
        grade.filter(g -> g != recomputed.grade()).ifPresent(g -> mismatch(problems, "grade", g, recomputed.grade()));
        passed.filter(p -> p != recomputed.passed()).ifPresent(p -> mismatch(problems, "passed", p, recomputed.passed()));
        verdict.filter(v -> !recomputed.verdict().map(x -> x.name().equals(v)).orElse(false)).ifPresent(v -> mismatch(
                problems, "verdict", v, recomputed.verdict().map(Enum::name).orElse("none")));
        for (StatedIndicator i : indicators) {
            IndicatorResult r = recomputed.indicator(i.indicator());
            boolean agrees = i.grade().map(g -> g == r.grade()).orElse(true)
                    && i.passed().map(p -> p == r.passed()).orElse(true)
                    && i.rank().map(k -> k == r.rank()).orElse(true);
            if (!agrees) {
                problems.add(new Problem(Location.of("indicators").index(i.position()),
                        "grade " + i.grade().map(Grade::name).orElse("null") + ", passed "
                                + i.passed().map(String::valueOf).orElse("null") + ", rank "
                                + i.rank().map(String::valueOf).orElse("null"),
                        Message.of("result.indicatorMismatch", r.grade(), r.passed(), r.rank())));
            }
        }
        List<Integer> below = recomputed.belowPassMark().stream().map(Indicator::number).toList();
        belowPassMark.filter(b -> !b.equals(below)).ifPresent(b -> mismatch(problems, "belowPassMark", b, below));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void mismatch(List<Problem> problems, String field, Object stated, Object computed) {
        problems.add(new Problem(Location.of(field), String.valueOf(stated), Message.of("result.mismatch", computed)));
    }

    /** Collects the statements of a written result. Not thread-safe; the result it builds is. */
    public static final class Builder {
        private Optional<Score> score = Optional.empty();
        private Optional<Grade> grade = Optional.empty();
        private Optional<Boolean> passed = Optional.empty();
        private Optional<String> verdict = Optional.empty();
        private final List<StatedIndicator> indicators = new ArrayList<>();
        private Optional<ImmutableList<Integer>> belowPassMark = Optional.empty();

        private Builder() {
        }

        /**
         * States the total.
         *
         * @param value the total as written
         * @return this builder
         */
        public Builder score(Score value) {
            this.score = Optional.of(requireNonNull(value, "value"));
            return this;
        }

        /**
         * States the grade.
         *
         * @param value the grade as written
         * @return this builder
         */
        public Builder grade(Grade value) {
            this.grade = Optional.of(requireNonNull(value, "value"));
            return this;
        }

        /**
         * States whether the total passed.
         *
         * @param value the pass as written
         * @return this builder
         */
        public Builder passed(boolean value) {
            this.passed = Optional.of(value);
            return this;
        }

        /**
         * States the verdict, by the name a result writes ({@code "GOOD_PASS"}).
         *
         * @param value the verdict's name as written
         * @return this builder
         */
        public Builder verdict(String value) {
            this.verdict = Optional.of(requireNonNull(value, "value"));
            return this;
        }

        /**
         * States an indicator's grade, pass and rank, each optional.
         *
         * @param position the indicator's position in the written list, from 0
         * @param indicator the indicator
         * @param grade its grade as written, if any
         * @param passed its pass as written, if any
         * @param rank its rank as written, if any
         * @return this builder
         */
        public Builder indicator(int position, Indicator indicator, Optional<Grade> grade, Optional<Boolean> passed,
                Optional<Integer> rank) {
            indicators.add(new StatedIndicator(position, requireNonNull(indicator, "indicator"),
                    requireNonNull(grade, "grade"), requireNonNull(passed, "passed"), requireNonNull(rank, "rank")));
            return this;
        }

        /**
         * States the indicators below the pass mark, by number in the written order.
         *
         * @param numbers the indicators' numbers
         * @return this builder
         */
        public Builder belowPassMark(List<Integer> numbers) {
            this.belowPassMark = Optional.of(ImmutableList.copyOf(numbers));
            return this;
        }

        /** {@return the statements} */
        public StatedResult build() {
            return new StatedResult(this);
        }
    }
}
