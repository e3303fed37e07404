package org.itascore;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input breaks a documented rule: a score outside [0, 100], a fiscal year that is not a
 * Buddhist Era year, a missing indicator, an invalid edition, a document that is not JSON.
 *
 * <p>It carries every {@link Problem} found, not only the first, so that a user can fix an input in one
 * pass, up to {@link #MAX_PROBLEMS}; {@link #omitted()} counts the rest. The message lists them, one per
 * line.
 */
public class InvalidInputException extends IllegalArgumentException {

    /** The most problems one exception carries; more are counted in {@link #omitted()}. */
    public static final int MAX_PROBLEMS = 100;

    private static final long serialVersionUID = 2L;

    /** The problems; an ImmutableList, which is serializable. */
    private final ImmutableList<Problem> problems;
    /** How many more problems were found than {@link #problems} keeps. */
    private final long omitted;

    /**
     * Creates the exception. Problems beyond {@link #MAX_PROBLEMS} are counted, not kept.
     *
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidInputException(List<Problem> problems) {
        this(problems, 0);
    }

    /**
     * Creates the exception for problems of which some were already left out.
     *
     * @param problems the problems, at least one
     * @param omitted how many more problems were found and not kept, zero or more
     * @throws IllegalArgumentException if {@code problems} is empty or {@code omitted} is negative
     */
    public InvalidInputException(List<Problem> problems, long omitted) {
        super(describe(problems, omitted));
        this.problems = ImmutableList.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        this.omitted = omitted + Math.max(0, problems.size() - MAX_PROBLEMS);
    }

    /**
     * Creates the exception for one problem of the usual kind (see {@link Problem#Problem(Location, String, Message)}).
     *
     * @param location where the problem is
     * @param value the offending value as given, or {@code null} when missing
     * @param rule the rule it breaks
     * @return the exception
     */
    public static InvalidInputException of(Location location, String value, Message rule) {
        return new InvalidInputException(List.of(new Problem(location, value, rule)));
    }

    /**
     * Creates the exception for one problem.
     *
     * @param kind what sort of problem it is
     * @param location where the problem is
     * @param value the offending value as given, or {@code null} when missing
     * @param rule the rule it breaks
     * @return the exception
     */
    public static InvalidInputException of(ProblemKind kind, Location location, String value, Message rule) {
        return new InvalidInputException(List.of(new Problem(kind, location, value, rule)));
    }

    private static String describe(List<Problem> problems, long omitted) {
        requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted is zero or more, got " + omitted);
        }
        long more = omitted + Math.max(0, problems.size() - MAX_PROBLEMS);
        String listed = problems.stream().limit(MAX_PROBLEMS).map(Problem::toString).collect(Collectors.joining("\n"));
        return more == 0 ? listed : listed + "\n(" + more + " more problem(s) not listed)";
    }

    /** {@return every problem kept, in the order found, at most {@link #MAX_PROBLEMS}; never empty} */
    public ImmutableList<Problem> problems() {
        return problems;
    }

    /** {@return how many more problems were found than {@link #problems()} holds} */
    public long omitted() {
        return omitted;
    }

    /**
     * Runs one step of checking an input and keeps its problems instead of stopping at them: what a request's
     * {@code build()} does for each of its fields, so that every problem of every field is listed at once.
     *
     * <pre>{@code
     * List<Problem> problems = new ArrayList<>();
     * FiscalYear year = InvalidInputException.collect(problems, () -> FiscalYear.parse(text));
     * Score score = InvalidInputException.collect(problems, () -> Score.parse(other));
     * if (!problems.isEmpty()) {
     *     throw new InvalidInputException(problems);
     * }
     * }</pre>
     *
     * @param <T> what the step makes
     * @param problems where the step's problems are added
     * @param step the step
     * @return what the step made, or {@code null} when it refused the input
     */
    public static <T> T collect(java.util.List<Problem> problems, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * Returns an exception with the same problems, each located at one place: what a parser of a single value
     * refused, told at the field that value was given in.
     *
     * @param field where the value stands
     * @return the relocated exception
     */
    public InvalidInputException at(Location field) {
        return new InvalidInputException(problems.stream().map(p -> p.at(field)).toList(), omitted);
    }

    /**
     * Returns an exception with the same problems, each located under a parent location.
     *
     * @param parent where the input these problems' locations are relative to stands
     * @return the relocated exception
     */
    public InvalidInputException under(Location parent) {
        return new InvalidInputException(problems.stream().map(p -> p.under(parent)).toList(), omitted);
    }
}
