package org.itascore.cohort;

import com.google.common.collect.ImmutableList;
import org.itascore.Rational;

/**
 * The least effort that brings a share of a cohort's offices to a target ({@link CohortPlans#toReach}).
 * Made only by the library. Immutable and thread-safe.
 */
public final class ShareGoal {

    private final Rational share;
    private final long needed;
    private final long more;
    private final ImmutableList<OfficePlan> helpFirst;
    private final boolean reachable;

    ShareGoal(Rational share, long needed, long more, ImmutableList<OfficePlan> helpFirst, boolean reachable) {
        this.share = share;
        this.needed = needed;
        this.more = more;
        this.helpFirst = helpFirst;
        this.reachable = reachable;
    }

    /** {@return the share of offices wanted, from 0 to 1} */
    public Rational share() {
        return share;
    }

    /** {@return how many offices must reach the target for the share: the share of the cohort, rounded up} */
    public long needed() {
        return needed;
    }

    /** {@return how many more offices than today must reach it; zero when the share is already met} */
    public long more() {
        return more;
    }

    /** {@return the offices to help, the cheapest plan first: as many as {@link #more()}} */
    public ImmutableList<OfficePlan> helpFirst() {
        return helpFirst;
    }

    /** {@return the total points of those offices' plans, exact} */
    public Rational points() {
        return helpFirst.stream().map(p -> p.fewestPoints().points()).reduce(Rational.ZERO, Rational::plus);
    }

    /** {@return whether enough offices have a plan; false only when some cannot reach the target at all} */
    public boolean reachable() {
        return reachable;
    }

    @Override
    public String toString() {
        return "ShareGoal[" + more + " more offices, " + points() + " points]";
    }
}
