package org.itascore.cohort;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.assess.Assessment;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.report.IndicatorReport;

/**
 * Builds a cohort from records given one at a time, whatever format they come from: the one place where a
 * cohort's reports are assessed.
 *
 * <p>Each record is assessed under the edition it names (or the default edition of its year) in the
 * registry given. A record that cannot be read or assessed is, in the {@linkplain #lenient lenient} mode,
 * recorded as a {@link RecordProblem} with its position and office, and the rest are assessed; in the
 * {@linkplain #strict strict} mode the first one stops the cohort with an {@link InvalidInputException}
 * whose problems are located under the record's index.
 *
 * <pre>{@code
 * CohortBuilder builder = CohortBuilder.lenient(Editions.builtIn());
 * reports.forEach(builder::add);
 * CohortResult result = builder.build();
 * result.statistics(Cohort.DEFAULT_TARGET);
 * result.problems();   // the records left out, with their index, office and problems
 * }</pre>
 *
 * <p>Not thread-safe: one builder reads one input. Cohorts built in parallel merge with {@link Cohort#merge}.
 */
public final class CohortBuilder {

    /** The most record problems a result lists; the rest are counted. */
    public static final int MAX_RECORD_PROBLEMS = 1_000;

    private static final int PROGRESS_EVERY = 10_000;

    private final Editions editions;
    private final boolean strict;
    /** Only what statistics need of each assessment, not the assessment: a cohort of a million must fit. */
    private final List<CohortMember> members = new ArrayList<>();
    /** The exact sums of every indicator's scores, kept as records come, so that members stay small. */
    private final ExactSums sums = new ExactSums();
    private final List<RecordProblem> problems = new ArrayList<>();
    private long omittedProblems;
    private long records;
    private Edition first;
    private LongConsumer progress = count -> { };
    private org.itascore.whatif.Target planTarget;
    private boolean mergeDuplicates;
    private long merged;
    /** The first record taken of each office and fiscal year: its index and what it said, to find repeats. */
    private final java.util.Map<String, Seen> seen = new java.util.HashMap<>();

    private record Seen(long index, Optional<String> edition, org.itascore.assess.IndicatorScores indicators) {
    }
    private final List<OfficePlan> plans = new ArrayList<>();
    private long reaching;

    private CohortBuilder(Editions editions, boolean strict) {
        this.editions = requireNonNull(editions, "editions");
        this.strict = strict;
    }

    /**
     * {@return a builder that records bad records and goes on}
     *
     * @param editions the editions the records may name
     */
    public static CohortBuilder lenient(Editions editions) {
        return new CohortBuilder(editions, false);
    }

    /**
     * {@return a builder that stops at the first bad record}
     *
     * @param editions the editions the records may name
     */
    public static CohortBuilder strict(Editions editions) {
        return new CohortBuilder(editions, true);
    }

    /**
     * Sets what is told the number of records taken, every 10,000 records and when the cohort is built.
     *
     * @param listener the listener
     * @return this builder
     */
    public CohortBuilder onProgress(LongConsumer listener) {
        this.progress = requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Plans every office that does not reach a target: its cheapest combination of improvements
     * ({@link org.itascore.whatif.CombinedPlan}), kept for {@link CohortResult#plans()}. An office whose
     * edition cannot judge the target (a verdict under an edition without verdicts) is a record problem.
     *
     * @param target the target, for example {@code Target.parse("pass")}
     * @return this builder
     */
    public CohortBuilder planTo(org.itascore.whatif.Target target) {
        this.planTarget = requireNonNull(target, "target");
        return this;
    }

    /**
     * Merges a record that repeats an earlier one exactly (the same office or office id, fiscal year, edition and
     * scores) instead of refusing it; a repeat that differs is still refused, as no rule says which is right.
     * By default every repeat is refused.
     *
     * @return this builder
     */
    public CohortBuilder mergeDuplicates() {
        this.mergeDuplicates = true;
        return this;
    }

    /** {@return whether the builder stops at the first bad record} */
    public boolean isStrict() {
        return strict;
    }

    /** {@return how many records were taken so far, assessed or left out} */
    public long records() {
        return records;
    }

    /**
     * Assesses the next record.
     *
     * @param report the record
     * @return whether it was assessed; false when it was left out (lenient mode)
     * @throws InvalidInputException in the strict mode, if the record cannot be assessed; its problems are
     *     located under the record's index
     */
    public boolean add(IndicatorReport report) {
        requireNonNull(report, "report");
        long index = next();
        String key = CohortMember.key(report.office(), report.officeId()) + " " + report.fiscalYear();
        Seen earlier = seen.get(key);
        if (earlier != null) {
            boolean same = earlier.edition().equals(report.edition()) && earlier.indicators().equals(report.indicators());
            if (mergeDuplicates && same) {
                merged++;
                return false;
            }
            Message who = report.officeId().map(id -> Message.of("cohort.who.officeId", id))
                    .orElse(Message.of("cohort.who.office", report.office()));
            leaveOut(index, Optional.of(report.office()), InvalidInputException.of(ProblemKind.DUPLICATE,
                    Location.of(report.officeId().isPresent() ? "officeId" : "office"),
                    report.officeId().orElse(report.office()),
                    Message.of(mergeDuplicates ? "cohort.duplicateDiffers" : "cohort.duplicate", who, report.fiscalYear(),
                            earlier.index(), index)));
            return false;
        }
        try {
            Assessment assessment = report.assess(editions);
            OfficePlan plan = planTarget == null ? null : plan(index, assessment);
            if (first == null) {
                first = assessment.edition();
            }
            members.add(Cohort.member(assessment, sums));
            seen.put(key, new Seen(index, report.edition(), report.indicators()));
            if (plan != null) {
                plans.add(plan);
            } else if (planTarget != null) {
                reaching++;
            }
            return true;
        } catch (InvalidInputException e) {
            leaveOut(index, Optional.of(report.office()), e);
            return false;
        }
    }

    /**
     * Records the next record as one that could not be read.
     *
     * @param office the record's office, when the reader got that far
     * @param why its problems, located relative to the record
     * @throws InvalidInputException in the strict mode, always: the problems located under the record's index
     */
    public void refuse(Optional<String> office, InvalidInputException why) {
        requireNonNull(office, "office");
        requireNonNull(why, "why");
        leaveOut(next(), office, why);
    }

    /** The office's plans, or null when it reaches the target already. */
    private OfficePlan plan(long index, Assessment assessment) {
        if (planTarget.isReachedBy(assessment)) {
            return null;
        }
        return new OfficePlan(index, assessment.office(), assessment.officeId(), assessment.fiscalYear(), assessment.exactScore(),
                org.itascore.whatif.CombinedPlan.fewestPoints(assessment, planTarget),
                org.itascore.whatif.CombinedPlan.fewestIndicators(assessment, planTarget));
    }

    private long next() {
        long index = records++;
        if (records % PROGRESS_EVERY == 0) {
            progress.accept(records);
        }
        return index;
    }

    private void leaveOut(long index, Optional<String> office, InvalidInputException why) {
        if (strict) {
            throw why.under(Location.ROOT.index(index));
        }
        if (problems.size() < MAX_RECORD_PROBLEMS) {
            problems.add(RecordProblem.of(index, office, why.problems()));
        } else {
            omittedProblems++;
        }
    }

    /**
     * Builds the result.
     *
     * @return the cohort of the records assessed and the records left out
     * @throws InvalidInputException if no record could be assessed: the input held no record, or every record
     *     was left out (then the problems are those of the records, located under their indices)
     */
    public CohortResult build() {
        progress.accept(records);
        if (members.isEmpty()) {
            if (problems.isEmpty()) {
                throw InvalidInputException.of(ProblemKind.MISSING, Location.ROOT, null,
                        Message.of("cohort.noReport"));
            }
            List<Problem> all = new ArrayList<>();
            problems.forEach(r -> r.problems().forEach(p -> all.add(p.under(Location.ROOT.index(r.index())))));
            throw new InvalidInputException(all, omittedProblems);
        }
        return new CohortResult(new Cohort(members, sums), first, records, merged, ImmutableList.copyOf(problems), omittedProblems,
                planTarget == null ? java.util.Optional.empty()
                        : java.util.Optional.of(new CohortPlans(planTarget, members.size(), reaching, plans)));
    }
}
