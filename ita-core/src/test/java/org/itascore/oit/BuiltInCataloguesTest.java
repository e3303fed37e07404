package org.itascore.oit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.itascore.Bilingual;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogues that ship as data files: each is valid, has the size and the untitled items its source
 * gives, and scores a hand-worked pattern of absent items to the indicator 9 and 10 scores worked below
 * with fractions (sub-indicator = share present; indicator = mean of its sub-indicators).
 */
class BuiltInCataloguesTest {

    static Stream<Arguments> catalogues() {
        return Stream.of(
                // name, items, items per sub-indicator in order, untitled items
                Arguments.of("classic", 43, List.of(9, 8, 7, 4, 5, 8, 2), List.of()),
                Arguments.of("nacc-2566", 43, List.of(9, 8, 7, 4, 5, 8, 2), IntStream.rangeClosed(1, 43)
                        .filter(n -> n != 10 && (n < 31 || n > 33) && (n < 39 || n > 41)).mapToObj(n -> "O" + n).toList()),
                Arguments.of("nacc-2568", 26, List.of(11, 2, 3, 4, 4, 2), List.of("O2", "O5", "O6", "O7")),
                Arguments.of("nacc-2569", 26, List.of(10, 2, 3, 4, 3, 4), List.of("O2", "O5", "O6", "O7")),
                Arguments.of("ovec-2568", 37, List.of(6, 10, 6, 3, 4, 6, 2), List.of("O22")),
                Arguments.of("ovec-2569", 23, List.of(5, 4, 2, 4, 2, 2, 4), List.of()));
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void eachCatalogueFileIsValidAndAsItsSourceGivesIt(String name, int size, List<Integer> perSub, List<String> untitled) {
        OitCatalogue c = OitCatalogue.builtIn(name);
        assertEquals(size, c.items().size(), name);
        // items are O1..On in order, each id once
        assertEquals(IntStream.rangeClosed(1, size).mapToObj(n -> "O" + n).toList(), c.items().stream().map(OitItem::id).toList());
        // every item in exactly one sub-indicator, every sub-indicator used, sub-indicator ids unique
        Set<String> subIds = new HashSet<>();
        c.subIndicators().forEach(s -> assertTrue(subIds.add(s.id()), name + " " + s.id()));
        assertEquals(perSub, c.subIndicators().stream().map(s -> c.items(s.id()).size()).toList(), name);
        assertEquals(size, c.subIndicators().stream().mapToInt(s -> c.items(s.id()).size()).sum());
        // 9.x measure indicator 9, 10.x indicator 10
        c.subIndicators().forEach(s -> assertEquals(s.id().startsWith("9.") ? Indicator.INFORMATION_DISCLOSURE
                : Indicator.CORRUPTION_PREVENTION, s.indicator(), name + " " + s.id()));
        assertEquals(untitled, c.untitledItems().stream().map(OitItem::id).toList(), name);
        // a known title is never the placeholder, and has both languages
        c.items().stream().filter(OitItem::titleKnown).forEach(i -> assertFalse(i.title().thai().contains("?"), name + " " + i.id()));
    }

    static Stream<Arguments> patterns() {
        return Stream.of(
                // nacc-2568: 9.1 O1-O11, 9.2 O12-O13, 9.3 O14-O16, 9.4 O17-O20 | 10.1 O21-O24, 10.2 O25-O26.
                //   O2, O12 absent: mean(10/11, 1/2, 1, 1) = (20/22 + 11/22 + 44/22) / 4 = 75/88 = 0.85227... -> 85.23
                //   O21, O25 absent: mean(3/4, 1/2) = 5/8 -> 62.50
                Arguments.of("nacc-2568", List.of("O2", "O12", "O21", "O25"), "85.23", "62.50"),
                // nacc-2569: 9.1 O1-O10, 9.2 O11-O12, 9.3 O13-O15, 9.4 O16-O19 | 10.1 O20-O22, 10.2 O23-O26.
                //   O10, O13 absent: mean(9/10, 1, 2/3, 1) = (27 + 30 + 20 + 30) / 30 / 4 = 107/120 = 0.89166... -> 89.17
                //   O20, O26 absent: mean(2/3, 3/4) = (8/12 + 9/12) / 2 = 17/24 = 0.70833... -> 70.83
                Arguments.of("nacc-2569", List.of("O10", "O13", "O20", "O26"), "89.17", "70.83"),
                // ovec-2568: 9.2 has ten items (O7-O16), 10.1 six (O30-O35).
                //   O7, O8 absent: mean(1, 8/10, 1, 1, 1) = 4.8 / 5 = 0.96 -> 96.00
                //   O30 absent: mean(5/6, 1) = 11/12 = 0.91666... -> 91.67
                Arguments.of("ovec-2568", List.of("O7", "O8", "O30"), "96.00", "91.67"),
                // ovec-2569: 9.1 O1-O5, 9.3 O10-O11, 10.2 O20-O23.
                //   O3, O11 absent: mean(4/5, 1, 1/2, 1, 1) = 4.3 / 5 = 0.86 -> 86.00
                //   O21 absent: mean(1, 3/4) = 7/8 -> 87.50
                Arguments.of("ovec-2569", List.of("O3", "O11", "O21"), "86.00", "87.50"),
                // nacc-2566 (classic ranges, assumed): O31 is the first No Gift Policy item, in 9.5 (five items).
                //   mean(1, 1, 1, 1, 4/5) = 24/25 -> 96.00; indicator 10 complete -> 100.00
                Arguments.of("nacc-2566", List.of("O31"), "96.00", "100.00"));
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void aHandWorkedPatternGivesItsIndicatorScores(String name, List<String> absent, String nine, String ten) {
        OitCatalogue c = OitCatalogue.builtIn(name);
        List<ChecklistEntry> entries = new ArrayList<>();
        for (OitItem item : c.items()) {
            entries.add(absent.contains(item.id()) ? ChecklistEntry.absent(item.id())
                    : ChecklistEntry.present(item.id(), URI.create("https://www.example.ac.th/ita/" + item.id())));
        }
        OitChecklist checklist = OitChecklist.of(c, entries);
        assertEquals(nine, checklist.indicatorScore(Indicator.INFORMATION_DISCLOSURE).official().toString(), name);
        assertEquals(ten, checklist.indicatorScore(Indicator.CORRUPTION_PREVENTION).official().toString(), name);
    }

    @Test
    void missingTitlesAreSuppliedByTheUserAndUnknownIdsRefused() {
        OitCatalogue c = OitCatalogue.builtIn("nacc-2568");
        OitCatalogue titled = c.withTitles(Map.of("O2", Bilingual.of("ข้อมูลผู้บริหาร", "Executives")));
        assertEquals("Executives", titled.item("O2").orElseThrow().title().english());
        assertEquals(List.of("O5", "O6", "O7"), titled.untitledItems().stream().map(OitItem::id).toList());
        assertEquals(c.subIndicators(), titled.subIndicators());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> c.withTitles(Map.of("O27", Bilingual.of("x", "x"), "O99", Bilingual.of("y", "y"))));
        assertEquals(List.of("/titles/O27", "/titles/O99"), e.problems().stream().map(p -> p.location().toString()).toList());
    }

    @Test
    void anUnknownCatalogueNameListsTheBuiltInOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OitCatalogue.builtIn("nacc-2570"));
        assertEquals("/catalogue", e.problems().get(0).location().toString());
        assertTrue(e.getMessage().contains("classic, nacc-2566, nacc-2568, nacc-2569, ovec-2568, ovec-2569"), e.getMessage());
        assertEquals(OitCatalogue.CLASSIC, OitCatalogue.builtIn("classic"));
    }

    @Test
    void aMalformedCatalogueFileIsALibraryDefectNamedByLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CatalogueFiles.parse("x.tsv", List.of("# comment", "sub\t9.1\t9\tก\tA", "item\tO1\t9.1\tก")));
        assertEquals("x.tsv line 3: five tab-separated fields expected", e.getMessage());
    }
}
