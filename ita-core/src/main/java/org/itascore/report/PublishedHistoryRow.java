package org.itascore.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Score;
import org.itascore.history.Trend;

/**
 * One row of the history table a report printed: the year's total, and any of its grade, its difference
 * from the previous row and its trend word.
 *
 * @param fiscalYear the fiscal year
 * @param score the printed total
 * @param grade the printed grade, if printed
 * @param difference the printed difference from the previous year, signed, if printed
 * @param trend the printed trend word, if printed
 */
public record PublishedHistoryRow(FiscalYear fiscalYear, Score score, Optional<Grade> grade,
        Optional<BigDecimal> difference, Optional<Trend> trend) {

    /**
     * Creates a row.
     *
     * @param fiscalYear the fiscal year
     * @param score the printed total
     * @param grade the printed grade, if printed
     * @param difference the printed difference from the previous year, signed, if printed
     * @param trend the printed trend word, if printed
     * @throws NullPointerException if any argument is null
     */
    public PublishedHistoryRow {
        requireNonNull(fiscalYear, "fiscalYear");
        requireNonNull(score, "score");
        requireNonNull(grade, "grade");
        requireNonNull(difference, "difference");
        requireNonNull(trend, "trend");
    }
}
