package org.itascore.testkit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A generator of values for property-based tests, independent of any test framework: a function of a source
 * of randomness and a size, and a way to make a value smaller. {@link Property} runs one on its own;
 * {@link QuickTheoriesGens} and {@link JUnitSamples} adapt one to QuickTheories and JUnit 5; any other
 * library takes {@link #next} as its generation step and {@link #shrink} as its shrinker.
 *
 * <pre>{@code
 * Generator<Score> scores = Generators.scores();
 * Score s = scores.next(new SplittableRandom(2569), 50);
 * List<Score> smaller = scores.shrink(s);     // simpler candidates, simplest first
 * }</pre>
 *
 * @param <T> the type of the values
 */
public interface Generator<T> {

    /**
     * Generates a value.
     *
     * @param random the source of randomness; the same source state gives the same value
     * @param size how large the value may be (a list's length, a batch's responses), from 0; generators of
     *     values without a size ignore it
     * @return the value
     */
    T next(RandomGenerator random, int size);

    /**
     * Returns values simpler than this one, each valid and each still of this generator's kind, simplest
     * first: what a shrinker tries when a property fails on the value. None by default.
     *
     * @param value a value this generator made
     * @return the simpler candidates; empty when the value is as simple as it gets
     */
    default List<T> shrink(T value) {
        return List.of();
    }

    /**
     * {@return a generator of its values mapped, shrinking through the mapping when it can be undone}
     *
     * @param to the mapping
     * @param back its inverse, to shrink a mapped value as the original
     * @param <R> the type of the mapped values
     */
    default <R> Generator<R> map(Function<T, R> to, Function<R, T> back) {
        requireNonNull(to, "to");
        requireNonNull(back, "back");
        Generator<T> self = this;
        return of((random, size) -> to.apply(self.next(random, size)),
                value -> self.shrink(back.apply(value)).stream().map(to).toList());
    }

    /**
     * {@return a generator of these functions}
     *
     * @param next the generation step
     * @param shrink the shrinker: simpler candidates of a value, simplest first
     * @param <T> the type of the values
     */
    static <T> Generator<T> of(BiFunction<RandomGenerator, Integer, T> next, Function<T, List<T>> shrink) {
        requireNonNull(next, "next");
        requireNonNull(shrink, "shrink");
        return new Generator<>() {
            @Override
            public T next(RandomGenerator random, int size) {
                return next.apply(random, size);
            }

            @Override
            public List<T> shrink(T value) {
                return shrink.apply(value);
            }
        };
    }
}
