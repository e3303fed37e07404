package org.itascore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A problem repeats a value as given, up to 200 characters: a 10 MB field is not sent back in its problem. */
class ProblemValueTest {

    private static Problem of(String value) {
        return new Problem(Location.of("office"), value, Message.of("json.required"));
    }

    @Test
    void aValueOfUpTo200CharactersIsKeptWhole() {
        assertEquals("ก".repeat(200), of("ก".repeat(200)).value());
        assertEquals("", of("").value());
        assertNull(of(null).value());
        // 200 characters outside the Basic Multilingual Plane are 400 chars of Java, and still whole
        String faces = "\uD83D\uDE00".repeat(200);
        assertEquals(faces, of(faces).value());
    }

    @Test
    void aLongerValueIsItsFirst200CharactersAndAnEllipsis() {
        assertEquals("ก".repeat(200) + "\u2026", of("ก".repeat(200) + "ข").value());
        assertEquals("1".repeat(200) + "\u2026", of("1".repeat(10 << 20)).value());
        // never half a surrogate pair: the cut falls between characters
        assertEquals("x" + "\uD83D\uDE00".repeat(199) + "\u2026", of("x" + "\uD83D\uDE00".repeat(300)).value());
    }
}
