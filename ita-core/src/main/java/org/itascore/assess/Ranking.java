package org.itascore.assess;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Standard competition ranking ("1224"): the highest value ranks 1, tied values share a rank, and the
 * rank after a tie skips the tied places. Used for indicators inside an assessment and for offices in a
 * cohort, so both rank the same way.
 */
public final class Ranking {

    private Ranking() {
    }

    /**
     * Ranks items from the highest key to the lowest.
     *
     * @param <T> the item type
     * @param <K> the key type
     * @param items the items; each item object is ranked once
     * @param key the key to rank by; equal keys (by {@code compareTo}) tie
     * @return the rank of each item, keyed by identity
     */
    public static <T, K extends Comparable<? super K>> Map<T, Integer> descending(List<T> items, Function<T, K> key) {
        requireNonNull(items, "items");
        requireNonNull(key, "key");
        // each key is computed once, not once per comparison
        Map<T, K> keys = new IdentityHashMap<>();
        items.forEach(item -> keys.put(item, key.apply(item)));
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((T item) -> keys.get(item)).reversed());
        Map<T, Integer> ranks = new IdentityHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            T item = sorted.get(i);
            boolean tiesPrevious = i > 0 && keys.get(item).compareTo(keys.get(sorted.get(i - 1))) == 0;
            ranks.put(item, tiesPrevious ? ranks.get(sorted.get(i - 1)) : i + 1);
        }
        return ranks;
    }
}
