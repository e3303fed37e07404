package org.itascore.oit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itascore.Bilingual;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;

/**
 * The OIT checklist of an edition: its sub-indicators and the items in each.
 *
 * <p>The catalogues that ship with the library are data files, one per catalogue, read by
 * {@link #builtIn(String)}: {@code classic} ({@link #CLASSIC}, the FY2563-2565 list of 43 items, verified
 * against published values), {@code nacc-2566} (the FY2566 revision as far as it is known), {@code nacc-2568}
 * and {@code nacc-2569} (26 items; grouping assumed), {@code ovec-2568} (37 items) and {@code ovec-2569}
 * (23 items). docs/editions.md gives each one's source and certainty; items whose titles no source gives
 * are {@linkplain OitItem#untitled untitled}, and {@link #withTitles} supplies them.
 *
 * <p>Immutable and thread-safe.
 */
public final class OitCatalogue {

    /** The FY2563-2565 list, O1-O43. */
    public static final OitCatalogue CLASSIC = CatalogueFiles.read("classic");

    private static final ImmutableMap<String, OitCatalogue> BUILT_IN = CatalogueFiles.NAMES.stream()
            .collect(ImmutableMap.toImmutableMap(n -> n, n -> n.equals("classic") ? CLASSIC : CatalogueFiles.read(n)));

    private final ImmutableList<SubIndicator> subIndicators;
    private final ImmutableList<OitItem> items;
    private final ImmutableMap<String, OitItem> itemsById;
    private final ImmutableListMultimap<String, OitItem> itemsBySubIndicator;

    private OitCatalogue(List<SubIndicator> subIndicators, List<OitItem> items) {
        this.subIndicators = ImmutableList.copyOf(subIndicators);
        this.items = ImmutableList.copyOf(items);
        this.itemsById = Maps.uniqueIndex(items, OitItem::id);
        this.itemsBySubIndicator = Multimaps.index(items, OitItem::subIndicator);
    }

    /**
     * Returns a catalogue.
     *
     * @param subIndicators the sub-indicators
     * @param items the items, each in one of the sub-indicators
     * @return the catalogue
     * @throws InvalidInputException listing every problem: repeated ids, an item in an unknown
     *     sub-indicator, a sub-indicator without items
     */
    public static OitCatalogue of(List<SubIndicator> subIndicators, List<OitItem> items) {
        requireNonNull(subIndicators, "subIndicators");
        requireNonNull(items, "items");
        List<Problem> problems = new ArrayList<>();
        Set<String> subIds = new HashSet<>();
        for (SubIndicator s : subIndicators) {
            if (!subIds.add(s.id())) {
                problems.add(new Problem(ProblemKind.DUPLICATE, Location.of("subIndicators", s.id()), s.id(), Message.of("catalogue.subIndicatorDuplicate")));
            }
        }
        Set<String> itemIds = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (OitItem item : items) {
            if (!itemIds.add(item.id())) {
                problems.add(new Problem(ProblemKind.DUPLICATE, Location.of("items", item.id()), item.id(), Message.of("catalogue.itemDuplicate")));
            }
            if (!subIds.contains(item.subIndicator())) {
                problems.add(new Problem(Location.of("items", item.id()), item.subIndicator(), Message.of("catalogue.noSuchSubIndicator")));
            }
            used.add(item.subIndicator());
        }
        for (SubIndicator s : subIndicators) {
            if (!used.contains(s.id())) {
                problems.add(new Problem(Location.of("subIndicators", s.id()), s.id(), Message.of("catalogue.subIndicatorEmpty")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OitCatalogue(subIndicators, items);
    }

    /**
     * Returns a catalogue that ships with the library.
     *
     * @param name one of {@link #builtInNames()}, for example {@code "ovec-2569"}
     * @return the catalogue
     * @throws InvalidInputException if no built-in catalogue has that name; the message lists the names
     */
    public static OitCatalogue builtIn(String name) {
        requireNonNull(name, "name");
        OitCatalogue catalogue = BUILT_IN.get(name);
        if (catalogue == null) {
            throw InvalidInputException.of(Location.of("catalogue"), name, org.itascore.text.Nearest.to(name, CatalogueFiles.NAMES)
                    .map(near -> Message.of("catalogue.unknownNearest", near, String.join(", ", CatalogueFiles.NAMES)))
                    .orElseGet(() -> Message.of("catalogue.unknown", String.join(", ", CatalogueFiles.NAMES))));
        }
        return catalogue;
    }

    /** {@return the name of this catalogue when it is one that ships with the library (equal to it), else empty} */
    public Optional<String> builtInName() {
        return BUILT_IN.entrySet().stream().filter(e -> e.getValue().equals(this)).map(java.util.Map.Entry::getKey).findFirst();
    }

    /**
     * {@return the rule a checklist item outside this catalogue breaks: naming the catalogue, when built in, its
     * number of items and its first and last item}
     */
    public Message notAnItem() {
        if (items.isEmpty()) {
            return Message.of("checklist.notAnItem");
        }
        String first = items.get(0).id();
        String last = items.get(items.size() - 1).id();
        return builtInName().map(name -> Message.of("checklist.notAnItemOf", name, items.size(), first, last))
                .orElseGet(() -> Message.of("checklist.notAnItemOfGiven", items.size(), first, last));
    }

    /** {@return the names of the catalogues that ship with the library, oldest first} */
    public static ImmutableList<String> builtInNames() {
        return CatalogueFiles.NAMES;
    }

    /**
     * Returns this catalogue with some items' titles replaced, for example to supply the titles a source
     * did not publish.
     *
     * @param titles the new titles by item id
     * @return the catalogue with those titles; the grouping is unchanged
     * @throws InvalidInputException listing every id that is not an item of the catalogue
     */
    public OitCatalogue withTitles(java.util.Map<String, Bilingual> titles) {
        requireNonNull(titles, "titles");
        List<Problem> problems = new ArrayList<>();
        titles.keySet().stream().filter(id -> !itemsById.containsKey(id)).sorted().forEach(id ->
                problems.add(new Problem(Location.of("titles", id), id, notAnItem())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OitCatalogue(subIndicators, items.stream()
                .map(i -> titles.containsKey(i.id()) ? new OitItem(i.id(), i.subIndicator(), titles.get(i.id())) : i)
                .toList());
    }

    /** {@return the items whose titles are not published, in order} */
    public ImmutableList<OitItem> untitledItems() {
        return items.stream().filter(i -> !i.titleKnown()).collect(ImmutableList.toImmutableList());
    }

    /** {@return the sub-indicators, in order} */
    public ImmutableList<SubIndicator> subIndicators() {
        return subIndicators;
    }

    /**
     * {@return its sub-indicators, in order}
     *
     * @param indicator an indicator
     */
    public ImmutableList<SubIndicator> subIndicators(Indicator indicator) {
        return subIndicators.stream().filter(s -> s.indicator() == indicator).collect(ImmutableList.toImmutableList());
    }

    /** {@return every item, in order} */
    public ImmutableList<OitItem> items() {
        return items;
    }

    /**
     * {@return its items, in order}
     *
     * @param subIndicator a sub-indicator's id
     */
    public ImmutableList<OitItem> items(String subIndicator) {
        return itemsBySubIndicator.get(subIndicator);
    }

    /**
     * {@return the item, if the catalogue has it}
     *
     * @param id an item id
     */
    public Optional<OitItem> item(String id) {
        return Optional.ofNullable(itemsById.get(id));
    }

    /**
     * {@return the sub-indicator, if the catalogue has it}
     *
     * @param id a sub-indicator id
     */
    public Optional<SubIndicator> subIndicator(String id) {
        return subIndicators.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** {@return the indicators the catalogue covers, by number} */
    public ImmutableList<Indicator> indicators() {
        return subIndicators.stream().map(SubIndicator::indicator).distinct().sorted()
                .collect(ImmutableList.toImmutableList());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OitCatalogue other && subIndicators.equals(other.subIndicators) && items.equals(other.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return "a catalogue of " + items.size() + " items in sub-indicators "
                + subIndicators.stream().map(SubIndicator::id).collect(java.util.stream.Collectors.joining(", "));
    }
}
