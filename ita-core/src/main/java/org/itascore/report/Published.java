package org.itascore.report;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itascore.FiscalYear;
import org.itascore.Grade;
import org.itascore.Indicator;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Problem;
import org.itascore.ProblemKind;
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
     * @throws InvalidInputException if a fiscal year appears twice in the history, located at the later row
     */
    public Published {
        requireNonNull(score, "score");
        requireNonNull(grade, "grade");
        requireNonNull(passed, "passed");
        requireNonNull(verdict, "verdict");
        requireNonNull(instruments, "instruments");
        requireNonNull(indicators, "indicators");
        requireNonNull(history, "history");
        List<Problem> problems = new ArrayList<>();
        Map<FiscalYear, Integer> seen = new HashMap<>();
        for (int i = 0; i < history.size(); i++) {
            Integer first = seen.putIfAbsent(history.get(i).fiscalYear(), i);
            if (first != null) {
                problems.add(new Problem(ProblemKind.DUPLICATE, Location.of("history").index(i).property("fiscalYear"),
                        history.get(i).fiscalYear().toString(),
                        org.itascore.Message.of("history.yearDuplicateRow", first)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A report that printed nothing besides its indicator scores. */
    public static final Published NOTHING = new Published(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), ImmutableMap.of(), ImmutableMap.of(), ImmutableList.of());
}
