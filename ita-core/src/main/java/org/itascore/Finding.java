package org.itascore;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Something a careful reader should know about an assessment or a published report: an inconsistency in
 * what a report printed, or a weakness of the raw data behind it. A finding is information, never an
 * exception.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of finding it is
 * @param indicator the indicator it is about, if one
 * @param instrument the instrument it is about, if one
 * @param fiscalYear the fiscal year it is about, if one (history rows)
 * @param printed the value the report printed, as printed, if any
 * @param expected the value the rules give, if any
 * @param tolerance the tolerance used in the comparison, if any (0.01 for totals)
 * @param message what is wrong, in Thai and English
 */
public record Finding(
        FindingKind kind,
        Optional<Indicator> indicator,
        Optional<Instrument> instrument,
        Optional<FiscalYear> fiscalYear,
        Optional<String> printed,
        Optional<String> expected,
        Optional<BigDecimal> tolerance,
        Bilingual message) {

    /**
     * Creates a finding.
     *
     * @param kind what kind of finding it is
     * @param indicator the indicator it is about, if one
     * @param instrument the instrument it is about, if one
     * @param fiscalYear the fiscal year it is about, if one (history rows)
     * @param printed the value the report printed, as printed, if any
     * @param expected the value the rules give, if any
     * @param tolerance the tolerance used in the comparison, if any (0.01 for totals)
     * @param message what is wrong, in Thai and English
     * @throws NullPointerException if any argument is null
     */
    public Finding {
        requireNonNull(kind, "kind");
        requireNonNull(indicator, "indicator");
        requireNonNull(instrument, "instrument");
        requireNonNull(fiscalYear, "fiscalYear");
        requireNonNull(printed, "printed");
        requireNonNull(expected, "expected");
        requireNonNull(tolerance, "tolerance");
        requireNonNull(message, "message");
    }

    /**
     * Starts a finding of a kind with its message; add where it is and the values with the {@code with...}
     * methods.
     *
     * @param kind the kind
     * @param message the message in Thai and English
     * @return a finding about nothing in particular yet
     */
    public static Finding of(FindingKind kind, Bilingual message) {
        return new Finding(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), message);
    }

    /**
     * {@return the same finding, about that indicator}
     *
     * @param about the indicator the finding is about
     */
    public Finding withIndicator(Indicator about) {
        return new Finding(kind, Optional.of(about), instrument, fiscalYear, printed, expected, tolerance, message);
    }

    /**
     * {@return the same finding, about that instrument}
     *
     * @param about the instrument the finding is about
     */
    public Finding withInstrument(Instrument about) {
        return new Finding(kind, indicator, Optional.of(about), fiscalYear, printed, expected, tolerance, message);
    }

    /**
     * {@return the same finding, about that year}
     *
     * @param about the fiscal year the finding is about
     */
    public Finding withFiscalYear(FiscalYear about) {
        return new Finding(kind, indicator, instrument, Optional.of(about), printed, expected, tolerance, message);
    }

    /**
     * {@return the same finding, with the two values}
     *
     * @param printedValue what the report printed
     * @param expectedValue what the rules give
     */
    public Finding withValues(String printedValue, String expectedValue) {
        return new Finding(kind, indicator, instrument, fiscalYear, Optional.of(printedValue), Optional.of(expectedValue),
                tolerance, message);
    }

    /**
     * {@return the same finding, with the tolerance}
     *
     * @param used the tolerance used in the comparison
     */
    public Finding withTolerance(BigDecimal used) {
        return new Finding(kind, indicator, instrument, fiscalYear, printed, expected, Optional.of(used), message);
    }
}
