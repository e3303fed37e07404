package org.itascore.edition;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itascore.FiscalYear;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.ProblemKind;

/**
 * A set of editions, looked up by id or by fiscal year.
 *
 * <p>{@link #builtIn()} holds the editions that ship with the library; {@link #with(Edition)} adds your
 * own. The default edition of a fiscal year is the first edition, in the order added, that covers it: the
 * built-in registry lists OBEC's ESA editions ({@code obec-esa-YYYY}) before the NACC's
 * ({@code nacc-YYYY}), so OBEC's is the default where both exist.
 *
 * <p>Immutable and thread-safe.
 */
public final class Editions {

    private static final Editions BUILT_IN = new Editions(BuiltInEditions.all());

    private final ImmutableList<Edition> editions;

    private Editions(List<Edition> editions) {
        this.editions = ImmutableList.copyOf(editions);
    }

    /**
     * Returns the built-in editions: {@code obec-esa-2562} to {@code obec-esa-2567} (OBEC's ITA Online for
     * Educational Service Area offices) and {@code nacc-2562} to {@code nacc-2568} (the NACC's ITA, with
     * verdicts from FY2567).
     *
     * @return the built-in registry
     */
    public static Editions builtIn() {
        return BUILT_IN;
    }

    /**
     * Returns a registry of these editions, in this order.
     *
     * @param editions the editions
     * @return the registry
     * @throws InvalidInputException if two editions share an id
     */
    public static Editions of(Collection<Edition> editions) {
        Editions result = new Editions(List.of());
        for (Edition edition : editions) {
            result = result.with(edition);
        }
        return result;
    }

    /**
     * Returns a registry with one more edition, after the others.
     *
     * @param edition the edition
     * @return the new registry
     * @throws InvalidInputException if an edition with the same id is already there
     */
    public Editions with(Edition edition) {
        requireNonNull(edition, "edition");
        if (find(edition.id()).isPresent()) {
            throw InvalidInputException.of(Location.of("edition"), edition.id(), "an edition id is used once; it is already taken");
        }
        List<Edition> all = new ArrayList<>(editions);
        all.add(edition);
        return new Editions(all);
    }

    /** {@return every edition, in the order added} */
    public ImmutableList<Edition> all() {
        return editions;
    }

    /** {@return every edition id, in the order added} */
    public ImmutableList<String> ids() {
        return editions.stream().map(Edition::id).collect(ImmutableList.toImmutableList());
    }

    /**
     * {@return the edition, if there is one with that id}
     *
     * @param id an edition id
     */
    public Optional<Edition> find(String id) {
        requireNonNull(id, "id");
        return editions.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * Returns the edition of an id.
     *
     * @param id an edition id, for example {@code "obec-esa-2566"}
     * @return the edition
     * @throws InvalidInputException if there is none; the message lists the known ids
     */
    public Edition get(String id) {
        return find(id).orElseThrow(() -> InvalidInputException.of(Location.of("edition"), id,
                "unknown edition; known editions are " + String.join(", ", ids())));
    }

    /**
     * Returns the default edition of a fiscal year: the first one added that covers it.
     *
     * @param year the fiscal year
     * @return the edition
     * @throws InvalidInputException if no edition covers the year; the message lists the years covered
     */
    public Edition defaultFor(FiscalYear year) {
        requireNonNull(year, "year");
        return editions.stream().filter(e -> e.covers(year)).findFirst().orElseThrow(() -> uncovered(year));
    }

    /**
     * The refusal of a year no edition covers: the years covered, the nearest edition, and how to derive one
     * from it. Never a silent fallback to another year's rules.
     */
    private InvalidInputException uncovered(FiscalYear year) {
        String covered = editions.stream().flatMap(e -> e.fiscalYears().stream()).distinct().sorted()
                .map(FiscalYear::toString).collect(Collectors.joining(", "));
        Optional<Edition> nearest = editions.stream().min(java.util.Comparator
                .comparingInt((Edition e) -> e.fiscalYears().stream()
                        .mapToInt(y -> Math.abs(y.buddhistEra() - year.buddhistEra())).min().orElse(Integer.MAX_VALUE))
                .thenComparing(e -> -e.fiscalYears().last().buddhistEra()));
        return InvalidInputException.of(ProblemKind.CONFLICT, Location.of("fiscalYear"), year.toString(),
                "no edition covers this fiscal year; editions cover " + covered + nearest.map(e -> "; the nearest is "
                        + e.id() + " (fiscal year " + e.fiscalYears().last() + "): to score under its rules, derive an edition for "
                        + year + " from it (Edition.derive in Java, \"derivedFrom\": \"" + e.id() + "\" in an edition file,"
                        + " see docs/editions.md)").orElse(""));
    }

    @Override
    public String toString() {
        return ids().toString();
    }
}
