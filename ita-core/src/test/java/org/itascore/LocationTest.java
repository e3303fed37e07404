package org.itascore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Locations are data: a name with a dot or a slash stays one segment. */
class LocationTest {

    @Test
    void aDottedIdIsOneSegment() {
        Location sub = Location.of("catalogue", "subIndicators").property("9.1");
        assertEquals(3, sub.segments().size());
        assertEquals(new Location.Property("9.1"), sub.segments().get(2));
        assertEquals("/catalogue/subIndicators/9.1", sub.toString());
    }

    @Test
    void theTextEscapesAsRfc6901Says() {
        // RFC 6901 section 3: "~" is written "~0" and "/" is written "~1"
        assertEquals("/a~1b/m~0n", Location.of("a/b", "m~n").toString());
        assertEquals("", Location.ROOT.toString());
        assertEquals("/3/office", Location.ROOT.index(3).property("office").toString());
    }

    @Test
    void underPutsTheParentFirst() {
        Location inner = Location.of("indicators", "7");
        assertEquals("/2/indicators/7", inner.under(Location.ROOT.index(2)).toString());
        assertEquals(inner, inner.under(Location.ROOT));
        assertEquals(Location.of("x"), Location.ROOT.under(Location.of("x")));
        assertTrue(Location.ROOT.isRoot());
        assertFalse(inner.isRoot());
    }

    @Test
    void equalWhenTheSegmentsAreEqual() {
        new EqualsTester()
                .addEqualityGroup(Location.of("a", "b"), Location.ROOT.property("a").property("b"),
                        Location.of(List.of(new Location.Property("a"), new Location.Property("b"))))
                .addEqualityGroup(Location.of("a.b"))
                .addEqualityGroup(Location.ROOT.index(0), Location.of(List.of(new Location.Index(0))))
                .addEqualityGroup(Location.of("0"))
                .addEqualityGroup(Location.ROOT)
                .testEquals();
    }

    @Test
    void anIndexIsZeroOrMore() {
        assertThrows(IllegalArgumentException.class, () -> Location.ROOT.index(-1));
    }

    @Test
    void anExceptionKeepsAHundredProblemsAndCountsTheRest() {
        List<Problem> many = new java.util.ArrayList<>();
        for (int i = 0; i < 130; i++) {
            many.add(new Problem(Location.ROOT.index(i), Integer.toString(i), Message.of("term.rule")));
        }
        InvalidInputException e = new InvalidInputException(many);
        assertEquals(100, e.problems().size());
        assertEquals(30, e.omitted());
        assertTrue(e.getMessage().endsWith("(30 more problem(s) not listed)"), e.getMessage());
        InvalidInputException moved = e.under(Location.of("cohort"));
        assertEquals("/cohort/99", moved.problems().get(99).location().toString());
        assertEquals(30, moved.omitted());
    }

    @Test
    void aProblemDescribesItselfByKind() {
        assertEquals("missing: required", new Problem(ProblemKind.MISSING, Location.ROOT, null, Message.of("json.required")).describe());
        assertEquals("not valid JSON", new Problem(ProblemKind.MALFORMED, Location.ROOT, null, Message.of("json.malformed")).describe());
        assertEquals("\"x\": required", new Problem(ProblemKind.INVALID, Location.ROOT, "x", Message.of("json.required")).describe());
        assertEquals(ProblemKind.MISSING, new Problem(Location.ROOT, null, Message.of("json.required")).kind());
        assertEquals(ProblemKind.INVALID, new Problem(Location.ROOT, "v", Message.of("json.required")).kind());
        assertTrue(ProblemKind.MALFORMED.isMalformed());
        assertTrue(ProblemKind.LIMIT.isMalformed());
        assertFalse(ProblemKind.CONFLICT.isMalformed());
    }
}
