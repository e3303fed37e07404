package org.itascore.assess;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.Weight;

/**
 * The result of one instrument in an {@link Assessment}.
 *
 * @param instrument the instrument
 * @param score the weighted mean of its indicators' scores, exact
 * @param weight its weight in the overall score
 * @param indicators the indicators it measures, by number
 */
public record InstrumentResult(Instrument instrument, Score score, Weight weight, ImmutableList<Indicator> indicators) {

    /**
     * Creates a result.
     *
     * @param instrument the instrument
     * @param score the weighted mean of its indicators' scores, exact
     * @param weight its weight in the overall score
     * @param indicators the indicators it measures, by number
     *
     * @throws NullPointerException if any argument is null
     */
    public InstrumentResult {
        requireNonNull(instrument, "instrument");
        requireNonNull(score, "score");
        requireNonNull(weight, "weight");
        requireNonNull(indicators, "indicators");
    }
}
