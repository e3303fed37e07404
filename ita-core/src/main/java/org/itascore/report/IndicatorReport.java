package org.itascore.report;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.ProblemKind;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.history.History;
import org.itascore.history.HistoryEntry;

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
 * @param officeId the office's identifier (for example an ESA code), if given
 */
public record IndicatorReport(String office, FiscalYear fiscalYear, Optional<String> edition,
        IndicatorScores indicators, Published published, Optional<String> officeId) {

    /**
     * Creates a report.
     *
     * @param office the office's name
     * @param fiscalYear the fiscal year
     * @param edition the edition id, if given; otherwise the default edition of the fiscal year
     * @param indicators the indicator scores
     * @param published what the report printed besides the scores
     * @param officeId the office's identifier (for example an ESA code), if given
     * @throws NullPointerException if any argument is null
     * @throws InvalidInputException if the identifier is blank
     */
    public IndicatorReport {
        requireNonNull(officeId, "officeId");
        if (officeId.isPresent() && org.itascore.Names.isBlank(officeId.get())) {
            throw InvalidInputException.of(org.itascore.Location.of("officeId"), officeId.get(), org.itascore.Message.of("officeId.blank"));
        }
        requireNonNull(office, "office");
        requireNonNull(fiscalYear, "fiscalYear");
        requireNonNull(edition, "edition");
        requireNonNull(indicators, "indicators");
        requireNonNull(published, "published");
    }

    /**
     * Creates a report without an office identifier.
     *
     * @param office the office's name
     * @param fiscalYear the fiscal year
     * @param edition the edition id, if given; otherwise the default edition of the fiscal year
     * @param indicators the indicator scores
     * @param published what the report printed besides the scores
     * @throws NullPointerException if any argument is null
     */
    public IndicatorReport(String office, FiscalYear fiscalYear, Optional<String> edition, IndicatorScores indicators,
            Published published) {
        this(office, fiscalYear, edition, indicators, published, Optional.empty());
    }

    /**
     * Returns the edition the report is read under.
     *
     * @param editions the registry to look the edition up in
     * @return the named edition, or the default of the fiscal year
     * @throws InvalidInputException if the named edition is unknown or no edition covers the year
     */
    public Edition resolveEdition(Editions editions) {
        return editionOf(editions, edition, fiscalYear, office);
    }

    /**
     * {@return the edition a report of these fields is assessed under}: the one named, which must cover the year, or
     * the year's default for the office's kind
     *
     * @param editions the registry to look the edition up in
     * @param edition the edition's id as the report names it, if it does
     * @param fiscalYear the report's fiscal year
     * @param office the office's name, for the default of its kind; null when not known
     * @throws InvalidInputException if the id is unknown or its edition does not cover the year, or no edition covers it
     */
    public static Edition editionOf(Editions editions, Optional<String> edition, FiscalYear fiscalYear, String office) {
        requireNonNull(editions, "editions");
        requireNonNull(fiscalYear, "fiscalYear");
        return edition.map(id -> editions.forYear(id, fiscalYear)).orElseGet(() -> editions.defaultFor(fiscalYear, office));
    }

    /**
     * Assesses the report's indicator scores.
     *
     * @param editions the registry to look the edition up in
     * @return the assessment
     * @throws InvalidInputException if the edition is unknown or the scores do not fit it
     */
    public Assessment assess(Editions editions) {
        return Assessor.assess(resolveEdition(editions), office, fiscalYear, indicators).withOfficeId(officeId);
    }

    /**
     * Returns the office's history from the report's printed history table, graded against the pass mark of
     * the report's edition.
     *
     * @param editions the registry to look the edition up in
     * @return the history, by year
     * @throws InvalidInputException if the report has no history table or the edition cannot be resolved
     */
    public History history(Editions editions) {
        Edition resolved = resolveEdition(editions);
        List<PublishedHistoryRow> rows = published.history();
        if (rows.isEmpty()) {
            throw InvalidInputException.of(ProblemKind.MISSING, Location.of("published", "history"), null,
                    org.itascore.Message.of("history.needsTable"));
        }
        // a year given twice is refused where the printed history is made (Published), for every command alike
        List<HistoryEntry> entries = rows.stream().map(row -> new HistoryEntry(row.fiscalYear(), row.score(), row.grade())).toList();
        return History.of(entries, resolved.passMark());
    }
}
