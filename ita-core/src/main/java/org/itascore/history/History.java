package org.itascore.history;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itascore.FiscalYear;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Problem;
import org.itascore.Score;

/**
 * An office's totals over several fiscal years, with the change from year to year.
 *
 * <p>Differences are taken between the two-decimal totals, as reports print them. Years may be missing
 * (a gap); the step across a gap is marked ({@link HistoryStep#spansGap()}) and the missing years are
 * listed in {@link #gaps()}. Immutable and thread-safe.
 */
public final class History {

    private final ImmutableList<HistoryEntry> entries;
    private final ImmutableList<HistoryStep> steps;
    private final Score passMark;

    private History(List<HistoryEntry> entries, Score passMark) {
        this.entries = ImmutableList.copyOf(entries);
        this.passMark = passMark;
        ImmutableList.Builder<HistoryStep> builder = ImmutableList.builder();
        for (int i = 1; i < entries.size(); i++) {
            HistoryEntry from = entries.get(i - 1);
            HistoryEntry to = entries.get(i);
            var difference = to.score().officialDecimal().subtract(from.score().officialDecimal());
            builder.add(new HistoryStep(from.fiscalYear(), to.fiscalYear(), difference, Trend.of(difference)));
        }
        this.steps = builder.build();
    }

    /**
     * Returns the history of these entries, in any order.
     *
     * @param entries the entries, at least one, one per fiscal year
     * @param passMark the pass mark that decides a passing year
     * @return the history, by year
     * @throws InvalidInputException if there is no entry or a year appears twice
     */
    public static History of(Collection<HistoryEntry> entries, Score passMark) {
        requireNonNull(entries, "entries");
        requireNonNull(passMark, "passMark");
        if (entries.isEmpty()) {
            throw InvalidInputException.of(Location.of("history"), "[]", org.itascore.Message.of("history.empty"));
        }
        List<HistoryEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(HistoryEntry::fiscalYear));
        List<Problem> problems = new ArrayList<>();
        Set<FiscalYear> seen = new HashSet<>();
        for (HistoryEntry entry : sorted) {
            if (!seen.add(entry.fiscalYear())) {
                problems.add(new Problem(Location.of("history", entry.fiscalYear().toString()), entry.score().toString(),
                        org.itascore.Message.of("history.yearDuplicate")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new History(sorted, passMark);
    }

    /** {@return the entries, by year} */
    public ImmutableList<HistoryEntry> entries() {
        return entries;
    }

    /** {@return the change from each year to the next year present, one fewer than the entries} */
    public ImmutableList<HistoryStep> steps() {
        return steps;
    }

    /** {@return the change into the latest year, if there are two years or more} */
    public Optional<HistoryStep> latestStep() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** {@return the years missing between the first and the last, in order} */
    public ImmutableList<FiscalYear> gaps() {
        ImmutableList.Builder<FiscalYear> gaps = ImmutableList.builder();
        for (HistoryStep step : steps) {
            for (int y = step.from().buddhistEra() + 1; y < step.to().buddhistEra(); y++) {
                gaps.add(FiscalYear.of(y));
            }
        }
        return gaps.build();
    }

    /** {@return the entry with the highest two-decimal total; the earliest such year on a tie} */
    public HistoryEntry best() {
        return entries.stream().max(Comparator.comparing((HistoryEntry e) -> e.score().officialDecimal())
                .thenComparing(HistoryEntry::fiscalYear, Comparator.reverseOrder())).orElseThrow();
    }

    /** {@return the entry with the lowest two-decimal total; the earliest such year on a tie} */
    public HistoryEntry worst() {
        return entries.stream().min(Comparator.comparing((HistoryEntry e) -> e.score().officialDecimal())
                .thenComparing(HistoryEntry::fiscalYear)).orElseThrow();
    }

    /** {@return the latest entry} */
    public HistoryEntry latest() {
        return entries.get(entries.size() - 1);
    }

    /** {@return the pass mark this history was read with} */
    public Score passMark() {
        return passMark;
    }

    /**
     * Returns the current run of passing years: how many consecutive fiscal years, ending with the latest,
     * reached the pass mark. A missing year ends the run, since nothing is known of it.
     *
     * @return the number of years, 0 when the latest year did not pass
     */
    public int passingRun() {
        int run = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            HistoryEntry entry = entries.get(i);
            boolean consecutive = i == entries.size() - 1
                    || entries.get(i + 1).fiscalYear().buddhistEra() - entry.fiscalYear().buddhistEra() == 1;
            if (!consecutive || entry.score().official().compareTo(passMark) < 0) {
                break;
            }
            run++;
        }
        return run;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof History other && entries.equals(other.entries) && passMark.equals(other.passMark);
    }

    @Override
    public int hashCode() {
        return entries.hashCode() * 31 + passMark.hashCode();
    }

    @Override
    public String toString() {
        return "History" + entries;
    }
}
