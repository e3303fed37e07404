package org.itascore.whatif;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.assess.Assessment;

/**
 * The cheapest combination of indicator improvements that reaches a target: which indicators to raise
 * and to what two-decimal score, each at most 100.
 *
 * <p>Two plans answer the question ({@link #fewestPoints} and {@link #fewestIndicators}); see
 * docs/whatif.md for how each is found, why it is optimal, and how ties are broken. Every plan reaches
 * the target (it is re-scored by the edition's own assessor when it is made; {@link #apply} does it again),
 * and 0.01 less on any raised indicator does not. A plan is made only by the library. Immutable and thread-safe.
 */
public final class CombinedPlan {

    private final Target target;
    private final boolean reachable;
    private final Score shortBy;
    private final ImmutableList<IndicatorChange> changes;

    CombinedPlan(Target target, boolean reachable, Score shortBy, ImmutableList<IndicatorChange> changes) {
        this.target = requireNonNull(target, "target");
        this.reachable = reachable;
        this.shortBy = requireNonNull(shortBy, "shortBy");
        this.changes = requireNonNull(changes, "changes");
    }

    /**
     * Finds the combination with the fewest total points of raise.
     *
     * @param assessment the assessment
     * @param target the target
     * @return the plan; no changes when the assessment already reaches the target
     * @throws org.itascore.InvalidInputException if the target is a verdict and the edition gives none
     */
    public static CombinedPlan fewestPoints(Assessment assessment, Target target) {
        return Combination.of(assessment, target).fewestPoints();
    }

    /**
     * Finds the combination that changes the fewest indicators, and among those the fewest total points.
     *
     * @param assessment the assessment
     * @param target the target
     * @return the plan; no changes when the assessment already reaches the target
     * @throws org.itascore.InvalidInputException if the target is a verdict and the edition gives none
     */
    public static CombinedPlan fewestIndicators(Assessment assessment, Target target) {
        return Combination.of(assessment, target).fewestIndicators();
    }

    /** {@return the target} */
    public Target target() {
        return target;
    }

    /** {@return whether some combination reaches the target; false only when even 100 everywhere does not} */
    public boolean reachable() {
        return reachable;
    }

    /**
     * {@return how many points the total is short of the least two-decimal total the target needs (zero when
     * the total already suffices, for example when only an instrument minimum is missed); always stated}
     */
    public Score shortBy() {
        return shortBy;
    }

    /** {@return the indicators to raise, by number; empty when the target is already reached or unreachable} */
    public ImmutableList<IndicatorChange> changes() {
        return changes;
    }

    /** {@return the total points of raise over all changed indicators, exact} */
    public Rational points() {
        return changes.stream().map(IndicatorChange::raise).reduce(Rational.ZERO, Rational::plus);
    }

    /**
     * Carries the plan out: re-scores the assessment with the plan's scores, with the edition's own assessor.
     * A plan keeps no assessment of its own, so that a cohort's plans stay small.
     *
     * @param assessment the assessment the plan was made for
     * @return the assessment after the plan, which reaches the target
     */
    public Assessment apply(Assessment assessment) {
        requireNonNull(assessment, "assessment");
        org.itascore.assess.IndicatorScores scores = assessment.scores();
        for (IndicatorChange c : changes) {
            scores = scores.with(c.indicator(), c.needed());
        }
        return org.itascore.assess.Assessor.assess(assessment.edition(), assessment.office(), assessment.fiscalYear(), scores);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CombinedPlan other && target.equals(other.target) && reachable == other.reachable
                && shortBy.equals(other.shortBy) && changes.equals(other.changes);
    }

    @Override
    public int hashCode() {
        return changes.hashCode() * 31 + shortBy.hashCode();
    }

    @Override
    public String toString() {
        return "CombinedPlan[" + target.describe() + ", short by " + shortBy + (reachable ? ", " + changes : ", unreachable") + "]";
    }
}
