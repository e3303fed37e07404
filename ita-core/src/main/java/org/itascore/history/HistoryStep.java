package org.itascore.history;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.itascore.FiscalYear;

/**
 * The change from one year of a history to the next year present.
 *
 * @param from the earlier year
 * @param to the later year
 * @param difference the later two-decimal total minus the earlier one, for example {@code -0.43}
 * @param trend the direction of the difference
 */
public record HistoryStep(FiscalYear from, FiscalYear to, BigDecimal difference, Trend trend) {

    /**
     * Creates a step.
     *
     * @param from the earlier year
     * @param to the later year
     * @param difference the later two-decimal total minus the earlier one, for example {@code -0.43}
     * @param trend the direction of the difference
     *
     * @throws NullPointerException if any argument is null
     */
    public HistoryStep {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(difference, "difference");
        requireNonNull(trend, "trend");
    }

    /** {@return whether years are missing between the two, so the difference spans more than one year} */
    public boolean spansGap() {
        return to.buddhistEra() - from.buddhistEra() > 1;
    }

    /** {@return the difference with its sign, as reports print it: {@code "+20.25"}, {@code "-0.43"}, {@code "0.00"}} */
    public String signedDifference() {
        return (difference.signum() > 0 ? "+" : "") + difference.toPlainString();
    }
}
