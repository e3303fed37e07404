package org.itascore.testkit;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Samples of a {@link Generator} for JUnit 5's parameterized tests: a {@code @MethodSource} may return a
 * stream of single values, so the kit needs no JUnit class and adds no dependency.
 *
 * <pre>{@code
 * static Stream<IndicatorReport> reports() {
 *     return JUnitSamples.values(Generators.reports(Editions.builtIn()), 2569L, 500);
 * }
 *
 * @ParameterizedTest
 * @MethodSource("reports")
 * void myTotalIsTheLibrarys(IndicatorReport report) { ... }
 * }</pre>
 */
public final class JUnitSamples {

    private JUnitSamples() {
    }

    /**
     * {@return a fixed sample of values, the same for the same seed, of sizes growing to 100: what a
     * {@code @MethodSource} method returns}
     *
     * @param generator the generator
     * @param seed the seed
     * @param count how many values
     * @param <T> the type of the values
     */
    public static <T> Stream<T> values(Generator<T> generator, long seed, int count) {
        requireNonNull(generator, "generator");
        SplittableRandom random = new SplittableRandom(seed);
        return Stream.iterate(0, n -> n + 1).limit(count)
                .map(n -> generator.next(random, Math.min(100, 1 + n * 100 / Math.max(1, count))));
    }
}
