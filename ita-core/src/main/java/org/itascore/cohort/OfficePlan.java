package org.itascore.cohort;

import org.itascore.FiscalYear;
import org.itascore.Score;
import org.itascore.whatif.CombinedPlan;

/**
 * One office of a cohort that does not reach the plan's target, with its combined plans. Made only by
 * {@link CohortBuilder}. Immutable and thread-safe.
 */
public final class OfficePlan {

    private final long index;
    private final String office;
    private final java.util.Optional<String> officeId;
    private final FiscalYear fiscalYear;
    private final Score score;
    private final CombinedPlan fewestPoints;
    private final CombinedPlan fewestIndicators;

    OfficePlan(long index, String office, java.util.Optional<String> officeId, FiscalYear fiscalYear, Score score,
            CombinedPlan fewestPoints, CombinedPlan fewestIndicators) {
        this.index = index;
        this.office = office;
        this.officeId = officeId;
        this.fiscalYear = fiscalYear;
        this.score = score;
        this.fewestPoints = fewestPoints;
        this.fewestIndicators = fewestIndicators;
    }

    /** {@return the record's position in the input, from 0} */
    public long index() {
        return index;
    }

    /** {@return the office} */
    public String office() {
        return office;
    }

    /** {@return the office's identifier, when its record gives one} */
    public java.util.Optional<String> officeId() {
        return officeId;
    }

    /** {@return what tells the office apart in its cohort, as {@link CohortMember#key()} does} */
    public String key() {
        return CohortMember.key(office, officeId);
    }

    /** {@return the fiscal year} */
    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    /** {@return the office's total now, exact} */
    public Score score() {
        return score;
    }

    /** {@return the combination with the fewest total points} */
    public CombinedPlan fewestPoints() {
        return fewestPoints;
    }

    /** {@return the combination that changes the fewest indicators} */
    public CombinedPlan fewestIndicators() {
        return fewestIndicators;
    }

    @Override
    public String toString() {
        return "#" + index + " " + office + ": " + fewestPoints;
    }
}
