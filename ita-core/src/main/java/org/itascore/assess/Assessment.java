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
 * indicator and instrument scores and rounded only where it is graded or printed ({@link Score#official()}).
 * Immutable and thread-safe; equal when every field is equal.
 */
public final class Assessment implements Scored {

    private final Edition edition;
    private final String office;
    private final FiscalYear fiscalYear;
    private final IndicatorScores scores;
    private final ImmutableList<InstrumentResult> instruments;
    private final Score score;
    private final Grade grade;
    private final boolean passed;
    private final Optional<Verdict> verdict;
    private final ImmutableList<IndicatorResult> indicators;
    private final ImmutableList<Indicator> belowPassMark;
    private final ImmutableList<Finding> findings;
    private final Optional<String> officeId;

    Assessment(Edition edition, String office, FiscalYear fiscalYear, IndicatorScores scores, ImmutableList<InstrumentResult> instruments, Score score, Grade grade, boolean passed, Optional<Verdict> verdict, ImmutableList<IndicatorResult> indicators, ImmutableList<Indicator> belowPassMark, ImmutableList<Finding> findings) {
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
        this.edition = edition;
        this.office = office;
        this.fiscalYear = fiscalYear;
        this.scores = scores;
        this.instruments = instruments;
        this.score = score;
        this.grade = grade;
        this.passed = passed;
        this.verdict = verdict;
        this.indicators = indicators;
        this.belowPassMark = belowPassMark;
        this.findings = findings;
        this.officeId = Optional.empty();
    }

    private Assessment(Assessment a, Optional<String> officeId) {
        this.edition = a.edition;
        this.office = a.office;
        this.fiscalYear = a.fiscalYear;
        this.scores = a.scores;
        this.instruments = a.instruments;
        this.score = a.score;
        this.grade = a.grade;
        this.passed = a.passed;
        this.verdict = a.verdict;
        this.indicators = a.indicators;
        this.belowPassMark = a.belowPassMark;
        this.findings = a.findings;
        this.officeId = officeId;
    }

    /**
     * {@return the office's identifier (for example an ESA code), when the input gave one: what tells two
     * offices of the same name apart in a cohort}
     */
    public Optional<String> officeId() {
        return officeId;
    }

    /**
     * Returns this assessment with the office's identifier; nothing else changes.
     *
     * @param id the identifier, for example {@code "1040"}; empty for none
     * @return the assessment carrying it
     */
    public Assessment withOfficeId(Optional<String> id) {
        requireNonNull(id, "id");
        return id.equals(officeId) ? this : new Assessment(this, id);
    }

    /** {@return the edition whose rules were applied} */
    public Edition edition() {
        return edition;
    }

    /** {@return the office's name} */
    public String office() {
        return office;
    }

    /** {@return the fiscal year assessed} */
    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    /** {@return the indicator scores assessed} */
    public IndicatorScores scores() {
        return scores;
    }

    /** {@return the result of each instrument, in the edition's order} */
    public ImmutableList<InstrumentResult> instruments() {
        return instruments;
    }

    /** {@return the overall score, exact} */
    @Override
    public Score exactScore() {
        return score;
    }

    /** {@return the overall grade} */
    public Grade grade() {
        return grade;
    }

    /** {@return whether the overall two-decimal score reaches the pass mark} */
    public boolean passed() {
        return passed;
    }

    /** {@return the verdict, when the edition gives verdicts} */
    public Optional<Verdict> verdict() {
        return verdict;
    }

    /** {@return the result of each indicator, by number} */
    public ImmutableList<IndicatorResult> indicators() {
        return indicators;
    }

    /** {@return the indicators whose two-decimal score is below the pass mark, lowest score first (ties by indicator number)} */
    public ImmutableList<Indicator> belowPassMark() {
        return belowPassMark;
    }

    /** {@return what the reader should know about the data behind the scores (for example too few respondents); empty for an assessment from indicator scores} */
    public ImmutableList<Finding> findings() {
        return findings;
    }


    /**
     * Returns this assessment with more findings attached after the existing ones.
     *
     * @param more the findings to add
     * @return the new assessment
     */
    Assessment withFindings(List<Finding> more) {
        return new Assessment(edition, office, fiscalYear, scores, instruments, score, grade, passed, verdict,
                indicators, belowPassMark,
                ImmutableList.<Finding>builder().addAll(findings).addAll(more).build()).withOfficeId(officeId);
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

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Assessment other && edition.equals(other.edition) && office.equals(other.office) && fiscalYear.equals(other.fiscalYear) && scores.equals(other.scores) && instruments.equals(other.instruments) && score.equals(other.score) && grade.equals(other.grade) && passed == other.passed && verdict.equals(other.verdict) && indicators.equals(other.indicators) && belowPassMark.equals(other.belowPassMark) && findings.equals(other.findings)
                && officeId.equals(other.officeId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(edition, office, fiscalYear, scores, instruments, score, grade, passed, verdict, indicators, belowPassMark, findings);
    }

    @Override
    public String toString() {
        return "Assessment[" + "edition=" + edition + ", " + "office=" + office + ", " + "fiscalYear=" + fiscalYear + ", " + "scores=" + scores + ", " + "instruments=" + instruments + ", " + "score=" + score + ", " + "grade=" + grade + ", " + "passed=" + passed + ", " + "verdict=" + verdict + ", " + "indicators=" + indicators + ", " + "belowPassMark=" + belowPassMark + ", " + "findings=" + findings + "]";
    }
}
