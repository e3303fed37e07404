package org.itascore.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.itascore.FiscalYear;

/**
 * An office's improvement plan for a fiscal year (October to September).
 *
 * @param office the office
 * @param fiscalYear the fiscal year the plan runs in
 * @param activities the activities, in the plan's order
 */
public record ActionPlan(String office, FiscalYear fiscalYear, ImmutableList<Activity> activities) {

    /**
     * Creates a plan.
     *
     * @param office the office
     * @param fiscalYear the fiscal year the plan runs in
     * @param activities the activities, in the plan's order
     * @throws NullPointerException if any argument is null
     */
    public ActionPlan {
        requireNonNull(office, "office");
        requireNonNull(fiscalYear, "fiscalYear");
        requireNonNull(activities, "activities");
    }
}
