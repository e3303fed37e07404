package org.itascore.whatif;
import static java.util.Objects.requireNonNull;

import org.itascore.Indicator;
import org.itascore.Rational;
import org.itascore.Score;

/**
 * One indicator of a {@link CombinedPlan}: its score now and the two-decimal score the plan needs.
 *
 * @param indicator the indicator
 * @param now its current score, exact
 * @param needed the two-decimal score the plan needs, above {@code now}
 */
public record IndicatorChange(Indicator indicator, Score now, Score needed) {

    /**
     * Creates a change.
     *
     * @param indicator the indicator
     * @param now its current score, exact
     * @param needed the two-decimal score the plan needs, above {@code now}
     * @throws NullPointerException if any argument is null
     */
    public IndicatorChange {
        requireNonNull(indicator, "indicator");
        requireNonNull(now, "now");
        requireNonNull(needed, "needed");
    }

    /** {@return how many points the indicator must rise: needed minus now, exact} */
    public Rational raise() {
        return needed.exact().minus(now.exact());
    }
}
