package org.itascore.edition;

import static java.util.Objects.requireNonNull;

/**
 * Where one rule of an edition comes from, and how sure the library is of it.
 *
 * @param rule the rule, for example {@code "instrument weights"}
 * @param certainty how sure the library is
 * @param source where it comes from, for example a document or a published result that confirms it
 */
public record Provenance(String rule, Certainty certainty, String source) {

    /**
     * Creates a provenance note.
     *
     * @param rule the rule, for example {@code "instrument weights"}
     * @param certainty how sure the library is
     * @param source where it comes from, for example a document or a published result that confirms it
     *
     * @throws NullPointerException if any argument is null
     */
    public Provenance {
        requireNonNull(rule, "rule");
        requireNonNull(certainty, "certainty");
        requireNonNull(source, "source");
    }
}
