package org.itascore.testkit;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Runs a property over generated values without any test framework: a fixed seed, sizes growing with each
 * example, and on the first failure the value shrunk to the simplest that still fails. The failure names the
 * seed, so a failing run is repeated exactly.
 *
 * <pre>{@code
 * Property.check("my total is the library's", Generators.reports(editions), 2569L, 1000,
 *         report -> myTotal(report).equals(Oracles.total(report, editions)));
 * }</pre>
 */
public final class Property {

    /** How many shrinking steps are tried at most, so that a shrinker that cycles cannot hang a test. */
    public static final int MAX_SHRINKS = 10_000;

    private Property() {
    }

    /**
     * Checks a property.
     *
     * @param name the property's name, for the failure
     * @param generator the values
     * @param seed the seed; the same seed gives the same values
     * @param examples how many values to try
     * @param property what must hold of every value
     * @param <T> the type of the values
     * @throws Falsified if a value breaks the property, carrying the simplest such value found
     */
    public static <T> void check(String name, Generator<T> generator, long seed, int examples, Predicate<T> property) {
        requireNonNull(name, "name");
        requireNonNull(generator, "generator");
        requireNonNull(property, "property");
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < examples; n++) {
            T value = generator.next(random, Math.min(100, 1 + n * 100 / Math.max(1, examples)));
            if (!holds(property, value)) {
                T simplest = shrink(generator, value, property.negate());
                throw new Falsified(name, seed, n, value, simplest, failure(property, simplest));
            }
        }
    }

    /**
     * Shrinks a value that fails to the simplest that still fails: each step takes the first simpler candidate
     * that fails, until none does.
     *
     * @param generator the generator that made the value, for its shrinker
     * @param failing a value that fails
     * @param fails whether a candidate still fails
     * @param <T> the type of the values
     * @return the simplest failing value found
     */
    public static <T> T shrink(Generator<T> generator, T failing, Predicate<T> fails) {
        T current = failing;
        int steps = 0;
        boolean smaller = true;
        while (smaller && steps < MAX_SHRINKS) {
            smaller = false;
            for (T candidate : generator.shrink(current)) {
                steps++;
                if (!candidate.equals(current) && fails(fails, candidate)) {
                    current = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return current;
    }

    /** {@return what the property threw for a value, such as an oracle's "expected X, got Y"; null if it returned false} */
    private static <T> Throwable failure(Predicate<T> property, T value) {
        try {
            property.test(value);
            return null;
        } catch (RuntimeException | AssertionError e) {
            return e;
        }
    }

    /**
     * {@return a value as a failure shows it: a report, an assessment or a checklist in its JSON format (compact),
     * a list element by element, anything else as it prints itself}
     */
    static String describe(Object value) {
        org.itascore.json.ItaJson json = org.itascore.json.ItaJson.standard().compact();
        if (value instanceof org.itascore.report.IndicatorReport
                || value instanceof org.itascore.oit.ChecklistInput || value instanceof org.itascore.plan.ActionPlan) {
            try {
                return json.writeValue(value).strip();
            } catch (RuntimeException e) {
                return String.valueOf(value);
            }
        }
        if (value instanceof org.itascore.assess.Assessment a) {
            return json.write(a).strip();
        }
        if (value instanceof java.util.List<?> list) {
            return "[" + String.join(", ", list.stream().map(Property::describe).toList()) + "]";
        }
        return String.valueOf(value);
    }

    private static <T> boolean holds(Predicate<T> property, T value) {
        try {
            return property.test(value);
        } catch (RuntimeException | AssertionError e) {
            return false;
        }
    }

    private static <T> boolean fails(Predicate<T> fails, T value) {
        try {
            return fails.test(value);
        } catch (RuntimeException | AssertionError e) {
            return true;
        }
    }

    /**
     * A property broken by a generated value: the original and the simplest failing value found, shown in the
     * library's JSON formats where they have one, and as its cause what the property threw for the simplest (an
     * oracle's "expected X, got Y"), its message in this one's.
     */
    public static final class Falsified extends AssertionError {

        private static final long serialVersionUID = 1L;

        /** The simplest failing value found. */
        private final transient Object simplest;

        Falsified(String name, long seed, int example, Object original, Object simplest, Throwable cause) {
            super("property \"" + name + "\" is false (seed " + seed + ", example " + example + ")"
                    + (cause == null ? "" : "\n  because: " + cause.getMessage())
                    + "\n  simplest: " + describe(simplest) + "\n  original: " + describe(original), cause);
            this.simplest = simplest;
        }

        /** {@return the simplest failing value found} */
        public Object simplest() {
            return simplest;
        }
    }
}
