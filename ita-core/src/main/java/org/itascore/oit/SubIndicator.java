package org.itascore.oit;

import static java.util.Objects.requireNonNull;

import org.itascore.Bilingual;
import org.itascore.Indicator;

/**
 * A group of OIT items inside an indicator, such as 9.1 "basic information". A sub-indicator scores the
 * share of its items published; an indicator is the mean of its sub-indicators.
 *
 * @param id the id, for example {@code "9.1"}
 * @param indicator the indicator it belongs to
 * @param title its name in Thai and English
 */
public record SubIndicator(String id, Indicator indicator, Bilingual title) {

    /**
     * Creates a sub-indicator.
     *
     * @param id the id, for example {@code "9.1"}
     * @param indicator the indicator it belongs to
     * @param title its name in Thai and English
     * @throws NullPointerException if any argument is null
     */
    public SubIndicator {
        requireNonNull(id, "id");
        requireNonNull(indicator, "indicator");
        requireNonNull(title, "title");
    }
}
