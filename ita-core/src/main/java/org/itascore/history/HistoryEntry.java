package org.itascore.history;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Score;

/**
 * One year of an office's history: the published total and, if printed, its grade.
 *
 * @param fiscalYear the fiscal year
 * @param score the total score
 * @param grade the grade printed for it, if any
 */
public record HistoryEntry(FiscalYear fiscalYear, Score score, Optional<Grade> grade) {

    /**
     * Creates an entry.
     *
     * @param fiscalYear the fiscal year
     * @param score the total score
     * @param grade the grade printed for it, if any
     *
     * @throws NullPointerException if any argument is null
     */
    public HistoryEntry {
        requireNonNull(fiscalYear, "fiscalYear");
        requireNonNull(score, "score");
        requireNonNull(grade, "grade");
    }

    /**
     * {@return an entry without a grade}
     *
     * @param fiscalYear the fiscal year, B.E.
     * @param score the total, with ASCII or Thai digits
     * @throws org.itascore.InvalidInputException if the year or score is invalid
     */
    public static HistoryEntry of(int fiscalYear, String score) {
        return new HistoryEntry(FiscalYear.of(fiscalYear), Score.parse(score), Optional.empty());
    }

    /**
     * {@return an entry with a grade}
     *
     * @param fiscalYear the fiscal year, B.E.
     * @param score the total, with ASCII or Thai digits
     * @param grade the printed grade
     * @throws org.itascore.InvalidInputException if the year or score is invalid
     */
    public static HistoryEntry of(int fiscalYear, String score, Grade grade) {
        return new HistoryEntry(FiscalYear.of(fiscalYear), Score.parse(score), Optional.of(grade));
    }
}
