package org.itascore.cohort;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.itascore.Problem;

/**
 * Why one record of a cohort was left out: its position in the input, its office when it could be read,
 * and its problems, located inside the record.
 *
 * @param index the record's position in the input, from 0 (the array index, or the value's position in
 *     newline-delimited input)
 * @param office the record's office, when the record could be read far enough to know it
 * @param problems the record's problems, at least one, located relative to the record
 */
public record RecordProblem(long index, Optional<String> office, ImmutableList<Problem> problems) {

    /**
     * Creates a record problem.
     *
     * @param index the record's position in the input, from 0
     * @param office the record's office, when known
     * @param problems the record's problems, at least one
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the index is negative or there is no problem
     */
    public RecordProblem {
        requireNonNull(office, "office");
        requireNonNull(problems, "problems");
        if (index < 0) {
            throw new IllegalArgumentException("a record index is zero or more, got " + index);
        }
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a record problem has at least one problem");
        }
    }

    /**
     * {@return a record problem}
     *
     * @param index the record's position in the input, from 0
     * @param office the record's office, when known
     * @param problems the record's problems, at least one
     */
    public static RecordProblem of(long index, Optional<String> office, List<Problem> problems) {
        return new RecordProblem(index, office, ImmutableList.copyOf(problems));
    }
}
