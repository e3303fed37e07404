package org.itascore.oit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sub-indicator = share present x 100; indicator = mean of sub-indicators. Sizes of the classic list:
 * 9.1 nine items (O1-O9), 9.2 eight, 9.3 seven, 9.4 four, 9.5 five, 10.1 eight (O34-O41), 10.2 two.
 */
class OitChecklistTest {

    /** A checklist of the classic catalogue with these items absent. */
    static OitChecklist without(String... absent) {
        Set<String> missing = Set.of(absent);
        List<ChecklistEntry> entries = new ArrayList<>();
        for (OitItem item : OitCatalogue.CLASSIC.items()) {
            entries.add(missing.contains(item.id()) ? ChecklistEntry.absent(item.id())
                    : ChecklistEntry.present(item.id(), URI.create("https://www.example.go.th/ita/" + item.id().toLowerCase())));
        }
        return OitChecklist.of(OitCatalogue.CLASSIC, entries);
    }

    static Stream<Arguments> patterns() {
        return Stream.of(
                // all present: 100 and 100
                Arguments.of(new String[0], "100.00", "100.00"),
                // O1 absent: mean(8/9, 1, 1, 1, 1) = (44/9) / 5 = 44/45 -> 97.78
                Arguments.of(new String[] {"O1"}, "97.78", "100.00"),
                // two of 10.1 absent: mean(6/8, 1) = 7/8 -> 87.50
                Arguments.of(new String[] {"O34", "O41"}, "100.00", "87.50"),
                // one of 10.1 absent: mean(7/8, 1) = 15/16 -> 93.75 (the published value of DOMAIN.md)
                Arguments.of(new String[] {"O36"}, "100.00", "93.75"),
                // all of 9.4 absent: mean(1, 1, 1, 0, 1) = 4/5 -> 80.00
                Arguments.of(new String[] {"O25", "O26", "O27", "O28"}, "80.00", "100.00"),
                // one of 10.2 absent: mean(1, 1/2) = 3/4 -> 75.00
                Arguments.of(new String[] {"O43"}, "100.00", "75.00"),
                // O10 (9.2, 8 items) and O18 (9.3, 7 items): mean(1, 7/8, 6/7, 1, 1)
                //   = (3 + 49/56 + 48/56) / 5 = (265/56) / 5 = 53/56 = 0.946428... -> 94.64
                Arguments.of(new String[] {"O10", "O18"}, "94.64", "100.00"),
                // nothing present: 0 and 0
                Arguments.of(OitCatalogue.CLASSIC.items().stream().map(OitItem::id).toArray(String[]::new), "0.00", "0.00"));
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void scoresSubIndicatorsAsSharesAndIndicatorsAsTheirMean(String[] absent, String nine, String ten) {
        OitChecklist checklist = without(absent);
        assertEquals(nine, checklist.indicatorScore(Indicator.INFORMATION_DISCLOSURE).official().toString());
        assertEquals(ten, checklist.indicatorScore(Indicator.CORRUPTION_PREVENTION).official().toString());
    }

    @Test
    void exactValuesNotRoundedOnTheWay() {
        assertEquals(Score.ofFraction(4400, 45), without("O1").indicatorScore(Indicator.INFORMATION_DISCLOSURE));
        assertEquals(Score.ofFraction(800, 9), without("O1").subIndicatorScore("9.1"));
    }

    @Test
    void theClassicCatalogueHas43ItemsInSevenSubIndicators() {
        assertEquals(43, OitCatalogue.CLASSIC.items().size());
        assertEquals(List.of(9, 8, 7, 4, 5, 8, 2), OitCatalogue.CLASSIC.subIndicators().stream()
                .map(s -> OitCatalogue.CLASSIC.items(s.id()).size()).toList());
        assertEquals("E-Service", OitCatalogue.CLASSIC.item("O17").orElseThrow().title().english());
        assertEquals("10.2", OitCatalogue.CLASSIC.item("O43").orElseThrow().subIndicator());
    }

    @Test
    void anItemLeftOutIsAnErrorNotAnAbsence() {
        List<ChecklistEntry> entries = new ArrayList<>(without().entries());
        entries.remove(0);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OitChecklist.of(OitCatalogue.CLASSIC, entries));
        assertTrue(e.getMessage().contains("missing: O1"), e.getMessage());
    }

    @Test
    void refusesUnknownAndRepeatedItemsAndBadEvidence() {
        List<ChecklistEntry> entries = new ArrayList<>(without().entries());
        entries.add(ChecklistEntry.absent("O99"));
        entries.add(ChecklistEntry.absent("O2"));
        entries.set(2, ChecklistEntry.present("O3", URI.create("ftp://example.go.th/o3")));
        entries.set(3, new ChecklistEntry("O4", true, java.util.Optional.empty()));
        entries.set(4, ChecklistEntry.present("O5", URI.create("/relative/o5")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OitChecklist.of(OitCatalogue.CLASSIC, entries));
        assertEquals(List.of("/items/O3/evidence", "/items/O4/evidence", "/items/O5/evidence", "/items/O99", "/items/O2"),
                e.problems().stream().map(p -> p.location().toString()).toList());
        assertThrows(InvalidInputException.class, () -> OitChecklist.evidence("javascript:alert(1)"));
        assertEquals(URI.create("https://a.go.th/x"), OitChecklist.evidence(" https://a.go.th/x "));
    }

    @Test
    void cataloguesAreValidated() {
        SubIndicator s = new SubIndicator("9.1", Indicator.INFORMATION_DISCLOSURE, org.itascore.Bilingual.of("ก", "a"));
        SubIndicator empty = new SubIndicator("9.2", Indicator.INFORMATION_DISCLOSURE, org.itascore.Bilingual.of("ข", "b"));
        OitItem item = new OitItem("O1", "9.1", org.itascore.Bilingual.of("ก", "a"));
        OitItem stray = new OitItem("O2", "9.9", org.itascore.Bilingual.of("ก", "a"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OitCatalogue.of(List.of(s, empty), List.of(item, item, stray)));
        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void evidenceAddressesWithThaiHostsAreReadAndImpossiblePortsRefused() {
        // Python: "ตัวอย่าง".encode("idna") == b"xn--72c1a1bt4awk9o"
        assertEquals("xn--72c1a1bt4awk9o.go.th", OitChecklist.evidence("https://ตัวอย่าง.go.th/ita/o1").getHost());
        assertEquals("/ita/o1", OitChecklist.evidence("https://ตัวอย่าง.go.th/ita/o1").getPath());
        assertEquals(8080, OitChecklist.evidence("http://x.go.th:8080/a").getPort());
        InvalidInputException port = assertThrows(InvalidInputException.class, () -> OitChecklist.evidence("http://x.go.th:99999/a"));
        assertTrue(port.getMessage().contains("a port is from 1 to 65535"), port.getMessage());
        assertThrows(InvalidInputException.class, () -> OitChecklist.evidence("ftp://x.go.th/a"));
        assertThrows(InvalidInputException.class, () -> OitChecklist.evidence("/relative"));
    }
}
