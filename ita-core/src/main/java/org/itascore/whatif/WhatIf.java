package org.itascore.whatif;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.ProblemKind;
import org.itascore.Instrument;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.Verdict;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.VerdictRule;

/**
 * What-if targets: for an assessment and a {@link Target}, what each indicator alone must score to reach
 * it, and, for a verdict with per-instrument minimums, what each instrument must score.
 *
 * <p>Each answer is found by re-scoring with the edition's own {@link Assessor}: the least two-decimal
 * score (rounded up, so that it really reaches the target) is found by bisection over re-scored
 * assessments, which is exact because raising an indicator never lowers the total, its grade or verdict.
 * So every answer reaches the target by construction, and 0.01 less does not.
 *
 * <p>Where no indicator alone reaches the target, or to spend the fewest points, {@link #combined()} gives
 * the cheapest combination of improvements ({@link CombinedPlan#fewestPoints}) and
 * {@link #fewestIndicators()} the combination that changes the fewest indicators.
 */
public final class WhatIf {

    private final Assessment assessment;
    private final Target target;
    private final boolean reached;
    private final ImmutableList<IndicatorNeed> indicators;
    private final ImmutableList<InstrumentNeed> instruments;
    private final CombinedPlan combined;
    private final CombinedPlan fewestIndicators;

    WhatIf(Assessment assessment, Target target, boolean reached, ImmutableList<IndicatorNeed> indicators,
            ImmutableList<InstrumentNeed> instruments, CombinedPlan combined, CombinedPlan fewestIndicators) {
        requireNonNull(assessment, "assessment");
        requireNonNull(target, "target");
        requireNonNull(indicators, "indicators");
        requireNonNull(instruments, "instruments");
        this.assessment = assessment;
        this.target = target;
        this.reached = reached;
        this.indicators = indicators;
        this.instruments = instruments;
        this.combined = requireNonNull(combined, "combined");
        this.fewestIndicators = requireNonNull(fewestIndicators, "fewestIndicators");
    }

    /** {@return the cheapest combination of indicator improvements that reaches the target: fewest total points} */
    public CombinedPlan combined() {
        return combined;
    }

    /** {@return the combination that changes the fewest indicators, and among those the fewest points} */
    public CombinedPlan fewestIndicators() {
        return fewestIndicators;
    }

    /** {@return the assessment asked about} */
    public Assessment assessment() {
        return assessment;
    }

    /** {@return the target} */
    public Target target() {
        return target;
    }

    /** {@return whether the assessment already reaches the target} */
    public boolean reached() {
        return reached;
    }

    /** {@return what each indicator alone needs, by leverage (the largest first), then by the raise needed, then by number} */
    public ImmutableList<IndicatorNeed> indicators() {
        return indicators;
    }

    /** {@return for a verdict with per-instrument minimums, what each instrument needs; otherwise empty} */
    public ImmutableList<InstrumentNeed> instruments() {
        return instruments;
    }


    private static final int HUNDREDTHS = 10_000;

    /**
     * Answers what it takes to reach a target.
     *
     * @param assessment the assessment
     * @param target the target
     * @return the answer
     * @throws InvalidInputException if the target is a verdict and the assessment's edition gives no verdicts
     */
    public static WhatIf of(Assessment assessment, Target target) {
        requireNonNull(assessment, "assessment");
        requireNonNull(target, "target");
        if (target instanceof Target.AtLeastVerdict verdict && assessment.edition().verdictScheme().isEmpty()) {
            throw InvalidInputException.of(ProblemKind.CONFLICT, Location.of("target"), verdict.verdict().name(),
                    Message.of("target.noVerdicts", assessment.edition().id()));
        }
        List<IndicatorNeed> needs = new ArrayList<>();
        for (Indicator indicator : assessment.edition().indicators()) {
            needs.add(new IndicatorNeed(indicator, assessment.indicator(indicator).score(), least(assessment, indicator, target),
                    assessment.edition().effectiveWeight(indicator).times(100)));
        }
        needs.sort(Comparator.comparing(IndicatorNeed::leverage).reversed()
                .thenComparing(n -> n.raise().orElse(Rational.HUNDRED))
                .thenComparing(n -> n.indicator().number()));
        Combination combination = Combination.of(assessment, target);
        return new WhatIf(assessment, target, target.isReachedBy(assessment), ImmutableList.copyOf(needs),
                instrumentNeeds(assessment, target), combination.fewestPoints(), combination.fewestIndicators());
    }

    /**
     * Re-scores an assessment with one indicator's score replaced.
     *
     * @param assessment the assessment
     * @param indicator the indicator
     * @param score its new score
     * @return the new assessment
     */
    public static Assessment rescore(Assessment assessment, Indicator indicator, Score score) {
        IndicatorScores scores = assessment.scores().with(indicator, score);
        return Assessor.assess(assessment.edition(), assessment.office(), assessment.fiscalYear(), scores);
    }

    private static Optional<Score> least(Assessment a, Indicator indicator, Target target) {
        Score current = a.indicator(indicator).exactScore();
        if (target.isReachedBy(a)) {
            return Optional.of(current);
        }
        int low = ceilingHundredths(current);
        if (!target.isReachedBy(rescore(a, indicator, Score.HUNDRED))) {
            return Optional.empty();
        }
        int high = HUNDREDTHS;
        // invariant: high reaches the target; every value below low does not
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (target.isReachedBy(rescore(a, indicator, hundredths(mid)))) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return Optional.of(hundredths(high));
    }

    private static int ceilingHundredths(Score s) {
        Rational hundredths = s.exact().times(100);
        java.math.BigInteger[] qr = hundredths.numerator().divideAndRemainder(hundredths.denominator());
        return qr[0].intValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    private static Score hundredths(int value) {
        return Score.of(BigDecimal.valueOf(value, 2));
    }

    private static ImmutableList<InstrumentNeed> instrumentNeeds(Assessment a, Target target) {
        if (!(target instanceof Target.AtLeastVerdict verdictTarget) || a.edition().verdictScheme().isEmpty()) {
            return ImmutableList.of();
        }
        Verdict wanted = verdictTarget.verdict();
        Optional<VerdictRule> rule = a.edition().verdictScheme().get().rules().stream()
                .filter(r -> r.verdict() == wanted).findFirst();
        if (rule.isEmpty() || rule.get().minimumEachInstrument().isEmpty()) {
            return ImmutableList.of();
        }
        Score minimum = rule.get().minimumEachInstrument().get();
        ImmutableList.Builder<InstrumentNeed> needs = ImmutableList.builder();
        for (Instrument instrument : a.edition().instruments()) {
            needs.add(new InstrumentNeed(instrument, a.instrument(instrument).score(), minimum));
        }
        return needs.build();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof WhatIf other && assessment.equals(other.assessment) && target.equals(other.target) && reached == other.reached && indicators.equals(other.indicators) && instruments.equals(other.instruments)
                && combined.equals(other.combined) && fewestIndicators.equals(other.fewestIndicators);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(assessment, target, reached, indicators, instruments);
    }

    @Override
    public String toString() {
        return "WhatIf[" + "assessment=" + assessment + ", " + "target=" + target + ", " + "reached=" + reached + ", " + "indicators=" + indicators + ", " + "instruments=" + instruments + "]";
    }
}
