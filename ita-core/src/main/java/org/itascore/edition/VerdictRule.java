package org.itascore.edition;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.itascore.Score;
import org.itascore.Verdict;

/**
 * One rule of a {@link VerdictScheme}: the verdict given when the total reaches a minimum and, optionally,
 * each instrument reaches a minimum. Thresholds are compared with two-decimal rounded scores.
 *
 * @param verdict the verdict
 * @param minimumTotal the lowest total that earns it
 * @param minimumEachInstrument the lowest score every instrument must have, if the rule has that condition
 */
public record VerdictRule(Verdict verdict, Score minimumTotal, Optional<Score> minimumEachInstrument) {

    /**
     * Creates a rule.
     *
     * @param verdict the verdict
     * @param minimumTotal the lowest total that earns it
     * @param minimumEachInstrument the lowest score every instrument must have, if the rule has that condition
     *
     * @throws NullPointerException if any argument is null
     */
    public VerdictRule {
        requireNonNull(verdict, "verdict");
        requireNonNull(minimumTotal, "minimumTotal");
        requireNonNull(minimumEachInstrument, "minimumEachInstrument");
    }

    /**
     * Returns a rule on the total alone.
     *
     * @param verdict the verdict
     * @param minimumTotal the lowest total that earns it
     * @return the rule
     */
    public static VerdictRule total(Verdict verdict, Score minimumTotal) {
        return new VerdictRule(verdict, minimumTotal, Optional.empty());
    }

    /**
     * Returns a rule on the total and on each instrument.
     *
     * @param verdict the verdict
     * @param minimumTotal the lowest total that earns it
     * @param minimumEachInstrument the lowest score each instrument must have
     * @return the rule
     */
    public static VerdictRule totalAndEachInstrument(Verdict verdict, Score minimumTotal, Score minimumEachInstrument) {
        return new VerdictRule(verdict, minimumTotal, Optional.of(minimumEachInstrument));
    }

    /** {@return the rule in words, for example {@code GOOD_PASS: total >= 85.00, each instrument >= 85.00}} */
    @Override
    public String toString() {
        return verdict + ": total >= " + minimumTotal + minimumEachInstrument.map(m -> ", each instrument >= " + m).orElse("");
    }
}
