package org.itascore.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.itascore.Instrument;
import org.itascore.survey.Answer;

/**
 * How an office's tables are read: the mapping of the IIT and EIT responses sheets, the checklist's
 * columns, and the labels a form uses in place of the standard ones. Each part is optional: a sheet without
 * one is mapped by {@link MappingProposal}. The JSON form is the {@code import-map} format of ita-json.
 * Immutable and thread-safe.
 *
 * @param iit how the IIT responses sheet is read, if not proposed from its headers
 * @param eit how the EIT responses sheet is read, if not proposed from its headers
 * @param oit the checklist sheet's columns, if not recognized from its headers
 * @param labels answers written in a form's own words: each label (compared normalized) and the answer it
 *     stands for; a label's answer must still fit each question it answers
 */
public record ImportMapping(Optional<SheetMapping> iit, Optional<SheetMapping> eit, Optional<ChecklistColumns> oit,
        ImmutableMap<String, Answer> labels) {

    /** No mapping: every sheet's columns are proposed from its headers, and only standard labels are read. */
    public static final ImportMapping PROPOSED = new ImportMapping(Optional.empty(), Optional.empty(), Optional.empty(),
            ImmutableMap.of());

    /**
     * Creates a mapping.
     *
     * @param iit how the IIT sheet is read, if given
     * @param eit how the EIT sheet is read, if given
     * @param oit the checklist's columns, if given
     * @param labels a form's own labels and the answers they stand for
     * @throws IllegalArgumentException if the IIT or EIT mapping is of the other instrument
     */
    public ImportMapping {
        requireNonNull(iit, "iit");
        requireNonNull(eit, "eit");
        requireNonNull(oit, "oit");
        labels = ImmutableMap.copyOf(labels);
        iit.filter(m -> m.instrument() != Instrument.IIT).ifPresent(m -> {
            throw new IllegalArgumentException("the iit mapping is of " + m.instrument());
        });
        eit.filter(m -> m.instrument() != Instrument.EIT).ifPresent(m -> {
            throw new IllegalArgumentException("the eit mapping is of " + m.instrument());
        });
    }

    /**
     * Creates a mapping.
     *
     * @param iit how the IIT sheet is read, if given
     * @param eit how the EIT sheet is read, if given
     * @param oit the checklist's columns, if given
     * @param labels a form's own labels and the answers they stand for
     * @return the mapping
     */
    public static ImportMapping of(Optional<SheetMapping> iit, Optional<SheetMapping> eit, Optional<ChecklistColumns> oit,
            Map<String, Answer> labels) {
        return new ImportMapping(iit, eit, oit, ImmutableMap.copyOf(labels));
    }

    /**
     * {@return the mapping of an instrument's sheet, if given}
     *
     * @param instrument IIT or EIT
     */
    public Optional<SheetMapping> sheet(Instrument instrument) {
        return switch (instrument) {
            case IIT -> iit;
            case EIT -> eit;
            case OIT -> Optional.empty();
        };
    }
}
