package org.itascore;
import static java.util.Objects.requireNonNull;



/**
 * One thing wrong with an input: what sort of problem, where it is, what value was found, and which rule
 * it breaks.
 *
 * <p>The location is structured ({@link Location}); front ends translate it into their own addressing (a
 * JSON Pointer in ita-json). The rule is written in the library's own words, as a sentence fragment that
 * names the rule, never a Java class name. Immutable and thread-safe.
 *
 * @param kind what sort of problem it is
 * @param location where the value is, relative to the input being read
 * @param value the offending value as text, or {@code null} when the value is missing
 * @param rule the rule the value breaks, for example {@code "a score lies between 0 and 100"}
 */
public record Problem(ProblemKind kind, Location location, String value, String rule) {

    /**
     * Creates a problem.
     *
     * @param kind what sort of problem it is
     * @param location where the value is, relative to the input being read
     * @param value the offending value as text, or {@code null} when the value is missing
     * @param rule the rule the value breaks
     * @throws NullPointerException if {@code kind}, {@code location} or {@code rule} is null
     */
    public Problem {
        requireNonNull(kind, "kind");
        requireNonNull(location, "location");
        requireNonNull(rule, "rule");
    }

    /**
     * Creates a problem of the usual kind: {@link ProblemKind#MISSING} when there is no value,
     * {@link ProblemKind#INVALID} otherwise.
     *
     * @param location where the value is
     * @param value the offending value as text, or {@code null} when the value is missing
     * @param rule the rule the value breaks
     */
    public Problem(Location location, String value, String rule) {
        this(value == null ? ProblemKind.MISSING : ProblemKind.INVALID, location, value, rule);
    }

    /**
     * {@return the same problem, located under a parent location}
     *
     * @param parent where the value this problem's location is relative to stands
     */
    public Problem under(Location parent) {
        return new Problem(kind, location.under(parent), value, rule);
    }

    /**
     * {@return the same problem, of another kind}
     *
     * @param other the kind
     */
    public Problem withKind(ProblemKind other) {
        return new Problem(other, location, value, rule);
    }

    /**
     * Returns the description without the location: {@code "105": a score lies between 0 and 100}; for a
     * {@link ProblemKind#MISSING missing} value {@code missing: rule}; for a problem of no single value (a
     * malformed document, a limit) the rule alone.
     *
     * @return the description
     */
    public String describe() {
        if (value != null) {
            return "\"" + value + "\": " + rule;
        }
        return kind == ProblemKind.MISSING ? "missing: " + rule : rule;
    }

    /**
     * Returns the one-line description: {@code /indicators/7: "105": a score lies between 0 and 100}; the
     * location is left out when it is the root.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return location.isRoot() ? describe() : location + ": " + describe();
    }
}
