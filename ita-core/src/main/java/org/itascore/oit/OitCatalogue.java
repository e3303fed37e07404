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
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Problem;
import org.itascore.ProblemKind;

/**
 * The OIT checklist of an edition: its sub-indicators and the items in each.
 *
 * <p>{@link #CLASSIC} is the FY2563-2565 list of 43 items (sub-indicators 9.1-9.5 and 10.1-10.2). The
 * revised lists of FY2566 and FY2568 are not built in, because their grouping into sub-indicators is not
 * stated in any source found: supply them as a catalogue of your own through an edition.
 *
 * <p>Immutable and thread-safe.
 */
public final class OitCatalogue {

    /** The FY2563-2565 list, O1-O43. */
    public static final OitCatalogue CLASSIC = ClassicOitItems.catalogue();

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
                problems.add(new Problem(ProblemKind.DUPLICATE, Location.of("subIndicators", s.id()), s.id(), "a sub-indicator id is used once"));
            }
        }
        Set<String> itemIds = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (OitItem item : items) {
            if (!itemIds.add(item.id())) {
                problems.add(new Problem(ProblemKind.DUPLICATE, Location.of("items", item.id()), item.id(), "an item id is used once"));
            }
            if (!subIds.contains(item.subIndicator())) {
                problems.add(new Problem(Location.of("items", item.id()), item.subIndicator(), "no such sub-indicator in the catalogue"));
            }
            used.add(item.subIndicator());
        }
        for (SubIndicator s : subIndicators) {
            if (!used.contains(s.id())) {
                problems.add(new Problem(Location.of("subIndicators", s.id()), s.id(), "a sub-indicator has at least one item"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OitCatalogue(subIndicators, items);
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
