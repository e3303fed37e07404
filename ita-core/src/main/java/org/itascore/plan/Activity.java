package org.itascore.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.itascore.Indicator;

/**
 * One activity of an improvement plan.
 *
 * @param name what the activity is
 * @param budget its budget in baht, if the plan gives one
 * @param responsible the unit responsible for it
 * @param months the months it runs in
 * @param indicators the indicators it addresses
 */
public record Activity(String name, Optional<BigDecimal> budget, String responsible, ImmutableSortedSet<YearMonth> months,
        ImmutableSortedSet<Indicator> indicators) {

    /**
     * Creates an activity. Whether its budget and months make sense is checked by {@link PlanCoverage}.
     *
     * @param name what the activity is
     * @param budget its budget in baht, if the plan gives one
     * @param responsible the unit responsible for it
     * @param months the months it runs in
     * @param indicators the indicators it addresses
     * @throws NullPointerException if any argument is null
     */
    public Activity {
        requireNonNull(name, "name");
        requireNonNull(budget, "budget");
        requireNonNull(responsible, "responsible");
        requireNonNull(months, "months");
        requireNonNull(indicators, "indicators");
    }
}
