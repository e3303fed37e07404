package org.itascore.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itascore.Bilingual;
import org.itascore.Finding;
import org.itascore.FindingKind;
import org.itascore.Grade;
import org.itascore.Instrument;
import org.itascore.Message;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.Verdict;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.history.Trend;
import org.itascore.report.IndicatorReport;
import org.itascore.report.Published;
import org.itascore.report.PublishedHistoryRow;
import org.itascore.report.PublishedIndicator;

/**
 * Audits a published report: recomputes it exactly from its own indicator scores and checks every value it
 * printed.
 *
 * <ul>
 *   <li>{@code TOTAL_MISMATCH}: the printed total is more than {@link #TOLERANCE} (0.01) from the exact
 *       recomputation. Totals are computed from unrounded values, so a total recomputed from two-decimal
 *       indicator scores may differ from the printed one by up to 0.01; exactly 0.01 is not a finding.</li>
 *   <li>{@code INSTRUMENT_MISMATCH}: a printed instrument subtotal more than 0.01 from the recomputation.</li>
 *   <li>{@code GRADE_MISMATCH}, {@code PASS_LABEL_MISMATCH}, {@code VERDICT_MISMATCH}: a printed grade,
 *       pass label or verdict (overall, per indicator, per history row) that the edition's rules do not
 *       give to the score. A history row is graded under the edition of its own year, the default one of
 *       that year unless it is the report's; a row of a year no edition covers (before FY2562) is not
 *       graded, since its bands are unknown.</li>
 *   <li>{@code RANK_MISMATCH}: a printed rank that is not the "1224" rank of the indicator's score.</li>
 *   <li>{@code HISTORY_DIFFERENCE_MISMATCH}: a printed difference that is not the difference of the printed
 *       totals of the row and the row before; {@code TREND_WORD_MISMATCH}: a trend word that disagrees
 *       with the sign of that difference.</li>
 *   <li>{@code OUT_OF_RANGE}: a printed rank beyond the number of indicators.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Auditor {

    /** The tolerance of totals and subtotals: 0.01. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private Auditor() {
    }

    /**
     * Audits a report.
     *
     * @param report the report, with what it printed
     * @param editions where to find the report's edition
     * @return the recomputation and the findings
     * @throws org.itascore.InvalidInputException if the report's indicator scores cannot be assessed
     */
    public static AuditReport audit(IndicatorReport report, Editions editions) {
        requireNonNull(report, "report");
        requireNonNull(editions, "editions");
        Assessment a = report.assess(editions);
        Published printed = report.published();
        Edition edition = a.edition();
        List<Finding> findings = new ArrayList<>();

        printed.score().ifPresent(total -> within(total, a.exactScore()).ifPresent(distance -> findings.add(
                Finding.of(FindingKind.TOTAL_MISMATCH, Message.of("finding.totalMismatch", total, distance,
                                a.exactScore().toExactString()).bilingual())
                        .withValues(total.toString(), a.score().toString()).withTolerance(TOLERANCE))));
        for (Map.Entry<Instrument, Score> e : printed.instruments().entrySet()) {
            Instrument instrument = e.getKey();
            if (!edition.instruments().contains(instrument)) {
                continue;
            }
            Score exact = a.instrument(instrument).exactScore();
            within(e.getValue(), exact).ifPresent(distance -> findings.add(Finding.of(FindingKind.INSTRUMENT_MISMATCH,
                            Message.of("finding.instrumentMismatch", instrument, e.getValue(), distance,
                                    exact.toExactString()).bilingual())
                    .withInstrument(instrument).withValues(e.getValue().toString(), exact.official().toString()).withTolerance(TOLERANCE)));
        }
        printed.grade().filter(g -> g != a.grade()).ifPresent(g -> findings.add(gradeFinding(g, a.grade(), a.score(),
                Message.of("finding.subject.total"))));
        printed.passed().filter(p -> p != a.passed()).ifPresent(p -> findings.add(passFinding(p, a.passed(), a.score(),
                edition, Message.of("finding.subject.total"))));
        printed.verdict().ifPresent(v -> {
            if (a.verdict().isEmpty() || a.verdict().get() != v) {
                String expected = a.verdict().map(Enum::name).orElse("none");
                Object given = a.verdict().<Object>map(Auditor::verdictName).orElse(Message.of("finding.noVerdict"));
                findings.add(Finding.of(FindingKind.VERDICT_MISMATCH,
                                Message.of("finding.verdictMismatch", verdictName(v), given).bilingual())
                        .withValues(v.name(), expected));
            }
        });
        for (IndicatorResult r : a.indicators()) {
            PublishedIndicator p = printed.indicators().getOrDefault(r.indicator(), PublishedIndicator.NOTHING);
            Message subject = Message.of("finding.subject.indicator", r.indicator().number());
            p.grade().filter(g -> g != r.grade()).ifPresent(g -> findings.add(
                    gradeFinding(g, r.grade(), r.score(), subject).withIndicator(r.indicator())));
            p.passed().filter(x -> x != r.passed()).ifPresent(x -> findings.add(
                    passFinding(x, r.passed(), r.score(), edition, subject).withIndicator(r.indicator())));
            if (p.rank().isPresent()) {
                int rank = p.rank().getAsInt();
                if (rank > a.indicators().size()) {
                    findings.add(Finding.of(FindingKind.OUT_OF_RANGE,
                                    Message.of("finding.rankOutOfRange", subject, rank, a.indicators().size()).bilingual())
                            .withIndicator(r.indicator()).withValues(Integer.toString(rank), Integer.toString(r.rank())));
                } else if (rank != r.rank()) {
                    findings.add(Finding.of(FindingKind.RANK_MISMATCH,
                                    Message.of("finding.rankMismatch", subject, rank, r.score(), r.rank()).bilingual())
                            .withIndicator(r.indicator()).withValues(Integer.toString(rank), Integer.toString(r.rank())));
                }
            }
        }
        history(printed.history(), editions, edition, findings);
        return new AuditReport(a, ImmutableList.copyOf(findings));
    }

    private static void history(List<PublishedHistoryRow> rows, Editions editions, Edition reportEdition,
            List<Finding> findings) {
        for (int i = 0; i < rows.size(); i++) {
            PublishedHistoryRow row = rows.get(i);
            String year = row.fiscalYear().toString();
            // A row is graded under the rules of its own year; a year no edition covers has unknown bands.
            Optional<Edition> rules = reportEdition.covers(row.fiscalYear()) ? Optional.of(reportEdition)
                    : editions.all().stream().filter(e -> e.covers(row.fiscalYear())).findFirst();
            rules.ifPresent(edition -> row.grade().filter(g -> g != edition.grade(row.score())).ifPresent(g -> findings.add(
                    gradeFinding(g, edition.grade(row.score()), row.score(), Message.of("finding.subject.yearTotal", year))
                            .withFiscalYear(row.fiscalYear()))));
            if (i == 0) {
                continue;
            }
            PublishedHistoryRow previous = rows.get(i - 1);
            BigDecimal expected = row.score().officialDecimal().subtract(previous.score().officialDecimal());
            if (row.difference().isPresent() && row.difference().get().compareTo(expected) != 0) {
                BigDecimal printed = row.difference().get();
                findings.add(Finding.of(FindingKind.HISTORY_DIFFERENCE_MISMATCH, Message.of("finding.historyDifference",
                                year, signed(printed), row.score(), previous.score(), signed(expected)).bilingual())
                        .withFiscalYear(row.fiscalYear()).withValues(signed(printed), signed(expected))
                        .withTolerance(BigDecimal.ZERO.setScale(2)));
            }
            Trend trend = Trend.of(expected);
            if (row.trend().isPresent() && row.trend().get() != trend) {
                Trend printed = row.trend().get();
                findings.add(Finding.of(FindingKind.TREND_WORD_MISMATCH, Message.of("finding.trendWord", year,
                                printed.word(), signed(expected), trend.word()).bilingual())
                        .withFiscalYear(row.fiscalYear()).withValues(printed.word().thai(), trend.word().thai()));
            }
        }
    }

    /** Returns the distance of a printed score from the exact one when it exceeds the tolerance. */
    private static Optional<String> within(Score printed, Score exact) {
        Rational distance = printed.exact().minus(exact.exact());
        if (distance.signum() < 0) {
            distance = distance.negate();
        }
        if (distance.compareTo(Rational.of(TOLERANCE)) <= 0) {
            return Optional.empty();
        }
        BigDecimal exactDistance = distance.exactDecimalOrNull();
        return Optional.of(exactDistance != null ? exactDistance.toPlainString() : distance.round(4, Score.ROUNDING).toPlainString());
    }

    private static Finding gradeFinding(Grade printed, Grade expected, Score score, Message subject) {
        return Finding.of(FindingKind.GRADE_MISMATCH,
                        Message.of("finding.gradeMismatch", subject, score, printed, expected).bilingual())
                .withValues(printed.name(), expected.name());
    }

    private static Finding passFinding(boolean printed, boolean expected, Score score, Edition edition, Message subject) {
        return Finding.of(FindingKind.PASS_LABEL_MISMATCH, Message.of("finding.passLabelMismatch", subject, score,
                        Message.of(printed ? "finding.label.passed" : "finding.label.notPassed"), edition.passMark(),
                        Message.of(expected ? "finding.label.passes" : "finding.label.doesNotPass")).bilingual())
                .withValues(Boolean.toString(printed), Boolean.toString(expected));
    }

    /** A verdict as the findings name it: its Thai title, or in English its name as the JSON formats write it. */
    private static Bilingual verdictName(Verdict verdict) {
        return Bilingual.of(verdict.title().thai(), verdict.name());
    }

    private static String signed(BigDecimal value) {
        BigDecimal v = value.setScale(Math.max(2, value.scale()), java.math.RoundingMode.UNNECESSARY);
        return (v.signum() > 0 ? "+" : "") + v.toPlainString();
    }
}
