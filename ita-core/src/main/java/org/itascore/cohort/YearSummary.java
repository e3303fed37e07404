package org.itascore.cohort;

import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.Rational;
import org.itascore.Score;

/**
 * One fiscal year of a cohort that spans several: how many offices were assessed, how many passed, the
 * pass rate against the target and its change from the year before. Made only by {@link CohortYears}.
 * Immutable and thread-safe.
 */
public final class YearSummary {

    private final FiscalYear fiscalYear;
    private final long offices;
    private final long passed;
    private final Score mean;
    private final Rational target;
    private final Optional<Rational> change;

    YearSummary(FiscalYear fiscalYear, long offices, long passed, Score mean, Rational target, Optional<Rational> change) {
        this.fiscalYear = fiscalYear;
        this.offices = offices;
        this.passed = passed;
        this.mean = mean;
        this.target = target;
        this.change = change;
    }

    /** {@return the fiscal year} */
    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    /** {@return how many offices were assessed that year} */
    public long offices() {
        return offices;
    }

    /** {@return how many of them passed} */
    public long passed() {
        return passed;
    }

    /** {@return the share of offices that passed, exact} */
    public Rational passRate() {
        return Rational.of(passed, offices);
    }

    /** {@return the mean total of the year's offices, exact} */
    public Score mean() {
        return mean;
    }

    /** {@return whether the pass rate reaches the target share} */
    public boolean targetMet() {
        return passRate().compareTo(target) >= 0;
    }

    /** {@return the change of the pass rate from the cohort's previous year, as a share; empty for the first year} */
    public Optional<Rational> change() {
        return change;
    }

    @Override
    public String toString() {
        return fiscalYear + ": " + passed + " of " + offices + " passed";
    }
}
