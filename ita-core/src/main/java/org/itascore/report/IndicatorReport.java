package org.itascore.report;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.InvalidInputException;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;

/**
 * An indicator-score report: an office's ten indicator scores for a fiscal year, the edition they were
 * scored under (or none, for the default of the year), and what the report printed besides.
 *
 * <p>This is the input of {@code ita score} and of the audit, independent of any file format.
 *
 * @param office the office's name
 * @param fiscalYear the fiscal year
 * @param edition the edition id, if given; otherwise the default edition of the fiscal year
 * @param indicators the indicator scores
 * @param published what the report printed besides the scores
 */
public record IndicatorReport(String office, FiscalYear fiscalYear, Optional<String> edition,
        IndicatorScores indicators, Published published) {

    /**
     * Creates a report.
     *
     * @param office the office's name
     * @param fiscalYear the fiscal year
     * @param edition the edition id, if given; otherwise the default edition of the fiscal year
     * @param indicators the indicator scores
     * @param published what the report printed besides the scores
     * @throws NullPointerException if any argument is null
     */
    public IndicatorReport {
        requireNonNull(office, "office");
        requireNonNull(fiscalYear, "fiscalYear");
        requireNonNull(edition, "edition");
        requireNonNull(indicators, "indicators");
        requireNonNull(published, "published");
    }

    /**
     * Returns the edition the report is read under.
     *
     * @param editions the registry to look the edition up in
     * @return the named edition, or the default of the fiscal year
     * @throws InvalidInputException if the named edition is unknown or no edition covers the year
     */
    public Edition resolveEdition(Editions editions) {
        requireNonNull(editions, "editions");
        return edition.map(editions::get).orElseGet(() -> editions.defaultFor(fiscalYear));
    }

    /**
     * Assesses the report's indicator scores.
     *
     * @param editions the registry to look the edition up in
     * @return the assessment
     * @throws InvalidInputException if the edition is unknown or the scores do not fit it
     */
    public Assessment assess(Editions editions) {
        return Assessor.assess(resolveEdition(editions), office, fiscalYear, indicators);
    }
}
