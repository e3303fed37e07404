package org.itascore.cohort;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Rational;
import org.itascore.whatif.IndicatorChange;
import org.itascore.whatif.Target;

/**
 * What a cohort must do to reach a target: each office that does not reach it with its combined plans,
 * the indicators most often needing work, and the least effort that brings a share of the offices (80%,
 * the national goal) to the target. Made only by {@link CohortBuilder} with {@link CohortBuilder#planTo}.
 * Immutable and thread-safe.
 */
public final class CohortPlans {

    /** Offices to help first: the cheapest plan first, then the smallest shortfall, then input order. */
    private static final Comparator<OfficePlan> CHEAPEST_FIRST = Comparator
            .comparing((OfficePlan p) -> p.fewestPoints().points())
            .thenComparing(p -> p.fewestPoints().shortBy())
            .thenComparingLong(OfficePlan::index);

    private final Target target;
    private final long offices;
    private final long reaching;
    private final ImmutableList<OfficePlan> plans;

    CohortPlans(Target target, long offices, long reaching, List<OfficePlan> plans) {
        this.target = target;
        this.offices = offices;
        this.reaching = reaching;
        this.plans = ImmutableList.copyOf(plans);
    }

    /** {@return the target} */
    public Target target() {
        return target;
    }

    /** {@return how many offices were assessed} */
    public long offices() {
        return offices;
    }

    /** {@return how many of them already reach the target} */
    public long reaching() {
        return reaching;
    }

    /** {@return each office that does not reach the target, with its plans, in input order} */
    public ImmutableList<OfficePlan> plans() {
        return plans;
    }

    /**
     * {@return for each indicator, how many offices' fewest-points plans raise it: the most often first, then
     * by number; indicators no plan raises are left out}
     */
    public ImmutableMap<Indicator, Long> indicatorsNeedingWork() {
        Map<Indicator, Long> counts = new EnumMap<>(Indicator.class);
        for (OfficePlan p : plans) {
            for (IndicatorChange c : p.fewestPoints().changes()) {
                counts.merge(c.indicator(), 1L, Long::sum);
            }
        }
        ImmutableMap.Builder<Indicator, Long> sorted = ImmutableMap.builder();
        counts.entrySet().stream()
                .sorted(Map.Entry.<Indicator, Long>comparingByValue().reversed().thenComparing(e -> e.getKey().number()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted.build();
    }

    /**
     * Finds the least effort that brings a share of the offices to the target: the fewest offices to help,
     * the cheapest plans first.
     *
     * @param share the share of the offices that should reach the target, from 0 to 1 (0.8 nationally)
     * @return how many more offices must reach it, which ones, and the total points of their plans
     * @throws InvalidInputException if the share is outside [0, 1]
     */
    public ShareGoal toReach(Rational share) {
        requireNonNull(share, "share");
        if (share.signum() < 0 || share.compareTo(Rational.ONE) > 0) {
            throw InvalidInputException.of(Location.of("share"), share.toString(), Message.of("share.range"));
        }
        Rational wanted = share.times(offices);
        long needed = wanted.numerator().add(wanted.denominator()).subtract(java.math.BigInteger.ONE)
                .divide(wanted.denominator()).longValueExact();
        long more = Math.max(0, needed - reaching);
        List<OfficePlan> first = plans.stream().filter(p -> p.fewestPoints().reachable()).sorted(CHEAPEST_FIRST)
                .limit(more).toList();
        return new ShareGoal(share, needed, more, ImmutableList.copyOf(first), first.size() == more);
    }

    @Override
    public String toString() {
        return "CohortPlans[" + target.describe() + ": " + reaching + " of " + offices + " reach it, " + plans.size() + " plans]";
    }
}
