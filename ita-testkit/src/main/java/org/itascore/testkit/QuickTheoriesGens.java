package org.itascore.testkit;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Adapts a {@link Generator} to QuickTheories (an optional dependency of the kit: add
 * {@code org.quicktheories:quicktheories} to use this class).
 *
 * <pre>{@code
 * qt().withFixedSeed(2569).forAll(QuickTheoriesGens.of(Generators.reports(Editions.builtIn())))
 *     .check(report -> myTotal(report).equals(Oracles.total(report, Editions.builtIn())));
 * }</pre>
 *
 * <p>QuickTheories draws a seed and a size from its own randomness source and shrinks those, toward seed 0
 * and size 0; for the kit's shrinker of a failing value, run {@link Property#shrink} on it.
 */
// The adapter's whole point is to return QuickTheories' Gen, from a module read only by whoever uses the adapter
// (requires static): javac's "exports" lint would have it read transitively, which a static automatic module cannot be.
@SuppressWarnings("exports")
public final class QuickTheoriesGens {

    private QuickTheoriesGens() {
    }

    /**
     * {@return the generator as a QuickTheories {@code Gen}, of sizes up to 100}
     *
     * @param generator the generator
     * @param <T> the type of the values
     */
    public static <T> Gen<T> of(Generator<T> generator) {
        requireNonNull(generator, "generator");
        return in -> {
            long seed = in.next(Constraint.between(0, Long.MAX_VALUE));
            int size = (int) in.next(Constraint.between(0, 100));
            return generator.next(new SplittableRandom(seed), size);
        };
    }
}
