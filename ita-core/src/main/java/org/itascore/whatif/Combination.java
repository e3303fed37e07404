package org.itascore.whatif;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.ProblemKind;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.edition.GradeBand;
import org.itascore.edition.VerdictRule;

/**
 * Finds combined plans exactly. A target is a few linear constraints on the indicator scores: the exact
 * total at least the least two-decimal total the target needs, less half a hundredth (the total is rounded
 * half up), and for a verdict with instrument minimums each instrument's exact score likewise. Raising
 * indicator i by d adds w_i x d to a constraint (w_i its weight there), so every hundredth of raise on i
 * buys the same w_i: the fewest points fill the heaviest indicators first. See docs/whatif.md for the
 * argument that this is optimal on the two-decimal grid.
 */
final class Combination {

    private static final Rational HALF_HUNDREDTH = Rational.of(1, 200);

    private final Assessment assessment;
    private final Target target;
    private final Edition edition;
    private final List<Constraint> constraints = new ArrayList<>();
    private final Score shortBy;
    private final Map<Indicator, Rational> now = new EnumMap<>(Indicator.class);

    /** One linear constraint: the sum of coefficient x score over its indicators, at least the threshold. */
    private record Constraint(Map<Indicator, Rational> coefficients, Rational threshold) {
        Rational value(Map<Indicator, Rational> x) {
            Rational sum = Rational.ZERO;
            for (Map.Entry<Indicator, Rational> e : coefficients.entrySet()) {
                sum = sum.plus(e.getValue().times(x.get(e.getKey())));
            }
            return sum;
        }
    }

    private Combination(Assessment assessment, Target target) {
        this.assessment = assessment;
        this.target = target;
        this.edition = assessment.edition();
        for (Indicator i : edition.indicators()) {
            now.put(i, assessment.indicator(i).exactScore().exact());
        }
        Rational totalNeeded = totalNeeded();
        Map<Indicator, Rational> weights = new EnumMap<>(Indicator.class);
        edition.indicators().forEach(i -> weights.put(i, edition.effectiveWeight(i)));
        constraints.add(new Constraint(weights, totalNeeded.minus(HALF_HUNDREDTH)));
        instrumentMinimum().ifPresent(minimum -> {
            for (Instrument instrument : edition.instruments()) {
                Map<Indicator, Rational> inside = new EnumMap<>(Indicator.class);
                edition.indicators(instrument).forEach(i -> inside.put(i, edition.indicatorWeight(i).exact()));
                constraints.add(new Constraint(inside, minimum.exact().minus(HALF_HUNDREDTH)));
            }
        });
        Rational short_ = totalNeeded.minus(assessment.score().exact());
        this.shortBy = Score.of(short_.max(Rational.ZERO));
    }

    static Combination of(Assessment assessment, Target target) {
        if (target instanceof Target.AtLeastVerdict verdict && assessment.edition().verdictScheme().isEmpty()) {
            throw InvalidInputException.of(ProblemKind.CONFLICT, Location.of("target"), verdict.verdict().name(),
                    Message.of("target.noVerdicts", assessment.edition().id()));
        }
        return new Combination(assessment, target);
    }

    /** The least two-decimal total the target needs. */
    private Rational totalNeeded() {
        if (target instanceof Target.PassMark) {
            return lowest(band -> edition.passes(band.grade()));
        }
        if (target instanceof Target.AtLeastGrade grade) {
            return lowest(band -> band.grade().compareTo(grade.grade()) <= 0);
        }
        if (target instanceof Target.AtLeastScore score) {
            return ceilingHundredth(score.score().exact());
        }
        return verdictRule().minimumTotal().exact();
    }

    private Rational lowest(java.util.function.Predicate<GradeBand> reaches) {
        return edition.gradeScale().bands().stream().filter(reaches).map(b -> b.lower().exact())
                .min(Comparator.naturalOrder()).orElse(Rational.of(101));
    }

    private VerdictRule verdictRule() {
        Target.AtLeastVerdict verdict = (Target.AtLeastVerdict) target;
        return edition.verdictScheme().orElseThrow().rules().stream().filter(r -> r.verdict() == verdict.verdict())
                .findFirst().orElseThrow();
    }

    private Optional<Score> instrumentMinimum() {
        return target instanceof Target.AtLeastVerdict ? verdictRule().minimumEachInstrument() : Optional.empty();
    }

    /** The plan with the fewest total points of raise. */
    CombinedPlan fewestPoints() {
        if (target.isReachedBy(assessment)) {
            return plan(Optional.of(new java.util.HashMap<>(now)));
        }
        return plan(cheapest(edition.indicators()));
    }

    /** The plan that changes the fewest indicators; among those, the fewest points. */
    CombinedPlan fewestIndicators() {
        if (target.isReachedBy(assessment)) {
            return plan(Optional.of(new java.util.HashMap<>(now)));
        }
        List<Indicator> all = edition.indicators();
        for (int size = 1; size <= all.size(); size++) {
            Optional<Map<Indicator, Rational>> best = Optional.empty();
            for (List<Indicator> subset : subsets(all, size)) {
                Optional<Map<Indicator, Rational>> found = cheapest(subset);
                if (found.isPresent() && (best.isEmpty() || better(found.get(), best.get()))) {
                    best = found;
                }
            }
            if (best.isPresent()) {
                return plan(best);
            }
        }
        return plan(Optional.empty());
    }

    /**
     * The cheapest raise of the pool's indicators that meets every constraint, or empty. An indicator whose
     * score is off the two-decimal grid (raw data) may first be raised to the grid for less than a hundredth;
     * every subset of those first steps is tried, and the rest is filled heaviest first.
     */
    private Optional<Map<Indicator, Rational>> cheapest(List<Indicator> pool) {
        List<Indicator> offGrid = pool.stream()
                .filter(i -> !onGrid(now.get(i)) && now.get(i).compareTo(Rational.HUNDRED) < 0).toList();
        Optional<Map<Indicator, Rational>> best = Optional.empty();
        for (int mask = 0; mask < 1 << offGrid.size(); mask++) {
            Map<Indicator, Rational> x = new java.util.HashMap<>(now);
            for (int b = 0; b < offGrid.size(); b++) {
                if ((mask & 1 << b) != 0) {
                    x.put(offGrid.get(b), ceilingHundredth(now.get(offGrid.get(b))));
                }
            }
            List<Indicator> fillable = pool.stream().filter(i -> onGrid(x.get(i))).toList();
            if (fill(x, fillable)) {
                lowerEach(x);
                if (best.isEmpty() || points(x).compareTo(points(best.get())) < 0) {
                    best = Optional.of(x);
                }
            }
        }
        return best;
    }

    /** Fills the instrument constraints, then the total, heaviest first; false when the pool cannot meet them. */
    private boolean fill(Map<Indicator, Rational> x, List<Indicator> pool) {
        for (int c = constraints.size() - 1; c >= 0; c--) {
            Constraint constraint = constraints.get(c);
            List<Indicator> order = pool.stream().filter(constraint.coefficients::containsKey)
                    .sorted(Comparator.comparing((Indicator i) -> constraint.coefficients.get(i)).reversed()
                            .thenComparing(now::get).thenComparing(Indicator::number))
                    .toList();
            for (Indicator i : order) {
                Rational deficit = constraint.threshold.minus(constraint.value(x));
                if (deficit.signum() <= 0) {
                    break;
                }
                Rational wanted = x.get(i).plus(deficit.dividedBy(constraint.coefficients.get(i)));
                x.put(i, wanted.compareTo(Rational.HUNDRED) >= 0 ? Rational.HUNDRED : ceilingHundredth(wanted));
            }
            if (constraint.threshold.compareTo(constraint.value(x)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Lowers each raised indicator to the least hundredth that still meets every constraint. */
    private void lowerEach(Map<Indicator, Rational> x) {
        for (Indicator i : edition.indicators()) {
            Rational raised = x.get(i);
            if (raised.equals(now.get(i))) {
                continue;
            }
            Rational drop = null;
            for (Constraint c : constraints) {
                Rational w = c.coefficients.get(i);
                if (w != null) {
                    Rational room = c.value(x).minus(c.threshold).dividedBy(w);
                    drop = drop == null ? room : drop.min(room);
                }
            }
            Rational lowest = raised.minus(drop);
            x.put(i, lowest.compareTo(now.get(i)) <= 0 ? now.get(i) : ceilingHundredth(lowest));
        }
    }

    private CombinedPlan plan(Optional<Map<Indicator, Rational>> found) {
        if (found.isEmpty()) {
            return new CombinedPlan(target, false, shortBy, ImmutableList.of());
        }
        Map<Indicator, Rational> x = found.get();
        ImmutableList.Builder<IndicatorChange> changes = ImmutableList.builder();
        IndicatorScores scores = assessment.scores();
        for (Indicator i : edition.indicators()) {
            if (!x.get(i).equals(now.get(i))) {
                Score needed = Score.of(x.get(i));
                changes.add(new IndicatorChange(i, assessment.indicator(i).exactScore(), needed));
                scores = scores.with(i, needed);
            }
        }
        Assessment after = Assessor.assess(edition, assessment.office(), assessment.fiscalYear(), scores);
        if (!target.isReachedBy(after)) {
            throw new IllegalStateException("a combined plan for " + target.describe() + " does not reach it: " + x);
        }
        return new CombinedPlan(target, true, shortBy, changes.build());
    }

    /**
     * Whether a plan beats another of as many indicators: fewer points; at equal points the one that raises
     * the weaker indicators (the lower sum of their current scores); then the first in indicator order.
     */
    private boolean better(Map<Indicator, Rational> candidate, Map<Indicator, Rational> best) {
        int byPoints = points(candidate).compareTo(points(best));
        return byPoints < 0 || byPoints == 0 && weakness(candidate).compareTo(weakness(best)) < 0;
    }

    private Rational weakness(Map<Indicator, Rational> x) {
        Rational sum = Rational.ZERO;
        for (Indicator i : edition.indicators()) {
            if (!x.get(i).equals(now.get(i))) {
                sum = sum.plus(now.get(i));
            }
        }
        return sum;
    }

    private Rational points(Map<Indicator, Rational> x) {
        Rational sum = Rational.ZERO;
        for (Indicator i : edition.indicators()) {
            sum = sum.plus(x.get(i).minus(now.get(i)));
        }
        return sum;
    }

    private static boolean onGrid(Rational r) {
        return r.times(100).denominator().equals(BigInteger.ONE);
    }

    static Rational ceilingHundredth(Rational r) {
        Rational hundredths = r.times(100);
        BigInteger[] qr = hundredths.numerator().divideAndRemainder(hundredths.denominator());
        BigInteger up = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return Rational.of(up, BigInteger.valueOf(100));
    }

    /** The subsets of a list of a size, in lexicographic order of positions. */
    private static List<List<Indicator>> subsets(List<Indicator> all, int size) {
        List<List<Indicator>> out = new ArrayList<>();
        int[] pick = new int[size];
        for (int k = 0; k < size; k++) {
            pick[k] = k;
        }
        while (true) {
            List<Indicator> subset = new ArrayList<>(size);
            for (int p : pick) {
                subset.add(all.get(p));
            }
            out.add(subset);
            int k = size - 1;
            while (k >= 0 && pick[k] == all.size() - size + k) {
                k--;
            }
            if (k < 0) {
                return out;
            }
            pick[k]++;
            for (int j = k + 1; j < size; j++) {
                pick[j] = pick[j - 1] + 1;
            }
        }
    }
}
