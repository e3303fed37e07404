package org.itascore.assess;

import org.itascore.Score;

/**
 * A result of the engine that has a score: an {@link Assessment}, an {@link InstrumentResult}, an
 * {@link IndicatorResult}. It keeps the exact score; the official one, which grades, passing and ranks follow
 * and reports publish, is derived from it by the one rounding rule ({@link Score#official()}).
 */
public interface Scored {

    /** {@return the score, exact: never rounded} */
    Score exactScore();

    /**
     * Returns the score as published: {@linkplain Score#official() official}, rounded half up to two decimals.
     *
     * @return the official score, for example {@code 90.05} for an exact 90.0532
     */
    default Score score() {
        return exactScore().official();
    }
}
