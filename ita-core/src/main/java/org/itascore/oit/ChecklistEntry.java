package org.itascore.oit;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/**
 * One line of an office's OIT checklist: whether an item is published, and the address where it is.
 *
 * @param item the item's id, for example {@code "O1"}
 * @param present whether the office published it
 * @param evidence the address of the published document; required (http or https) when present
 */
public record ChecklistEntry(String item, boolean present, Optional<URI> evidence) {

    /**
     * Creates an entry. Whether the evidence is required and well-formed is checked by {@link OitChecklist}.
     *
     * @param item the item's id, for example {@code "O1"}
     * @param present whether the office published it
     * @param evidence the address of the published document; required (http or https) when present
     * @throws NullPointerException if any argument is null
     */
    public ChecklistEntry {
        requireNonNull(item, "item");
        requireNonNull(evidence, "evidence");
    }

    /**
     * {@return an entry for a published item}
     *
     * @param item the item's id
     * @param evidence the address of the published document
     */
    public static ChecklistEntry present(String item, URI evidence) {
        return new ChecklistEntry(item, true, Optional.of(evidence));
    }

    /**
     * {@return an entry for an item not published}
     *
     * @param item the item's id
     */
    public static ChecklistEntry absent(String item) {
        return new ChecklistEntry(item, false, Optional.empty());
    }
}
