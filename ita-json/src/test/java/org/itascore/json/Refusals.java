package org.itascore.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.itascore.InvalidInputException;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.junit.jupiter.api.function.Executable;

/** Assertions on the library's refusals: the kind, the JSON pointer and a fragment of the message. */
final class Refusals {

    private Refusals() {
    }

    static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Asserts that reading is refused and returns the exception. */
    static InvalidInputException refused(Executable reading) {
        return assertThrows(InvalidInputException.class, reading);
    }

    /** Asserts the first problem's kind (when given), pointer and message fragment. */
    static Problem assertFirst(InvalidInputException e, ProblemKind kind, String pointer, String fragment) {
        Problem first = e.problems().get(0);
        String said = e.getMessage();
        if (kind != null) {
            assertEquals(kind, first.kind(), said);
        }
        assertEquals(pointer, JsonPointers.of(first.location()).toString(), said);
        assertTrue(first.describe().contains(fragment), said);
        assertNoJacksonWording(e);
        assertThai(e);
        return first;
    }

    /** Asserts that every problem's rule has a Thai form in the catalogue, so --lang th is Thai throughout. */
    static void assertThai(InvalidInputException e) {
        for (Problem p : e.problems()) {
            assertTrue(!p.rule(org.itascore.Language.THAI).equals(p.rule()), "no Thai form of the rule: " + p.rule());
        }
    }

    /**
     * Asserts that the rules speak the library's words: no Java class names, no Jackson wording. Only the rules
     * are checked, without the value they may quote: the value is the input's, which may say anything (a field
     * named "tools.jackson" is named back, as the fuzzer found).
     */
    static void assertNoJacksonWording(InvalidInputException e) {
        for (Problem p : e.problems()) {
            String rule = p.value() == null || p.value().isEmpty() ? p.rule() : p.rule().replace(p.value(), "");
            for (String leak : new String[] {"org.itascore", "tools.jackson", "java.", "Cannot deserialize", "Unrecognized",
                "not marked as ignorable", "No content to map", "Exception"}) {
                assertTrue(!rule.contains(leak), "leaks \"" + leak + "\": " + p);
            }
        }
    }
}
