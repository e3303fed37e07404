package org.itascore;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Shared set-up for the property tests: a fixed, printed seed and at least 1,000 examples. */
// The tests are compiled into module org.itascore.core, QuickTheories is on the class path: javac's "exports" lint
// would warn that these public methods return types of a module that does not export them, which is what a test helper does.
@SuppressWarnings("exports")
public final class Theories {

    /** The seed of every property test; change it here to explore, keep it fixed to replay. */
    public static final long SEED = 0x17A2566L;
    /** The number of examples of each property. */
    public static final int EXAMPLES = 1000;

    private Theories() {
    }

    /**
     * @param property the property's name, printed with the seed
     * @return a QuickTheory with the fixed seed
     */
    public static QuickTheory qt(String property) {
        System.out.println("QuickTheories: " + property + ", seed " + SEED + ", " + EXAMPLES + " examples");
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(EXAMPLES);
    }

    /** @return scores with two decimals, as hundredths from 0 to 10000 */
    public static Gen<Integer> hundredths() {
        return integers().between(0, 10_000);
    }

    /**
     * @param hundredths a score in hundredths
     * @return the score
     */
    public static Score score(int hundredths) {
        return Score.of(BigDecimal.valueOf(hundredths, 2));
    }
}
