package org.itascore.edition;

import static java.util.Objects.requireNonNull;

/**
 * Where one rule of an edition comes from, and how sure the library is of it.
 *
 * @param rule the rule, for example {@code "instrument weights"}
 * @param certainty how sure the library is
 * @param source where it comes from, for example a document or a published result that confirms it
 * @param scope which results the rule decides: every result ({@link Scope#SCORING}), or only those from raw data
 */
public record Provenance(String rule, Certainty certainty, String source, Scope scope) {

    /** Which results a rule decides. */
    public enum Scope {
        /** Every result: a rule of scoring from indicator scores (indicators, weights, grade bands, pass mark, verdicts). */
        SCORING,
        /** Only results from raw data: the questionnaire, the answers' points, the respondents, the OIT catalogue. */
        RAW_DATA
    }

    /**
     * Creates a provenance note.
     *
     * @param rule the rule, for example {@code "instrument weights"}
     * @param certainty how sure the library is
     * @param source where it comes from, for example a document or a published result that confirms it
     * @param scope which results the rule decides
     *
     * @throws NullPointerException if any argument is null
     */
    public Provenance {
        requireNonNull(rule, "rule");
        requireNonNull(certainty, "certainty");
        requireNonNull(source, "source");
        requireNonNull(scope, "scope");
    }

    /**
     * Creates a provenance note of a rule of scoring ({@link Scope#SCORING}).
     *
     * @param rule the rule, for example {@code "instrument weights"}
     * @param certainty how sure the library is
     * @param source where it comes from
     */
    public Provenance(String rule, Certainty certainty, String source) {
        this(rule, certainty, source, Scope.SCORING);
    }
}
