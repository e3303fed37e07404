package org.itascore.plan;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.itascore.Bilingual;
import org.itascore.Indicator;

/**
 * Something wrong with an improvement plan.
 *
 * @param kind what kind of problem
 * @param activity the activity's position in the plan (from 0), if the problem is about one
 * @param indicator the indicator, if the problem is about one
 * @param message what is wrong, in Thai and English
 */
public record PlanIssue(Kind kind, Optional<Integer> activity, Optional<Indicator> indicator, Bilingual message) {

    /** The kinds of plan problems. */
    public enum Kind {
        /** An indicator below the pass mark that no activity addresses. */
        UNCOVERED_INDICATOR,
        /** An activity scheduled in a month outside the plan's fiscal year. */
        OUTSIDE_FISCAL_YEAR,
        /** An activity with a negative budget. */
        NEGATIVE_BUDGET,
        /** An activity without a budget. */
        MISSING_BUDGET,
        /** An activity without any month. */
        UNSCHEDULED
    }

    /**
     * Creates an issue.
     *
     * @param kind what kind of problem
     * @param activity the activity's position in the plan (from 0), if the problem is about one
     * @param indicator the indicator, if the problem is about one
     * @param message what is wrong, in Thai and English
     * @throws NullPointerException if any argument is null
     */
    public PlanIssue {
        requireNonNull(kind, "kind");
        requireNonNull(activity, "activity");
        requireNonNull(indicator, "indicator");
        requireNonNull(message, "message");
    }
}
