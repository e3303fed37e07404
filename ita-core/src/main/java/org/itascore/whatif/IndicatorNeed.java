package org.itascore.whatif;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.itascore.Indicator;
import org.itascore.Rational;
import org.itascore.Score;

/**
 * What one indicator alone needs to reach a target, the others unchanged.
 *
 * @param indicator the indicator
 * @param current its current score
 * @param needed the least two-decimal score that reaches the target, or empty when even 100 does not
 * @param leverage how many points of the total 100 points of this indicator are worth: its effective
 *     weight x 100 (20 for an OIT indicator of the built-in editions, 6 for an IIT one)
 */
public record IndicatorNeed(Indicator indicator, Score current, Optional<Score> needed, Rational leverage) {

    /**
     * Creates a need.
     *
     * @param indicator the indicator
     * @param current its current score
     * @param needed the least two-decimal score that reaches the target, or empty when even 100 does not
     * @param leverage the points of the total per 100 points of the indicator
     * @throws NullPointerException if any argument is null
     */
    public IndicatorNeed {
        requireNonNull(indicator, "indicator");
        requireNonNull(current, "current");
        requireNonNull(needed, "needed");
        requireNonNull(leverage, "leverage");
    }

    /** {@return whether raising this indicator alone can reach the target} */
    public boolean reachable() {
        return needed.isPresent();
    }

    /** {@return how much the indicator must rise, zero when it already suffices; empty when unreachable} */
    public Optional<Rational> raise() {
        return needed.map(n -> n.exact().minus(current.exact()).max(Rational.ZERO));
    }
}
