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
import org.itascore.Message;
import org.itascore.ProblemKind;

/**
 * A set of editions, looked up by id or by fiscal year.
 *
 * <p>{@link #builtIn()} holds the editions that ship with the library; {@link #with(Edition)} adds your
 * own. The default edition of a fiscal year is the first edition, in the order added, that covers it: the
 * built-in registry lists OBEC's ESA editions ({@code obec-esa-YYYY}) before the NACC's
 * ({@code nacc-YYYY}) and OVEC's ({@code ovec-YYYY}), so OBEC's is the default where it exists;
 * {@link #preferring(String)} makes another edition the default.
 *
 * <p>A fiscal year no edition covers is never scored under another year's rules silently. The caller
 * chooses: {@link #forYear(String, FiscalYear)} (or the id {@code BASE-for-YEAR}, which every look-up
 * understands, for example {@code nacc-2569-for-2570}) gives an edition derived from a named one for that
 * year, whose provenance records the derivation as an assumption.
 *
 * <p>Immutable and thread-safe.
 */
public final class Editions {

    private static final Editions BUILT_IN = new Editions(BuiltInEditions.all(), Optional.empty());

    private static final java.util.regex.Pattern DERIVED_ID = java.util.regex.Pattern.compile("(.+)-for-(\\d{4})");

    private final ImmutableList<Edition> editions;
    private final Optional<String> preferred;

    private Editions(List<Edition> editions, Optional<String> preferred) {
        this.editions = ImmutableList.copyOf(editions);
        this.preferred = preferred;
    }

    /**
     * Returns the built-in editions: {@code obec-esa-2562} to {@code obec-esa-2569} (OBEC's ITA Online for
     * Educational Service Area offices), {@code nacc-2562} to {@code nacc-2569} (the NACC's ITA, with
     * verdicts from FY2567) and {@code ovec-2568}, {@code ovec-2569} (OVEC's ITA Online for vocational
     * colleges, with verdicts). From FY2568 most rules are assumed: each edition's provenance says which.
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
        Editions result = new Editions(List.of(), Optional.empty());
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
            // located at the edition's id, the field of an edition document that names it
            throw InvalidInputException.of(Location.of("id"), edition.id(), Message.of("edition.idTaken"));
        }
        List<Edition> all = new ArrayList<>(editions);
        all.add(edition);
        return new Editions(all, preferred);
    }

    /**
     * Returns this registry with one edition as the default of every fiscal year: a document that names no
     * edition is read under it if it covers the document's year, under an edition derived from it if no
     * edition covers the year ({@link #forYear}), and is refused if the year is another edition's. What
     * {@code ita --edition ID} does.
     *
     * @param id the id of an edition of this registry
     * @return the registry with that default
     * @throws InvalidInputException if there is no such edition
     */
    public Editions preferring(String id) {
        get(id);
        return new Editions(editions, Optional.of(id));
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
        Optional<Edition> found = editions.stream().filter(e -> e.id().equals(id)).findFirst();
        if (found.isPresent()) {
            return found;
        }
        java.util.regex.Matcher derived = DERIVED_ID.matcher(id);
        if (derived.matches() && inRange(Integer.parseInt(derived.group(2)))) {
            FiscalYear year = FiscalYear.of(Integer.parseInt(derived.group(2)));
            Optional<Edition> base = editions.stream().filter(e -> e.id().equals(derived.group(1))).findFirst();
            if (base.isPresent() && !base.get().covers(year) && covering(year).isEmpty()) {
                return Optional.of(derive(base.get(), year));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the edition to read a document of a fiscal year under, when the caller names one: the named
     * edition if it covers the year; if no edition of this registry covers the year, an edition derived from
     * the named one for that year, with the id {@code ID-for-YEAR} and a provenance note recording the
     * derivation as an assumption ({@link Edition#derive}). Never another year's rules silently.
     *
     * @param id the named edition's id
     * @param year the document's fiscal year
     * @return the edition
     * @throws InvalidInputException if the edition is unknown, or it does not cover the year while another
     *     edition does (the message names it)
     */
    public Edition forYear(String id, FiscalYear year) {
        requireNonNull(year, "year");
        Edition named = get(id);
        if (named.covers(year)) {
            return named;
        }
        Optional<Edition> covering = covering(year);
        if (covering.isPresent()) {
            throw InvalidInputException.of(ProblemKind.CONFLICT, Location.of("fiscalYear"), year.toString(),
                    Message.of("edition.yearHasOwn", id, named.fiscalYears(), year, covering.get().id()));
        }
        return derive(named, year);
    }

    private static boolean inRange(int buddhistEra) {
        try {
            FiscalYear.of(buddhistEra);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private Optional<Edition> covering(FiscalYear year) {
        return editions.stream().filter(e -> e.covers(year)).findFirst();
    }

    private static Edition derive(Edition base, FiscalYear year) {
        return base.derive(base.id() + "-for-" + year, year).build();
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
                org.itascore.text.Nearest.to(id, ids())
                        .map(near -> Message.of("edition.unknownNearest", near, String.join(", ", ids())))
                        .orElseGet(() -> Message.of("edition.unknown", String.join(", ", ids())))));
    }

    /**
     * Returns the default edition of a fiscal year: the first one added that covers it.
     *
     * @param year the fiscal year
     * @return the edition
     * @throws InvalidInputException if no edition covers the year; the message lists the years covered
     */
    public Edition defaultFor(FiscalYear year) {
        return defaultFor(year, null);
    }

    /**
     * Returns the default edition of a fiscal year for an office: as {@link #defaultFor(FiscalYear)}, and when no
     * edition covers the year, the refusal suggests first the nearest edition of the office's own family
     * ({@link #familyOf}).
     *
     * @param year the fiscal year
     * @param office the office's name, or {@code null} when not known
     * @return the edition
     * @throws InvalidInputException if no edition covers the year; the message lists the years covered
     */
    public Edition defaultFor(FiscalYear year, String office) {
        requireNonNull(year, "year");
        if (preferred.isPresent()) {
            return forYear(preferred.get(), year);
        }
        return covering(year).orElseThrow(() -> uncovered(year, office));
    }

    /**
     * {@return the family of editions an office is assessed under, told by its name: {@code obec-esa} for an
     * Educational Service Area office (สพป., สพม., สำนักงานเขตพื้นที่การศึกษา...), {@code ovec} for a vocational
     * college (วิทยาลัย...), {@code nacc} for any other agency; empty when the name is not known}
     *
     * @param office the office's name, or {@code null}
     */
    public static Optional<String> familyOf(String office) {
        if (office == null || office.isBlank()) {
            return Optional.empty();
        }
        String name = office.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("สพป") || name.startsWith("สพม") || name.contains("เขตพื้นที่การศึกษา")
                || name.contains("educational service area")) {
            return Optional.of("obec-esa");
        }
        if (name.contains("วิทยาลัย") || name.contains("college") || name.contains("อาชีวศึกษา")) {
            return Optional.of("ovec");
        }
        return Optional.of("nacc");
    }

    /**
     * The refusal of a year no edition covers: the years covered, the nearest edition, and how to derive one
     * from it. Never a silent fallback to another year's rules.
     */
    private InvalidInputException uncovered(FiscalYear year, String office) {
        String covered = editions.stream().flatMap(e -> e.fiscalYears().stream()).distinct().sorted()
                .map(FiscalYear::toString).collect(Collectors.joining(", "));
        int distance = editions.stream().mapToInt(e -> distance(e, year)).min().orElse(Integer.MAX_VALUE);
        // the office's own family first, so that an ESA office is not sent to the NACC's verdicts; an office not
        // known is suggested the NACC's edition, which any public agency may use
        Optional<String> family = familyOf(office);
        List<Edition> nearest = editions.stream().filter(e -> distance(e, year) == distance)
                .sorted(java.util.Comparator.comparing((Edition e) -> family.isPresent() && !e.id().startsWith(family.get() + "-")))
                .toList();
        if (nearest.isEmpty()) {
            return InvalidInputException.of(ProblemKind.CONFLICT, Location.of("fiscalYear"), year.toString(),
                    Message.of("edition.none"));
        }
        String ids = nearest.stream().map(Edition::id).collect(Collectors.joining(", "));
        String example = family.isPresent() ? nearest.get(0).id()
                : nearest.stream().filter(e -> e.id().startsWith("nacc-")).findFirst().orElse(nearest.get(0)).id();
        return InvalidInputException.of(ProblemKind.CONFLICT, Location.of("fiscalYear"), year.toString(),
                Message.of("edition.uncovered", covered, ids, example, year));
    }

    private static int distance(Edition e, FiscalYear year) {
        return e.fiscalYears().stream().mapToInt(y -> Math.abs(y.buddhistEra() - year.buddhistEra())).min()
                .orElse(Integer.MAX_VALUE);
    }

    @Override
    public String toString() {
        return ids().toString();
    }
}
