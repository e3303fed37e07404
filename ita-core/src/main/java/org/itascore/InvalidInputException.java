package org.itascore;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input breaks a documented rule: a score outside [0, 100], a fiscal year that is not a
 * Buddhist Era year, a missing indicator, an invalid edition.
 *
 * <p>It carries every {@link Problem} found, not only the first, so that a user can fix an input in one
 * pass. The message lists them, one per line.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems; an ImmutableList, which is serializable. */
    private final ImmutableList<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidInputException(List<Problem> problems) {
        super(describe(problems));
        this.problems = ImmutableList.copyOf(problems);
    }

    /**
     * Creates the exception for one problem.
     *
     * @param field where the problem is
     * @param value the offending value, or {@code null} when missing
     * @param rule the rule it breaks
     * @return the exception
     */
    public static InvalidInputException of(String field, String value, String rule) {
        return new InvalidInputException(List.of(new Problem(field, value, rule)));
    }

    private static String describe(List<Problem> problems) {
        requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** {@return every problem found, in the order found; never empty} */
    public ImmutableList<Problem> problems() {
        return problems;
    }

    /**
     * Returns an exception with the same problems, each located under a parent field.
     *
     * @param parent the parent field
     * @return the relocated exception
     */
    public InvalidInputException under(String parent) {
        return new InvalidInputException(problems.stream().map(p -> p.under(parent)).toList());
    }
}
