package org.itascore.cohort;
import com.google.common.collect.ImmutableList;
import org.itascore.edition.Edition;

/**
 * What {@link CohortBuilder} made of a cohort's records: the cohort of the records it could assess, the
 * edition whose pass mark its statistics use, and the records it left out with their problems.
 *
 * <p>Made only by {@link CohortBuilder#build()}. Immutable and thread-safe.
 */
public final class CohortResult {

    private final Cohort cohort;
    private final Edition edition;
    private final long records;
    private final ImmutableList<RecordProblem> problems;
    private final long omittedProblems;
    private final java.util.Optional<CohortPlans> plans;

    private final long merged;

    CohortResult(Cohort cohort, Edition edition, long records, long merged, ImmutableList<RecordProblem> problems, long omittedProblems,
            java.util.Optional<CohortPlans> plans) {
        this.cohort = cohort;
        this.edition = edition;
        this.records = records;
        this.problems = problems;
        this.omittedProblems = omittedProblems;
        this.plans = plans;
        this.merged = merged;
    }

    /** {@return how many records repeated an earlier one exactly and were merged into it} */
    public long merged() {
        return merged;
    }

    /** {@return the plans of the offices that do not reach the target, when the builder was asked to plan} */
    public java.util.Optional<CohortPlans> plans() {
        return plans;
    }

    /** {@return the assessments of the records that could be assessed} */
    public Cohort cohort() {
        return cohort;
    }

    /** {@return the edition of the first record assessed, whose pass mark the statistics use} */
    public Edition edition() {
        return edition;
    }

    /** {@return how many records the input held, assessed or left out} */
    public long records() {
        return records;
    }

    /** {@return how many records were left out (merged repeats are not counted)} */
    public long refused() {
        return records - merged - cohort.size();
    }

    /**
     * {@return the records left out, in input order, at most {@link CohortBuilder#MAX_RECORD_PROBLEMS}; the rest
     * are counted by {@link #omittedProblems()}}
     */
    public ImmutableList<RecordProblem> problems() {
        return problems;
    }

    /** {@return how many records left out are not listed in {@link #problems()}} */
    public long omittedProblems() {
        return omittedProblems;
    }

    /**
     * {@return the cohort by fiscal year: each year's pass rate and its change, each office's history and the
     * years it is missing from; the passing runs use the pass mark of {@link #edition()}}
     *
     * @param target the target share of offices at or above the pass mark, from 0 to 1
     */
    public CohortYears years(org.itascore.Rational target) {
        return CohortYears.of(cohort, edition.passMark(), target);
    }

    /**
     * {@return the cohort's statistics against a target share}
     *
     * @param target the target share of offices at or above the pass mark, from 0 to 1
     */
    public CohortStatistics statistics(org.itascore.Rational target) {
        return cohort.statistics(edition, target);
    }
}
