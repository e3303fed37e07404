package org.itascore.cohort;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.itascore.Score;

/**
 * Orders many items by a score in linear time: a score lies between 0 and 100, so its two-decimal value is one of
 * 10,001 keys, and a counting sort by that key orders a million items without comparing them. Rounding is monotone,
 * so the order by key is the exact order up to ties of the key; within a key the exact values are compared only
 * where some score there has more than two decimals. Items of equal order keep the order they were given in (the
 * cohort's canonical order). Stateless.
 */
final class ByValue {

    /** Two-decimal values from 0.00 to 100.00. */
    private static final int KEYS = 10_001;

    private ByValue() {
    }

    /** {@return a score's two-decimal value in hundredths, 0 to 10,000} */
    static int key(Score score) {
        return score.hundredths();
    }

    /**
     * {@return the items from the lowest score to the highest}
     *
     * @param <T> the item type
     * @param items the items, in the order kept among equals
     * @param score each item's score
     * @param exact whether items of one two-decimal value are ordered by their exact values (a median, a list by
     *     value), or kept as given (a ranking, which ties on the two-decimal value)
     * @param descending whether the highest score comes first
     */
    static <T> List<T> order(List<T> items, Function<? super T, Score> score, boolean exact, boolean descending) {
        int n = items.size();
        int[] keys = new int[n];
        int[] starts = new int[KEYS + 1];
        // a key whose run holds a score of more than two decimals, whose exact values must then be compared
        boolean[] mixed = exact ? new boolean[KEYS] : null;
        for (int i = 0; i < n; i++) {
            Score s = score.apply(items.get(i));
            int k = s.hundredths();
            keys[i] = descending ? KEYS - 1 - k : k;
            starts[keys[i] + 1]++;
            if (exact && !s.hasTwoDecimals()) {
                mixed[keys[i]] = true;
            }
        }
        for (int k = 0; k < KEYS; k++) {
            starts[k + 1] += starts[k];
        }
        Object[] out = new Object[n];
        int[] next = Arrays.copyOf(starts, KEYS);
        for (int i = 0; i < n; i++) {
            out[next[keys[i]]++] = items.get(i);
        }
        if (exact) {
            Comparator<Object> byExact = exactOrder(score, descending);
            for (int k = 0; k < KEYS; k++) {
                if (mixed[k] && starts[k + 1] - starts[k] > 1) {
                    Arrays.sort(out, starts[k], starts[k + 1], byExact); // stable: equal values keep the order given
                }
            }
        }
        @SuppressWarnings("unchecked")
        List<T> ordered = (List<T>) Arrays.asList(out);
        return ordered;
    }

    /**
     * {@return the score at a place of the exact order}, from items ordered by two-decimal value
     * ({@link #order} without {@code exact}): only the run of the place's two-decimal value is ordered exactly
     *
     * @param <T> the item type
     * @param byKey the items, from the lowest two-decimal value
     * @param score each item's score
     * @param index the place, from 0
     */
    static <T> Score exactAt(List<T> byKey, Function<? super T, Score> score, int index) {
        int key = key(score.apply(byKey.get(index)));
        int from = index;
        while (from > 0 && key(score.apply(byKey.get(from - 1))) == key) {
            from--;
        }
        int to = index + 1;
        while (to < byKey.size() && key(score.apply(byKey.get(to))) == key) {
            to++;
        }
        Score[] run = new Score[to - from];
        for (int i = from; i < to; i++) {
            run[i - from] = score.apply(byKey.get(i));
        }
        Arrays.sort(run);
        return run[index - from];
    }

    /**
     * Names gathered with their scores, to be listed from the lowest score: kept in arrays rather than as pairs, so
     * that a million names are ordered without a million objects to reach. Not thread-safe.
     */
    static final class Names {
        private int size;
        private int[] keys = new int[16];
        private String[] names = new String[16];
        private Score[] scores = new Score[16];
        private final boolean[] mixed = new boolean[KEYS];

        /**
         * Adds a name.
         *
         * @param score its score
         * @param name the name
         */
        void add(Score score, String name) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                names = Arrays.copyOf(names, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            keys[size] = score.hundredths();
            names[size] = name;
            scores[size] = score;
            if (!score.hasTwoDecimals()) {
                mixed[keys[size]] = true;
            }
            size++;
        }

        /** {@return the names from the lowest score to the highest, equal scores in the order added} */
        com.google.common.collect.ImmutableList<String> ascending() {
            int[] starts = new int[KEYS + 1];
            for (int i = 0; i < size; i++) {
                starts[keys[i] + 1]++;
            }
            for (int k = 0; k < KEYS; k++) {
                starts[k + 1] += starts[k];
            }
            int[] at = new int[size];
            int[] next = Arrays.copyOf(starts, KEYS);
            for (int i = 0; i < size; i++) {
                at[next[keys[i]]++] = i;
            }
            String[] out = new String[size];
            for (int k = 0; k < KEYS; k++) {
                int from = starts[k];
                int to = starts[k + 1];
                if (mixed[k] && to - from > 1) {
                    Integer[] run = new Integer[to - from];
                    for (int i = from; i < to; i++) {
                        run[i - from] = at[i];
                    }
                    Arrays.sort(run, Comparator.comparing((Integer i) -> scores[i])); // stable
                    for (int i = from; i < to; i++) {
                        at[i] = run[i - from];
                    }
                }
                for (int i = from; i < to; i++) {
                    out[i] = names[at[i]];
                }
            }
            return com.google.common.collect.ImmutableList.copyOf(out);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Comparator<Object> exactOrder(Function<? super T, Score> score, boolean descending) {
        Comparator<Object> ascending = Comparator.comparing(o -> score.apply((T) o));
        return descending ? ascending.reversed() : ascending;
    }
}
