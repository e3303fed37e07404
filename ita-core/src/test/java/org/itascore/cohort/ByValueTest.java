package org.itascore.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.itascore.Rational;
import org.itascore.Score;
import org.itascore.Theories;
import org.junit.jupiter.api.Test;

/**
 * The linear-time order by value agrees with a plain sort of the exact values, equal values keeping their given
 * order, on scores crowded into few two-decimal values, some with more decimals (thirds, sevenths) and some not.
 */
class ByValueTest {

    /** An item: its place in the given order and its score. */
    private record Item(int given, Score score) {
    }

    /** {@return a score near 90: 90 plus a numerator over 3, 7 or 100, so that many share a two-decimal value} */
    private static Score score(int code) {
        int denominator = new int[] {3, 7, 100}[Math.floorMod(code, 3)];
        return Score.of(Rational.of(90L * denominator + Math.floorMod(code / 3, 31), denominator));
    }

    private static List<Item> items(List<Integer> codes) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            items.add(new Item(i, score(codes.get(i))));
        }
        return items;
    }

    @Test
    void theOrderIsTheExactOrderEqualValuesAsGiven() {
        Theories.qt("order by value").forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 300)).check(codes -> {
            List<Item> items = items(codes);
            List<Item> expected = new ArrayList<>(items);
            expected.sort(Comparator.comparing(Item::score).thenComparingInt(Item::given));
            List<Item> descending = new ArrayList<>(items);
            descending.sort(Comparator.comparing(Item::score).reversed().thenComparingInt(Item::given));
            return expected.equals(ByValue.order(items, Item::score, true, false))
                    && descending.equals(ByValue.order(items, Item::score, true, true));
        });
    }

    @Test
    void withoutTheExactOrderEqualTwoDecimalValuesStayAsGiven() {
        Theories.qt("order by two-decimal value").forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 300)).check(codes -> {
            List<Item> items = items(codes);
            List<Item> expected = new ArrayList<>(items);
            expected.sort(Comparator.comparing((Item i) -> i.score().officialDecimal()).reversed().thenComparingInt(Item::given));
            return expected.equals(ByValue.order(items, Item::score, false, true));
        });
    }

    @Test
    void thePlaceOfTheExactOrderIsFoundWithinItsRun() {
        Theories.qt("exact place").forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 300)).check(codes -> {
            List<Item> items = items(codes);
            List<Score> sorted = items.stream().map(Item::score).sorted().toList();
            List<Item> byKey = ByValue.order(items, Item::score, false, false);
            for (int i = 0; i < items.size(); i++) {
                if (!sorted.get(i).equals(ByValue.exactAt(byKey, Item::score, i))) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void namesAreListedFromTheLowestScoreEqualScoresAsAdded() {
        Theories.qt("names by value").forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 300)).check(codes -> {
            List<Item> items = items(codes);
            ByValue.Names names = new ByValue.Names();
            items.forEach(i -> names.add(i.score(), "office " + i.given()));
            List<String> expected = items.stream().sorted(Comparator.comparing(Item::score).thenComparingInt(Item::given))
                    .map(i -> "office " + i.given()).toList();
            return expected.equals(names.ascending());
        });
    }

    @Test
    void theEndsOfTheScaleAreKeys() {
        List<Item> items = List.of(new Item(0, Score.of(Rational.of(100))), new Item(1, Score.of(Rational.ZERO)),
                new Item(2, Score.of(Rational.of(1, 300))));
        assertEquals(List.of(items.get(1), items.get(2), items.get(0)), ByValue.order(items, Item::score, true, false));
        assertEquals(List.of(items.get(0), items.get(1), items.get(2)), ByValue.order(items, Item::score, false, true));
    }
}
