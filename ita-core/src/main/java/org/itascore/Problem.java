package org.itascore;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with an input: where it is, what value was found, and which rule it breaks.
 *
 * <p>Bindings translate {@link #field()} into their own addressing (a JSON pointer in {@code ita-json}).
 * Immutable and thread-safe.
 *
 * @param field where the problem is, for example {@code "indicator 7"} or {@code "fiscalYear"}; never null,
 *     empty when the value stands alone
 * @param value the offending value as text, or {@code null} when the value is missing
 * @param rule the rule the value breaks, as a sentence fragment, for example
 *     {@code "a score lies between 0 and 100"}
 */
public record Problem(String field, String value, String rule) {

    /**
     * Creates a problem.
     *
     * @param field where the problem is, for example {@code "indicator 7"} or {@code "fiscalYear"}; never null,
     *     empty when the value stands alone
     * @param value the offending value as text, or {@code null} when the value is missing
     * @param rule the rule the value breaks, as a sentence fragment, for example
     *     {@code "a score lies between 0 and 100"}
     *
     * @throws NullPointerException if {@code field} or {@code rule} is null
     */
    public Problem {
        requireNonNull(field, "field");
        requireNonNull(rule, "rule");
    }

    /**
     * Returns the same problem located under a parent field.
     *
     * @param parent the parent field, for example {@code "indicators"}
     * @return the problem at {@code parent + "." + field}, or at {@code parent} when this field is empty
     */
    public Problem under(String parent) {
        requireNonNull(parent, "parent");
        return new Problem(field.isEmpty() ? parent : parent + "." + field, value, rule);
    }

    /**
     * Returns the one-line description: {@code field: value "x": rule}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (!field.isEmpty()) {
            out.append(field).append(": ");
        }
        if (value == null) {
            out.append("missing: ");
        } else {
            out.append('"').append(value).append("\": ");
        }
        return out.append(rule).toString();
    }
}
