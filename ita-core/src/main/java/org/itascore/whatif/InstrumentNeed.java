package org.itascore.whatif;

import static java.util.Objects.requireNonNull;

import org.itascore.Instrument;
import org.itascore.Score;

/**
 * What an instrument needs for a verdict that sets a minimum on each instrument.
 *
 * @param instrument the instrument
 * @param current its current score
 * @param needed the least two-decimal score that meets the verdict's minimum
 */
public record InstrumentNeed(Instrument instrument, Score current, Score needed) {

    /**
     * Creates a need.
     *
     * @param instrument the instrument
     * @param current its current score
     * @param needed the least two-decimal score that meets the verdict's minimum
     * @throws NullPointerException if any argument is null
     */
    public InstrumentNeed {
        requireNonNull(instrument, "instrument");
        requireNonNull(current, "current");
        requireNonNull(needed, "needed");
    }

    /** {@return whether the instrument already meets the minimum} */
    public boolean met() {
        return current.official().compareTo(needed) >= 0;
    }
}
