package org.itascore.testkit;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.itascore.Indicator;
import org.itascore.Score;
import org.itascore.report.IndicatorReport;

/**
 * The laws a system's own tally or scoring function must keep, as assertions: what the library's own
 * tally and assessor are tested against. Use them with generated inputs ({@link Generators}).
 */
public final class Laws {

    private Laws() {
    }

    /**
     * Asserts that a tally does not depend on the order of the responses.
     *
     * @param responses the responses
     * @param tally the system's tally
     * @param seed the seed of the shuffle
     * @param <T> the type of a response
     * @param <R> the type of a tally
     * @throws AssertionError if a shuffled order tallies differently
     */
    public static <T, R> void orderIndependent(List<T> responses, Function<List<T>, R> tally, long seed) {
        List<T> shuffled = new ArrayList<>(responses);
        Collections.shuffle(shuffled, new Random(seed));
        R inOrder = tally.apply(List.copyOf(responses));
        R otherOrder = tally.apply(shuffled);
        if (!Objects.equals(inOrder, otherOrder)) {
            throw new AssertionError("the tally depends on the order of the responses: " + inOrder + " in order, " + otherOrder
                    + " shuffled (seed " + seed + ")");
        }
    }

    /**
     * Asserts that tallying two parts and merging them is tallying the whole: what lets offices be tallied
     * apart and summed.
     *
     * @param first the first part
     * @param second the second part
     * @param tally the system's tally
     * @param merge the system's merge of two tallies
     * @param <T> the type of a response
     * @param <R> the type of a tally
     * @throws AssertionError if the merged tally differs from the whole's
     */
    public static <T, R> void mergeable(List<T> first, List<T> second, Function<List<T>, R> tally, BinaryOperator<R> merge) {
        List<T> whole = new ArrayList<>(first);
        whole.addAll(second);
        R merged = merge.apply(tally.apply(List.copyOf(first)), tally.apply(List.copyOf(second)));
        R all = tally.apply(List.copyOf(whole));
        if (!Objects.equals(merged, all)) {
            throw new AssertionError("merging the tallies of two parts (" + merged + ") is not the tally of the whole (" + all + ")");
        }
    }

    /**
     * Asserts that raising one indicator's score never lowers the total.
     *
     * @param report the report
     * @param indicator the indicator raised
     * @param higher its new score, at least its old one
     * @param total the system's total of a report
     * @throws AssertionError if the total falls
     * @throws IllegalArgumentException if the new score is lower than the old one
     */
    public static void monotonic(IndicatorReport report, Indicator indicator, Score higher, Function<IndicatorReport, BigDecimal> total) {
        requireNonNull(report, "report");
        Score before = report.indicators().get(indicator).orElseThrow(() -> new IllegalArgumentException("the report has no " + indicator));
        if (higher.compareTo(before) < 0) {
            throw new IllegalArgumentException("the new score " + higher + " is lower than " + before);
        }
        IndicatorReport raised = new IndicatorReport(report.office(), report.fiscalYear(), report.edition(),
                report.indicators().with(indicator, higher), report.published());
        BigDecimal was = total.apply(report);
        BigDecimal now = total.apply(raised);
        if (now.compareTo(was) < 0) {
            throw new AssertionError("raising " + indicator + " from " + before + " to " + higher + " lowered the total from " + was
                    + " to " + now);
        }
    }
}
