package org.itascore.cohort;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.itascore.FiscalYear;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.history.History;
import org.itascore.history.HistoryEntry;

/**
 * A cohort over several fiscal years: per year the pass rate against the target and its change, and per
 * office its history and the years it is missing from. Offices are matched across years by
 * {@link CohortMember#key()}: the office id when given, else the name. Immutable and thread-safe.
 */
public final class CohortYears {

    private final ImmutableList<YearSummary> years;
    private final ImmutableList<OfficeHistory> offices;

    private CohortYears(ImmutableList<YearSummary> years, ImmutableList<OfficeHistory> offices) {
        this.years = years;
        this.offices = offices;
    }

    /**
     * Reads a cohort by fiscal year.
     *
     * @param cohort the cohort, of one or more fiscal years
     * @param passMark the pass mark that decides an office's passing run
     * @param target the target share of offices passing, from 0 to 1
     * @return the years and offices
     * @throws InvalidInputException if the target is outside [0, 1]
     */
    public static CohortYears of(Cohort cohort, Score passMark, Rational target) {
        requireNonNull(cohort, "cohort");
        requireNonNull(passMark, "passMark");
        requireNonNull(target, "target");
        if (target.signum() < 0 || target.compareTo(Rational.ONE) > 0) {
            throw InvalidInputException.of(Location.of("target"), target.toString(), Message.of("share.range"));
        }
        Map<FiscalYear, List<CohortMember>> byYear = new TreeMap<>();
        Map<String, List<CohortMember>> byOffice = new LinkedHashMap<>();
        for (CohortMember m : cohort.members()) {
            byYear.computeIfAbsent(m.fiscalYear(), y -> new ArrayList<>()).add(m);
            byOffice.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
        }
        ImmutableList.Builder<YearSummary> years = ImmutableList.builder();
        Optional<Rational> previous = Optional.empty();
        for (Map.Entry<FiscalYear, List<CohortMember>> e : byYear.entrySet()) {
            List<CohortMember> members = e.getValue();
            long passed = members.stream().filter(CohortMember::passed).count();
            Rational mean = members.stream().map(m -> m.score().exact()).reduce(Rational.ZERO, Rational::plus)
                    .dividedBy(members.size());
            Rational rate = Rational.of(passed, members.size());
            Optional<Rational> before = previous;
            years.add(new YearSummary(e.getKey(), members.size(), passed, Score.of(mean), target, before.map(rate::minus)));
            previous = Optional.of(rate);
        }
        TreeSet<FiscalYear> all = new TreeSet<>(byYear.keySet());
        List<OfficeHistory> offices = new ArrayList<>();
        for (List<CohortMember> records : byOffice.values()) {
            records.sort(Comparator.comparing(CohortMember::fiscalYear));
            CohortMember latest = records.get(records.size() - 1);
            History history = History.of(records.stream()
                    .map(m -> new HistoryEntry(m.fiscalYear(), m.score().official(), Optional.of(m.grade()))).toList(), passMark);
            TreeSet<FiscalYear> missing = new TreeSet<>(all);
            records.forEach(m -> missing.remove(m.fiscalYear()));
            offices.add(new OfficeHistory(latest.office(), latest.officeId(), history, ImmutableList.copyOf(missing)));
        }
        offices.sort(Comparator.comparing(OfficeHistory::office).thenComparing(o -> o.officeId().orElse("")));
        return new CohortYears(years.build(), ImmutableList.copyOf(offices));
    }

    /** {@return the fiscal years, oldest first} */
    public ImmutableList<YearSummary> years() {
        return years;
    }

    /** {@return every office with its history, by name} */
    public ImmutableList<OfficeHistory> offices() {
        return offices;
    }

    /** {@return the offices missing from at least one of the cohort's years, by name} */
    public ImmutableList<OfficeHistory> incomplete() {
        return offices.stream().filter(o -> !o.missing().isEmpty()).collect(ImmutableList.toImmutableList());
    }

    @Override
    public String toString() {
        return "CohortYears" + years;
    }
}
