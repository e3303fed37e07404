package org.itascore.cohort;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Problem;
import org.itascore.edition.Editions;
import org.itascore.whatif.Target;

/**
 * The front door of the cohort use case: statistics across many offices' reports, against a pass-rate target,
 * with plans for the offices that fall short. It holds every setting the use case takes, with its default and its
 * rule; the command line ({@code ita cohort}), the service ({@code POST /v1/cohorts}) and the web app only map
 * their options, query parameters and fields onto it.
 *
 * <table>
 * <caption>The request's fields</caption>
 * <tr><th>field</th><th>default</th><th>rule</th></tr>
 * <tr><td>{@code passRate}</td><td>80% ({@link PassRate#DEFAULT})</td><td>a percentage from 0 to 100 ({@link PassRate#parse})</td></tr>
 * <tr><td>{@code planTo}</td><td>none: no plans</td><td>pass, a grade, a verdict or a score ({@link Target#parse})</td></tr>
 * <tr><td>{@code strict}</td><td>false: a report with problems is left out and named</td><td>-</td></tr>
 * <tr><td>{@code mergeDuplicates}</td><td>false: a repeated report is left out</td><td>-</td></tr>
 * </table>
 *
 * <pre>{@code
 * CohortRequest request = CohortRequest.builder().passRate("85%").planTo("pass").build();
 * CohortBuilder cohort = request.open(Editions.builtIn());
 * reports.forEach(cohort::add);                // or a reader that feeds it, as ita-json's readCohort does
 * CohortResult result = cohort.build();
 * result.statistics(request.passRate().share());
 * }</pre>
 *
 * <p>Every problem of the settings is reported at once, each located at its field ({@code passRate},
 * {@code planTo}), with the value as given. Immutable and thread-safe.
 */
public final class CohortRequest {

    private final PassRate passRate;
    private final Optional<Target> planTo;
    private final boolean strict;
    private final boolean mergeDuplicates;

    private CohortRequest(PassRate passRate, Optional<Target> planTo, boolean strict, boolean mergeDuplicates) {
        this.passRate = passRate;
        this.planTo = planTo;
        this.strict = strict;
        this.mergeDuplicates = mergeDuplicates;
    }

    /** {@return a request with every setting at its default} */
    public static CohortRequest defaults() {
        return builder().build();
    }

    /** {@return a builder with every setting at its default} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the pass-rate target} */
    public PassRate passRate() {
        return passRate;
    }

    /** {@return the target the failing offices are planned to, if plans were asked for} */
    public Optional<Target> planTo() {
        return planTo;
    }

    /** {@return whether the first report with a problem stops the cohort} */
    public boolean strict() {
        return strict;
    }

    /** {@return whether a report that repeats an earlier one exactly is counted once} */
    public boolean mergeDuplicates() {
        return mergeDuplicates;
    }

    /**
     * Opens the cohort: a builder the reports are fed to, set as this request says.
     *
     * @param editions the registry the reports' editions come from
     * @return a new builder
     */
    public CohortBuilder open(Editions editions) {
        requireNonNull(editions, "editions");
        CohortBuilder builder = strict ? CohortBuilder.strict(editions) : CohortBuilder.lenient(editions);
        planTo.ifPresent(builder::planTo);
        if (mergeDuplicates) {
            builder.mergeDuplicates();
        }
        return builder;
    }

    @Override
    public String toString() {
        return "CohortRequest[passRate=" + passRate + ", planTo=" + planTo.map(Target::describe).orElse("none")
                + ", strict=" + strict + ", mergeDuplicates=" + mergeDuplicates + "]";
    }

    /** Builds a {@link CohortRequest}; each setting may be given as text as the user wrote it. Not thread-safe. */
    public static final class Builder {
        private String passRate;
        private PassRate passRateValue = PassRate.DEFAULT;
        private String planTo;
        private Target planToValue;
        private boolean strict;
        private boolean mergeDuplicates;

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param text the pass-rate target as the user wrote it ({@code 80}, {@code 80%}), or {@code null} for the
         *     default; checked by {@link #build()}
         */
        public Builder passRate(String text) {
            this.passRate = text;
            this.passRateValue = text == null ? PassRate.DEFAULT : null;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param target the pass-rate target
         */
        public Builder passRate(PassRate target) {
            this.passRateValue = requireNonNull(target, "target");
            this.passRate = null;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param text the target to plan the failing offices to as the user wrote it ({@code pass}, {@code AA},
         *     {@code GOOD_PASS}, {@code 90}), or {@code null} for no plans; checked by {@link #build()}
         */
        public Builder planTo(String text) {
            this.planTo = text;
            this.planToValue = null;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param target the target to plan the failing offices to
         */
        public Builder planTo(Target target) {
            this.planToValue = requireNonNull(target, "target");
            this.planTo = null;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param stop whether the first report with a problem stops the cohort
         */
        public Builder strict(boolean stop) {
            this.strict = stop;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param merge whether a report that repeats an earlier one exactly (office, year, edition and scores) is
         *     counted once instead of left out
         */
        public Builder mergeDuplicates(boolean merge) {
            this.mergeDuplicates = merge;
            return this;
        }

        /**
         * Checks every setting and builds the request.
         *
         * @return the request
         * @throws InvalidInputException with every problem of the settings, each at its field
         */
        public CohortRequest build() {
            List<Problem> problems = new ArrayList<>();
            PassRate rate = passRateValue;
            if (rate == null) {
                try {
                    rate = PassRate.parse(passRate);
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
            Target target = planToValue;
            if (target == null && planTo != null) {
                try {
                    target = Target.parse(planTo);
                } catch (InvalidInputException e) {
                    problems.addAll(e.at(Location.of("planTo")).problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new CohortRequest(rate, Optional.ofNullable(target), strict, mergeDuplicates);
        }
    }
}
