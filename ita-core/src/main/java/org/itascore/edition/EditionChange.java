package org.itascore.edition;
import static java.util.Objects.requireNonNull;



/**
 * One rule that differs between two editions, as {@link Edition#changesFrom(Edition)} lists them.
 *
 * @param rule the rule, for example {@code "pass mark"}, {@code "weight of IIT"} or {@code "OIT item O10"}
 * @param before the rule in the earlier edition, or {@code "-"} when it had none
 * @param after the rule in the later edition, or {@code "-"} when it has none
 */
public record EditionChange(String rule, String before, String after) {

    /**
     * Creates a change.
     *
     * @param rule the rule
     * @param before the rule in the earlier edition, or {@code "-"} when it had none
     * @param after the rule in the later edition, or {@code "-"} when it has none
     * @throws NullPointerException if an argument is null
     */
    public EditionChange {
        requireNonNull(rule, "rule");
        requireNonNull(before, "before");
        requireNonNull(after, "after");
    }
}
