package org.itascore.render;

import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.edition.GradeBand;

/**
 * The one way the renderers write a figure that is not a score: points, leverages and shares rounded as a score
 * is ({@link Score#DECIMALS} places, {@link Score#ROUNDING}), once, where they are shown; and a grade band's range as
 * the core prints it ({@link GradeBand#printedRange()}). Stateless.
 */
final class Figures {

    private Figures() {
    }

    /** {@return the value rounded as a published score is: {@code 12.3456} is {@code 12.35}} */
    static String twoDecimals(Rational value) {
        return value.round(Score.DECIMALS, Score.ROUNDING).toPlainString();
    }

    /** {@return a share as a percentage, rounded as a published score is: {@code 4/5} is {@code 80.00}} */
    static String percent(Rational share) {
        return twoDecimals(share.times(100));
    }

    /** {@return an amount of baht as plans print it, with thousands separators: {@code 60,000}, {@code 1,234.50}} */
    static String baht(java.math.BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount).replaceAll("\\.00$", "");
    }

    /** {@return a band's range as the annual document prints it, the lowest from 0: {@code 0-49.99}, {@code 85.00-94.99}} */
    static String range(GradeBand band) {
        String printed = band.printedRange();
        return band.lower().equals(Score.ZERO) ? "0" + printed.substring(printed.indexOf('-')) : printed;
    }
}
