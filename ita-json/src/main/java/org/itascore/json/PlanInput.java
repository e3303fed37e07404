package org.itascore.json;

import static java.util.Objects.requireNonNull;

import org.itascore.plan.ActionPlan;
import org.itascore.report.IndicatorReport;

/**
 * An improvement plan as read from JSON (format 7), with the report it answers.
 *
 * @param plan the plan
 * @param report the indicator-score report whose weak indicators the plan should address
 */
public record PlanInput(ActionPlan plan, IndicatorReport report) {

    /**
     * Creates a plan input.
     *
     * @param plan the plan
     * @param report the report it answers
     * @throws NullPointerException if either is null
     */
    public PlanInput {
        requireNonNull(plan, "plan");
        requireNonNull(report, "report");
    }
}
