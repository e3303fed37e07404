package org.itascore.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditionsCommandTest {

    @Test
    void listsEveryBuiltInEdition() {
        Run run = Run.of("editions");
        assertEquals(0, run.exitCode());
        assertEquals(19, run.out().lines().count(), run.out()); // header and 18 editions
        assertTrue(run.out().contains("nacc-2567"));
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("obec-esa-2566") && l.contains("IIT 0.3, EIT 0.3, OIT 0.4")));
    }

    @Test
    void provenanceNamesTheUncertainRules() {
        Run run = Run.of("editions", "--provenance");
        assertTrue(run.out().contains("[PUBLIC_IMPLEMENTATION]"), run.out());
        assertTrue(run.out().contains("[VERIFIED_AGAINST_PUBLISHED_RESULTS]"), run.out());
    }

    @Test
    void helpShowsExamples() {
        Run run = Run.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Examples:"));
        assertTrue(Run.of("score", "--help").out().contains("ita score report.json"));
    }

    @Test
    void diffListsWhatChangedFromOneEditionToAnother() {
        Run run = Run.of("editions", "--diff", "nacc-2566", "nacc-2567");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("From nacc-2566 to nacc-2567: 2 rule(s) differ\n"), run.out());
        assertTrue(run.out().contains("verdicts      -          [EXCELLENT_PASS: total >= 95.00"), run.out());
        Run json = Run.of("editions", "--diff", "nacc-2566", "nacc-2567", "--format", "json");
        assertTrue(json.out().contains("\"rule\" : \"verdicts\""), json.out());
        Run unknown = Run.of("editions", "--diff", "nacc-2566", "nope");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("ita: --diff: \"nope\": unknown edition"), unknown.err());
    }
}
