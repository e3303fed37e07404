package org.itascore.assess;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.itascore.Finding;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.Verdict;
import org.itascore.edition.Edition;

/**
 * The assessment of one office for one fiscal year under one edition: instrument scores, the overall
 * score, grade, pass and verdict, and the result of each indicator.
 *
 * <p>Made by {@link Assessor#assess}. The overall score is exact: it is weighted from the unrounded
 * indicator and instrument scores and rounded only where it is graded or printed ({@link Score#rounded()}).
 * Immutable and thread-safe; equal when every field is equal.
 *
 * @param edition the edition whose rules were applied
 * @param office the office's name
 * @param fiscalYear the fiscal year assessed
 * @param scores the indicator scores assessed
 * @param instruments the result of each instrument, in the edition's order
 * @param score the overall score, exact
 * @param grade the overall grade
 * @param passed whether the overall two-decimal score reaches the pass mark
 * @param verdict the verdict, when the edition gives verdicts
 * @param indicators the result of each indicator, by number
 * @param belowPassMark the indicators whose two-decimal score is below the pass mark, lowest score first
 *     (ties by indicator number)
 * @param findings what the reader should know about the data behind the scores (for example too few
 *     respondents); empty for an assessment from indicator scores
 */
public record Assessment(
        Edition edition,
        String office,
        FiscalYear fiscalYear,
        IndicatorScores scores,
        ImmutableList<InstrumentResult> instruments,
        Score score,
        Grade grade,
        boolean passed,
        Optional<Verdict> verdict,
        ImmutableList<IndicatorResult> indicators,
        ImmutableList<Indicator> belowPassMark,
        ImmutableList<Finding> findings) {

    /**
     * Creates an assessment. Use {@link Assessor#assess}, which computes every field.
     *
     * @param edition the edition whose rules were applied
     * @param office the office's name
     * @param fiscalYear the fiscal year assessed
     * @param scores the indicator scores assessed
     * @param instruments the result of each instrument, in the edition's order
     * @param score the overall score, exact
     * @param grade the overall grade
     * @param passed whether the overall two-decimal score reaches the pass mark
     * @param verdict the verdict, when the edition gives verdicts
     * @param indicators the result of each indicator, by number
     * @param belowPassMark the indicators whose two-decimal score is below the pass mark, lowest score first
     *     (ties by indicator number)
     * @param findings what the reader should know about the data behind the scores (for example too few
     *     respondents); empty for an assessment from indicator scores
     * @throws NullPointerException if any argument is null
     */
    public Assessment {
        requireNonNull(edition, "edition");
        requireNonNull(office, "office");
        requireNonNull(fiscalYear, "fiscalYear");
        requireNonNull(scores, "scores");
        requireNonNull(instruments, "instruments");
        requireNonNull(score, "score");
        requireNonNull(grade, "grade");
        requireNonNull(verdict, "verdict");
        requireNonNull(indicators, "indicators");
        requireNonNull(belowPassMark, "belowPassMark");
        requireNonNull(findings, "findings");
    }

    /**
     * Returns this assessment with more findings attached after the existing ones.
     *
     * @param more the findings to add
     * @return the new assessment
     */
    public Assessment withFindings(List<Finding> more) {
        return new Assessment(edition, office, fiscalYear, scores, instruments, score, grade, passed, verdict,
                indicators, belowPassMark,
                ImmutableList.<Finding>builder().addAll(findings).addAll(more).build());
    }

    /**
     * {@return its result}
     *
     * @param indicator an indicator of the edition
     * @throws IllegalArgumentException if the edition does not use the indicator
     */
    public IndicatorResult indicator(Indicator indicator) {
        return indicators.stream().filter(r -> r.indicator() == indicator).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("edition " + edition.id() + " does not use " + indicator));
    }

    /**
     * {@return its result}
     *
     * @param instrument an instrument of the edition
     * @throws IllegalArgumentException if the edition does not use the instrument
     */
    public InstrumentResult instrument(Instrument instrument) {
        return instruments.stream().filter(r -> r.instrument() == instrument).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("edition " + edition.id() + " does not use " + instrument));
    }
}
