package org.itascore.raw;

import static java.util.Objects.requireNonNull;

import org.itascore.oit.OitChecklist;
import org.itascore.survey.Tally;

/**
 * An office's raw data for one fiscal year: the tallies of its IIT and EIT surveys, its OIT checklist, and
 * the sizes of the populations surveyed when known.
 *
 * @param iit the IIT tally
 * @param eit the EIT tally
 * @param oit the OIT checklist
 * @param populations the populations surveyed
 */
public record RawData(Tally iit, Tally eit, OitChecklist oit, Populations populations) {

    /**
     * Creates the raw data.
     *
     * @param iit the IIT tally
     * @param eit the EIT tally
     * @param oit the OIT checklist
     * @param populations the populations surveyed
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if a tally is of the wrong instrument
     */
    public RawData {
        requireNonNull(iit, "iit");
        requireNonNull(eit, "eit");
        requireNonNull(oit, "oit");
        requireNonNull(populations, "populations");
        if (iit.instrument() != org.itascore.Instrument.IIT || eit.instrument() != org.itascore.Instrument.EIT) {
            throw new IllegalArgumentException("the IIT and EIT tallies are of IIT and EIT, got "
                    + iit.instrument() + " and " + eit.instrument());
        }
    }

    /**
     * {@return raw data with unknown populations}
     *
     * @param iit the IIT tally
     * @param eit the EIT tally
     * @param oit the OIT checklist
     */
    public static RawData of(Tally iit, Tally eit, OitChecklist oit) {
        return new RawData(iit, eit, oit, Populations.UNKNOWN);
    }
}
