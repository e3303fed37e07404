package org.itascore.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.Verdict;

/**
 * What a published report printed besides the indicator scores; any part may be absent. An audit checks
 * each printed value against the rules.
 *
 * @param score the printed total, if printed
 * @param grade the printed overall grade, if printed
 * @param passed the printed overall pass label, if printed
 * @param verdict the printed verdict, if printed
 * @param instruments the printed instrument subtotals
 * @param indicators the printed grade, pass label and rank of indicators
 * @param history the printed history table, in the order printed
 */
public record Published(
        Optional<Score> score,
        Optional<Grade> grade,
        Optional<Boolean> passed,
        Optional<Verdict> verdict,
        ImmutableMap<Instrument, Score> instruments,
        ImmutableMap<Indicator, PublishedIndicator> indicators,
        ImmutableList<PublishedHistoryRow> history) {

    /**
     * Creates what a report printed.
     *
     * @param score the printed total, if printed
     * @param grade the printed overall grade, if printed
     * @param passed the printed overall pass label, if printed
     * @param verdict the printed verdict, if printed
     * @param instruments the printed instrument subtotals
     * @param indicators the printed grade, pass label and rank of indicators
     * @param history the printed history table, in the order printed
     * @throws NullPointerException if any argument is null
     */
    public Published {
        requireNonNull(score, "score");
        requireNonNull(grade, "grade");
        requireNonNull(passed, "passed");
        requireNonNull(verdict, "verdict");
        requireNonNull(instruments, "instruments");
        requireNonNull(indicators, "indicators");
        requireNonNull(history, "history");
    }

    /** A report that printed nothing besides its indicator scores. */
    public static final Published NOTHING = new Published(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), ImmutableMap.of(), ImmutableMap.of(), ImmutableList.of());
}
