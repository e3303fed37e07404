package org.itascore.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;

/** The nearest known name, counted by hand: each case says which edits make the given name a known one. */
class NearestTest {

    private static final List<String> IDS = Editions.builtIn().ids();

    @Test
    void aSlipOfTheKeyboardIsAnsweredWithTheNameMeant() {
        // 2656 -> 2566: one swap of neighbours
        assertEquals(Optional.of("obec-esa-2566"), Nearest.to("obec-esa-2656", IDS));
        // one letter left out
        assertEquals(Optional.of("nacc-2567"), Nearest.to("nac-2567", IDS));
        // case is no difference, but the same name is no suggestion
        assertEquals(Optional.of("ovec-2569"), Nearest.to("OVEC-2596", IDS));
        assertEquals(Optional.empty(), Nearest.to("ovec-2569", IDS));
    }

    @Test
    void aNameMissingAPartIsTheOneNameHoldingTheRest() {
        assertEquals(Optional.of("obec-esa-2566"), Nearest.to("obec-2566", IDS));
        assertEquals(Optional.of("obec-esa-2566"), Nearest.to("esa-2566", IDS));
        // nacc-2566 and obec-esa-2566 both hold 2566: no one name
        assertEquals(Optional.empty(), Nearest.to("2566", IDS));
    }

    @Test
    void aYearWithoutAnEditionOrAFarNameIsNoSuggestion() {
        // nacc-2570 is two substitutions from nacc-2566 and from nacc-2569
        assertEquals(Optional.empty(), Nearest.to("nacc-2570", IDS));
        assertEquals(Optional.empty(), Nearest.to("my-district-rules", IDS));
    }

    @Test
    void theDistanceCountsSwapsOfNeighboursAsOneEdit() {
        assertEquals(1, Nearest.distance("2656", "2566"));
        assertEquals(3, Nearest.distance("kitten", "sitting"));
        assertEquals(0, Nearest.distance("", ""));
        assertEquals(4, Nearest.distance("", "abcd"));
    }
}
