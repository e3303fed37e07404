package org.itascore.assess;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.Weight;

/**
 * The result of one instrument in an {@link Assessment}.
 */
public final class InstrumentResult implements Scored {

    private final Instrument instrument;
    private final Score score;
    private final Weight weight;
    private final ImmutableList<Indicator> indicators;

    InstrumentResult(Instrument instrument, Score score, Weight weight, ImmutableList<Indicator> indicators) {
        requireNonNull(instrument, "instrument");
        requireNonNull(score, "score");
        requireNonNull(weight, "weight");
        requireNonNull(indicators, "indicators");
        this.instrument = instrument;
        this.score = score;
        this.weight = weight;
        this.indicators = indicators;
    }

    /** {@return the instrument} */
    public Instrument instrument() {
        return instrument;
    }

    /** {@return the weighted mean of its indicators' scores, exact} */
    @Override
    public Score exactScore() {
        return score;
    }

    /** {@return its weight in the overall score} */
    public Weight weight() {
        return weight;
    }

    /** {@return the indicators it measures, by number} */
    public ImmutableList<Indicator> indicators() {
        return indicators;
    }


    @Override
    public boolean equals(Object obj) {
        return obj instanceof InstrumentResult other && instrument.equals(other.instrument) && score.equals(other.score) && weight.equals(other.weight) && indicators.equals(other.indicators);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(instrument, score, weight, indicators);
    }

    @Override
    public String toString() {
        return "InstrumentResult[" + "instrument=" + instrument + ", " + "score=" + score + ", " + "weight=" + weight + ", " + "indicators=" + indicators + "]";
    }
}
