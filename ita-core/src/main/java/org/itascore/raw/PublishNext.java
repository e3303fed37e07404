package org.itascore.raw;

import static java.util.Objects.requireNonNull;

import org.itascore.Score;
import org.itascore.oit.OitItem;
import org.itascore.oit.SubIndicator;

/**
 * An OIT item the office did not publish, and exactly what publishing it would add.
 *
 * @param item the item
 * @param subIndicator its sub-indicator
 * @param indicatorGain the points its indicator would gain: 100 / (items in the sub-indicator) /
 *     (sub-indicators of the indicator)
 * @param overallGain the points the overall score would gain: the indicator gain times the indicator's
 *     effective weight; 0.4444... for O1 (100 / 9 / 5 x 0.2)
 */
public record PublishNext(OitItem item, SubIndicator subIndicator, Score indicatorGain, Score overallGain) {

    /**
     * Creates an entry.
     *
     * @param item the item
     * @param subIndicator its sub-indicator
     * @param indicatorGain the points its indicator would gain
     * @param overallGain the points the overall score would gain
     * @throws NullPointerException if any argument is null
     */
    public PublishNext {
        requireNonNull(item, "item");
        requireNonNull(subIndicator, "subIndicator");
        requireNonNull(indicatorGain, "indicatorGain");
        requireNonNull(overallGain, "overallGain");
    }
}
