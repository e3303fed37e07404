package org.itascore.oit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;

/**
 * An OIT checklist as read from a file, before it is checked against a catalogue: its entries and,
 * optionally, the catalogue it answers (needed for editions without a built-in catalogue).
 *
 * @param catalogue the catalogue given with the checklist, if any
 * @param entries the entries, in the order given
 */
public record ChecklistInput(Optional<OitCatalogue> catalogue, ImmutableList<ChecklistEntry> entries) {

    /**
     * Creates the input.
     *
     * @param catalogue the catalogue given with the checklist, if any
     * @param entries the entries, in the order given
     * @throws NullPointerException if either is null
     */
    public ChecklistInput {
        requireNonNull(catalogue, "catalogue");
        requireNonNull(entries, "entries");
    }

    /**
     * {@return an input that answers the edition's catalogue}
     *
     * @param entries the entries
     */
    public static ChecklistInput of(List<ChecklistEntry> entries) {
        return new ChecklistInput(Optional.empty(), ImmutableList.copyOf(entries));
    }

    /**
     * Checks the entries against the catalogue given with them or, failing that, another one (the
     * edition's: see {@code RawAssessor.checklist}).
     *
     * @param fallback the catalogue to use when the checklist gives none
     * @return the checklist
     * @throws InvalidInputException if there is no catalogue to check against, or the entries do not fit it,
     *     listing every problem
     */
    public OitChecklist toChecklist(Optional<OitCatalogue> fallback) {
        requireNonNull(fallback, "fallback");
        OitCatalogue against = catalogue.or(() -> fallback).orElseThrow(() -> InvalidInputException.of(
                Location.of("catalogue"), null, Message.of("checklist.noCatalogue")));
        return OitChecklist.of(against, entries);
    }
}
