/**
 * A test kit for users' own property-based tests against the library, framework-neutral.
 *
 * <ul>
 *   <li>{@link org.itascore.testkit.Generator} and {@link org.itascore.testkit.Generators}: every input of the
 *       library, valid, with the rounding edges, each with a shrinker; {@link org.itascore.testkit.Property} runs
 *       a property on its own; {@link org.itascore.testkit.QuickTheoriesGens} and
 *       {@link org.itascore.testkit.JUnitSamples} adapt a generator to QuickTheories and to JUnit 5.</li>
 *   <li>{@link org.itascore.testkit.Refusals}: inputs that break exactly one documented rule, each paired with
 *       the problem the library reports (its kind and JSON pointer).</li>
 *   <li>{@link org.itascore.testkit.Oracles} and {@link org.itascore.testkit.Laws}: reusable assertions that a
 *       system's own results are the library's, and the laws a tally or a scoring function must keep.</li>
 *   <li>{@link org.itascore.testkit.Conformance}: a corpus of input and expected output files for systems not
 *       written in Java, and the check of their outputs against it.</li>
 * </ul>
 */
package org.itascore.testkit;
