package org.itascore.cohort;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.history.History;

/**
 * One office across the fiscal years of a cohort: its history (differences, trend, passing run) and the
 * cohort's years it is missing from. Made only by {@link CohortYears}. Immutable and thread-safe.
 */
public final class OfficeHistory {

    private final String office;
    private final Optional<String> officeId;
    private final History history;
    private final ImmutableList<FiscalYear> missing;

    OfficeHistory(String office, Optional<String> officeId, History history, ImmutableList<FiscalYear> missing) {
        this.office = office;
        this.officeId = officeId;
        this.history = history;
        this.missing = missing;
    }

    /** {@return the office's name, as its latest record gives it} */
    public String office() {
        return office;
    }

    /** {@return the office's identifier, when its records give one} */
    public Optional<String> officeId() {
        return officeId;
    }

    /** {@return the office's totals over the years, with differences, trends and its passing run} */
    public History history() {
        return history;
    }

    /** {@return the cohort's fiscal years that have no record of this office, oldest first} */
    public ImmutableList<FiscalYear> missing() {
        return missing;
    }

    @Override
    public String toString() {
        return office + ": " + history + (missing.isEmpty() ? "" : ", missing " + missing);
    }
}
