package org.itascore;

/**
 * What sort of problem a {@link Problem} is. Front ends use it to choose a status: an HTTP service
 * answers 400 for {@link #isMalformed() malformed} input and 422 for input that is well formed but breaks
 * a rule.
 */
public enum ProblemKind {
    /** The input cannot be read as its format at all: not JSON, not UTF-8, empty, cut short, content after the end. */
    MALFORMED,
    /** The input is larger or deeper than a documented limit. */
    LIMIT,
    /** A field that the format does not have. */
    UNKNOWN_FIELD,
    /** A required value is absent. */
    MISSING,
    /** A value given twice. */
    DUPLICATE,
    /** A value of the wrong type: a string where a number belongs, an object where a string belongs. */
    TYPE,
    /** A value of the right type that breaks its own rule: out of range, malformed, not one of the allowed values. */
    INVALID,
    /** Values that are valid alone but not together, or not under the edition: a year the edition does not cover. */
    CONFLICT;

    /** {@return whether the input could not be read as its format (MALFORMED or LIMIT)} */
    public boolean isMalformed() {
        return this == MALFORMED || this == LIMIT;
    }
}
