package org.itascore.assess;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itascore.Finding;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Names;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.Verdict;
import org.itascore.edition.Edition;

/**
 * The engine: assesses an office from its indicator scores under the rules of an {@link Edition}.
 *
 * <pre>{@code
 * instrument score = sum over its indicators of (indicator weight x indicator score)
 * overall score    = sum over instruments of (instrument weight x instrument score)
 * }</pre>
 *
 * <p>All sums are exact; the overall score is rounded once, half up to two decimals, where it is graded
 * and compared with the pass mark. With the built-in editions this is
 * {@code 0.3 x mean(1..5) + 0.3 x mean(6..8) + 0.4 x mean(9, 10)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Assessor {

    private Assessor() {
    }

    /**
     * Assesses an office.
     *
     * @param edition the edition whose rules apply
     * @param office the office's name, not blank
     * @param fiscalYear the fiscal year, which the edition must cover
     * @param scores a score for every indicator of the edition and for no other
     * @return the assessment
     * @throws InvalidInputException listing every problem: a blank office, a fiscal year the edition does not
     *     cover, missing indicators, indicators the edition does not use
     */
    public static Assessment assess(Edition edition, String office, FiscalYear fiscalYear, IndicatorScores scores) {
        requireNonNull(edition, "edition");
        requireNonNull(office, "office");
        requireNonNull(fiscalYear, "fiscalYear");
        requireNonNull(scores, "scores");
        check(edition, office, fiscalYear, scores);

        Map<Indicator, Score> given = scores.asMap();
        ImmutableList.Builder<InstrumentResult> instruments = ImmutableList.builder();
        List<Score> instrumentScores = new ArrayList<>();
        Rational total = Rational.ZERO;
        for (Instrument instrument : edition.instruments()) {
            Rational sum = Rational.ZERO;
            for (Indicator indicator : edition.indicators(instrument)) {
                sum = sum.plus(edition.indicatorWeight(indicator).exact().times(given.get(indicator).exact()));
            }
            Score instrumentScore = Score.of(sum);
            instrumentScores.add(instrumentScore);
            instruments.add(new InstrumentResult(instrument, instrumentScore,
                    edition.instrumentWeights().get(instrument), edition.indicators(instrument)));
            total = total.plus(edition.instrumentWeights().get(instrument).exact().times(sum));
        }
        Score overall = Score.of(total);
        Optional<Verdict> verdict = edition.verdictScheme().map(v -> v.verdict(overall, instrumentScores));

        List<Indicator> indicators = edition.indicators();
        Map<Indicator, Integer> ranks = Ranking.descending(indicators, i -> given.get(i).officialDecimal());
        ImmutableList<IndicatorResult> results = indicators.stream()
                .map(i -> {
                    Score s = given.get(i);
                    return new IndicatorResult(i, s, edition.grade(s), edition.passes(s), ranks.get(i));
                })
                .collect(ImmutableList.toImmutableList());
        ImmutableList<Indicator> below = results.stream()
                .filter(r -> !r.passed())
                .sorted(Comparator.comparing((IndicatorResult r) -> r.exactScore().officialDecimal())
                        .thenComparingInt(r -> r.indicator().number()))
                .map(IndicatorResult::indicator)
                .collect(ImmutableList.toImmutableList());
        Grade grade = edition.grade(overall);
        return new Assessment(edition, office.strip(), fiscalYear, scores, instruments.build(), overall, grade,
                edition.passes(overall), verdict, results, below, ImmutableList.of());
    }

    /**
     * Assesses an office and attaches findings about the data behind its scores (too few respondents,
     * questions nobody answered), as an assessment from raw data carries them. The findings say nothing the
     * engine computes: grade, pass and verdict always follow from the scores and the edition.
     *
     * @param edition the edition whose rules apply
     * @param office the office's name, not blank
     * @param fiscalYear the fiscal year, which the edition must cover
     * @param scores a score for every indicator of the edition and for no other
     * @param findings what the reader should know about the data, in order
     * @return the assessment, with the findings
     * @throws InvalidInputException as {@link #assess(Edition, String, FiscalYear, IndicatorScores)}
     */
    public static Assessment assess(Edition edition, String office, FiscalYear fiscalYear, IndicatorScores scores,
            List<Finding> findings) {
        requireNonNull(findings, "findings");
        Assessment assessment = assess(edition, office, fiscalYear, scores);
        return findings.isEmpty() ? assessment : assessment.withFindings(findings);
    }

    /**
     * {@return the problem of indicators an edition needs and no score is given for, at {@code indicators}}: what a
     * reader that refused some scores also tells, so that every problem of a report is listed at once
     *
     * @param edition the edition whose indicators are needed
     * @param given the indicators given a score, or given a value that was refused
     */
    public static Optional<Problem> missingScores(Edition edition, java.util.Set<Indicator> given) {
        requireNonNull(edition, "edition");
        requireNonNull(given, "given");
        List<String> missing = edition.indicators().stream()
                .filter(i -> !given.contains(i)).map(i -> Integer.toString(i.number())).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of(new Problem(Location.of("indicators"), null,
                Message.of("indicators.missing", edition.id(), String.join(", ", missing))));
    }

    private static void check(Edition edition, String office, FiscalYear fiscalYear, IndicatorScores scores) {
        List<Problem> problems = new ArrayList<>();
        try {
            org.itascore.OfficeName.check(office, org.itascore.OfficeName.FIELD);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!edition.covers(fiscalYear)) {
            problems.add(new Problem(ProblemKind.CONFLICT, Location.of("fiscalYear"), fiscalYear.toString(),
                    Message.of("edition.years", edition.id(), edition.fiscalYears())));
        }
        missingScores(edition, scores.asMap().keySet()).ifPresent(problems::add);
        scores.asMap().forEach((indicator, score) -> {
            if (!edition.uses(indicator)) {
                problems.add(new Problem(Location.of("indicators", Integer.toString(indicator.number())), score.toString(),
                        Message.of("indicators.unused", edition.id(), indicator.number())));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
